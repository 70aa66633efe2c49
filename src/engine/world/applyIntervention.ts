// Carries out one timed command on the world and records it in the trace. Commands name entities
// by id; the scenario layer has already checked that those ids exist.

import { failDataflow } from '../dataflow/dataflowJob.ts';
import {
  closeConsumer,
  crashConsumer,
  seekConsumer,
  startConsumer,
} from '../kafka/consumerLifecycle.ts';
import { crashBroker, restartBroker } from '../kafka/controller.ts';
import { crashProducer, startProducer, stopProducer } from '../kafka/producerModel.ts';
import {
  injectLateRecord,
  skewProducerClock,
  startHotKeyBurst,
} from '../kafka/producerInterventions.ts';
import { alterPartitions } from '../kafka/topicPartitions.ts';
import { partitionNetwork, pauseNode, slowNode } from '../kafka/networkFaults.ts';
import type { Intervention } from '../model/interventions.ts';
import { emit } from './worldOps.ts';
import { failJob } from '../stream/jobCheckpoints.ts';
import { crashQueueConsumer, startQueueConsumer } from '../queue/queueConsumer.ts';
import { queueConsumerIndexOf } from '../queue/queueIndex.ts';
import type { World } from './worldTypes.ts';

function consumerIndex(w: World, id: string): number {
  const c = w.index.consumerById.get(id);
  if (c === undefined) throw new Error(`no consumer named ${id}`);
  return c;
}

function brokerIndex(w: World, id: string): number {
  const b = w.index.brokers.findIndex((x) => x.id === id);
  if (b < 0) throw new Error(`no broker named ${id}`);
  return b;
}

function producerIndex(w: World, id: string): number {
  const p = w.index.producerById.get(id);
  if (p === undefined) throw new Error(`no producer named ${id}`);
  return p;
}

/**
 * The command without its time, with keys in one fixed order (type, target, then the rest by
 * name), so a command typed live and the same command read from a file trace identically.
 */
function canonicalCommand(command: Intervention): Intervention {
  const entries = Object.entries(command).filter(
    ([k]) => k !== 'atMs' && k !== 'type' && k !== 'target',
  );
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical: Record<string, unknown> = {
    type: command.type,
    target: command.target,
    ...Object.fromEntries(entries),
  };
  return canonical as Intervention;
}

/** Consumer commands aimed at a queue consumer; returns false when the target is not one. */
function applyToQueueConsumer(w: World, command: Intervention): boolean {
  if (!command.type.startsWith('consumer.')) return false;
  const c = queueConsumerIndexOf(w, command.target);
  if (c < 0) return false;
  if (command.type === 'consumer.join' || command.type === 'consumer.restart')
    startQueueConsumer(w, c);
  else if (command.type === 'consumer.crash' || command.type === 'consumer.leave')
    crashQueueConsumer(w, c);
  return true;
}

export function applyIntervention(w: World, command: Intervention): void {
  emit(w, { atMs: w.m.nowMs, type: 'intervention.applied', command: canonicalCommand(command) });
  if (applyToQueueConsumer(w, command)) return;
  switch (command.type) {
    case 'consumer.join':
    case 'consumer.restart':
      return startConsumer(w, consumerIndex(w, command.target));
    case 'consumer.crash': {
      const c = consumerIndex(w, command.target);
      const moment = command.moment ?? 'now';
      if (moment === 'now') return crashConsumer(w, c);
      // The crash waits for the consumer's next commit.
      w.m.consumers[c]!.crashOnCommit = moment;
      return;
    }
    case 'consumer.leave':
      return closeConsumer(w, consumerIndex(w, command.target));
    case 'consumer.seek':
      return seekConsumer(w, consumerIndex(w, command.target), command);
    case 'broker.crash':
      return crashBroker(w, brokerIndex(w, command.target));
    case 'broker.restart':
      return restartBroker(w, brokerIndex(w, command.target));
    case 'broker.delayAcks':
      w.m.brokers[brokerIndex(w, command.target)]!.ackDelayMs = command.delayMs;
      return;
    case 'broker.dropAcks':
      w.m.brokers[brokerIndex(w, command.target)]!.dropAcks += command.count;
      return;
    case 'producer.crash':
      return crashProducer(w, producerIndex(w, command.target));
    case 'producer.poison':
      w.m.producers[producerIndex(w, command.target)]!.poisonNext = true;
      return;
    case 'node.pause':
      return pauseNode(w, command.target, command.durationMs);
    case 'node.slow':
      return slowNode(w, command.target, command.factor);
    case 'network.partition':
    case 'network.heal':
      return partitionNetwork(w, command.target, command.peer, command.type === 'network.heal');
    case 'job.fail': {
      const j = (w.scenario.topology.streamJobs ?? []).findIndex((s) => s.id === command.target);
      if (j >= 0) return failJob(w, j);
      const d = (w.scenario.topology.dataflows ?? []).findIndex((s) => s.id === command.target);
      if (d < 0) throw new Error(`no stream job or dataflow named ${command.target}`);
      return failDataflow(w, d);
    }
    case 'producer.stop':
      return stopProducer(w, producerIndex(w, command.target));
    case 'producer.start': {
      const p = producerIndex(w, command.target);
      if (!w.m.producers[p]!.running) startProducer(w, p);
      return;
    }
    case 'producer.lateRecord':
      return injectLateRecord(w, producerIndex(w, command.target), command);
    case 'producer.clockSkew':
      return skewProducerClock(w, producerIndex(w, command.target), command);
    case 'producer.hotKeyBurst':
      return startHotKeyBurst(w, producerIndex(w, command.target), command);
    case 'topic.alterPartitions':
      return alterPartitions(w, command.target, command.partitions);
  }
}
