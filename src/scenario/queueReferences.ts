// Cross-reference checks for queues: each queue lives on a declared broker and dead-letters into
// another declared queue without a cycle, queue producers and consumers name declared queues,
// and a consumer's failure settings can take effect without spinning at one instant.

import type { QueueConsumerSpec, QueueSpec } from '../engine/index.ts';
import { idsOfKind, type ScenarioIndex } from './crossReferenceIndex.ts';
import { namesAllowed, quoted, stopBeforeStart } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';

export function missingQueueError(
  path: string,
  queue: string,
  index: ScenarioIndex,
): ScenarioError {
  return {
    path,
    message: 'names a queue that does not exist',
    found: quoted(queue),
    allowed: namesAllowed('one of the queues', [...index.queues.keys()]),
  };
}

/** The dead-letter chain from queue `start`, stopping at a repeat or a missing queue. */
function deadLetterChain(start: QueueSpec, byName: ReadonlyMap<string, QueueSpec>): string[] {
  const chain = [start.name];
  let next = start.deadLetterQueue;
  while (next !== undefined && !chain.includes(next)) {
    chain.push(next);
    next = byName.get(next)?.deadLetterQueue;
  }
  return next === start.name ? [...chain, next] : [];
}

function checkDeadLetterQueue(
  queue: QueueSpec,
  path: string,
  byName: ReadonlyMap<string, QueueSpec>,
  index: ScenarioIndex,
  reported: Set<string>,
): ScenarioError | undefined {
  const target = queue.deadLetterQueue;
  if (target === undefined) return undefined;
  const others = [...index.queues.keys()].filter((name) => name !== queue.name);
  if (target === queue.name) {
    return {
      path,
      message: 'is the queue itself, so a failing message would never leave it',
      found: quoted(target),
      allowed: namesAllowed('another queue', others),
    };
  }
  if (!index.queues.has(target)) return missingQueueError(path, target, index);
  const cycle = deadLetterChain(queue, byName);
  // Report a cycle once, at the first of its queues in file order.
  if (cycle.length === 0 || cycle.some((name) => reported.has(name))) return undefined;
  for (const name of cycle) reported.add(name);
  return {
    path,
    message: `closes a cycle of dead-letter queues (${cycle.join(' → ')}), so failing messages would circle for ever`,
    found: quoted(target),
    allowed: 'a dead-letter queue whose own dead letters do not lead back to this queue',
  };
}

function checkQueueConsumer(consumer: QueueConsumerSpec, path: string): ScenarioError[] {
  const failPercent = consumer.failPercent ?? 0;
  if (failPercent === 0) return [];
  if (consumer.ackMode === 'on-receive') {
    return [
      {
        path: `${path}.failPercent`,
        message: `is ${failPercent}, but ackMode "on-receive" acknowledges each message when it is delivered, so a failure cannot send it back`,
        found: String(failPercent),
        allowed:
          '0 with ackMode "on-receive", or ackMode "after-processing" to let failures redeliver',
      },
    ];
  }
  if (consumer.processingMsPerRecord >= 1) return [];
  // A negative acknowledgement makes the message ready at once and the consumer receives again
  // at once, so without processing time one failing message would loop at a single instant.
  return [
    {
      path: `${path}.processingMsPerRecord`,
      message: `is below 1 while failPercent is ${failPercent}: a failed message is ready again at once, so without processing time it could fail again and again at one instant`,
      found: String(consumer.processingMsPerRecord),
      allowed: 'a number from 1 to 60000 when failPercent is above 0',
    },
  ];
}

/** Errors in the queues, queue producers and queue consumers of a scenario. */
export function checkQueues(scenario: ScenarioCore, index: ScenarioIndex): ScenarioError[] {
  const { queues = [], queueProducers = [], queueConsumers = [] } = scenario.topology;
  const errors: ScenarioError[] = [];
  const brokers = idsOfKind(index, 'broker');
  const byName = new Map(queues.map((queue) => [queue.name, queue]));
  const reportedCycles = new Set<string>();
  queues.forEach((queue, i) => {
    const path = `$.topology.queues[${i}]`;
    if (!brokers.includes(queue.broker)) {
      const kind = index.ids.get(queue.broker)?.kind;
      errors.push({
        path: `${path}.broker`,
        message: kind === undefined ? 'names no broker' : `names a ${kind}, not a broker`,
        found: quoted(queue.broker),
        allowed: namesAllowed('one of the brokers', brokers),
      });
    }
    const dlqPath = `${path}.deadLetterQueue`;
    const dlqError = checkDeadLetterQueue(queue, dlqPath, byName, index, reportedCycles);
    if (dlqError !== undefined) errors.push(dlqError);
  });
  queueProducers.forEach((producer, i) => {
    const path = `$.topology.queueProducers[${i}]`;
    if (!index.queues.has(producer.queue))
      errors.push(missingQueueError(`${path}.queue`, producer.queue, index));
    errors.push(...stopBeforeStart(producer, path, scenario.durationMs));
  });
  queueConsumers.forEach((consumer, i) => {
    const path = `$.topology.queueConsumers[${i}]`;
    if (!index.queues.has(consumer.queue))
      errors.push(missingQueueError(`${path}.queue`, consumer.queue, index));
    errors.push(...checkQueueConsumer(consumer, path));
  });
  return errors;
}
