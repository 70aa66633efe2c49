// The live commands that change what a producer sends: one straggler with a chosen event time, a
// new clock skew, and a hot-key burst. Each traces what it did; a command a dead or paused producer
// cannot carry out traces why instead. Must not touch batches or the network beyond producing.

import type { Intervention } from '../model/interventions.ts';
import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { produceInjected } from './producerModel.ts';

type Command<T extends Intervention['type']> = Extract<Intervention, { type: T }>;

/** Why the producer process cannot act now, or null when it can. */
function unableReason(w: World, p: number): string | null {
  const st = w.m.producers[p]!;
  const id = w.index.producers[p]!.id;
  if (st.crashed)
    return `producer ${id} has crashed: a dead process sends nothing until producer.start`;
  if (st.pausedUntilMs > w.m.nowMs)
    return `producer ${id} is paused until ${st.pausedUntilMs} ms: a stopped-the-world process sends nothing`;
  return null;
}

function reject(w: World, command: Intervention, reason: string): void {
  emit(w, {
    atMs: w.m.nowMs,
    type: 'intervention.rejected',
    command: command.type,
    target: command.target,
    reason,
  });
}

/** `producer.lateRecord`: the record is produced now, at processing time, with its own event time. */
export function injectLateRecord(
  w: World,
  p: number,
  command: Command<'producer.lateRecord'>,
): void {
  const problem = unableReason(w, p);
  if (problem !== null) return reject(w, command, problem);
  const partition = produceInjected(w, p, command.key, command.value, command.eventTimeMs);
  emit(w, {
    atMs: w.m.nowMs,
    type: 'producer.record.injected',
    producer: command.target,
    partition: w.index.partitionNames[partition]!,
    key: command.key,
    eventTimeMs: command.eventTimeMs,
  });
}

/** `producer.clockSkew`: records created from now on are stamped `skewMs` off true time. */
export function skewProducerClock(
  w: World,
  p: number,
  command: Command<'producer.clockSkew'>,
): void {
  const st = w.m.producers[p]!;
  const fromSkewMs = st.clockSkewMs ?? w.scenario.topology.producers[p]!.clock?.skewMs ?? 0;
  st.clockSkewMs = command.skewMs;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'producer.clock.skewed',
    producer: command.target,
    fromSkewMs,
    skewMs: command.skewMs,
  });
}

/**
 * `producer.hotKeyBurst`: a share of the producer's generated records carry one key until the
 * burst ends. A new burst replaces one in progress. The share is kept in whole thousandths, the
 * precision the scenario format allows, so the draw is an integer ratio.
 */
export function startHotKeyBurst(
  w: World,
  p: number,
  command: Command<'producer.hotKeyBurst'>,
): void {
  const st = w.m.producers[p]!;
  const untilMs = w.m.nowMs + command.durationMs;
  st.burst = { key: command.key, permille: Math.round(command.share * 1000), untilMs };
  st.burstSerial++;
  schedule(w, untilMs, EventKind.producerBurstEnd, p, st.burstSerial);
  emit(w, {
    atMs: w.m.nowMs,
    type: 'producer.burst.started',
    producer: command.target,
    key: command.key,
    share: command.share,
    untilMs,
  });
}

/** Handles `producerBurstEnd`: the burst numbered `serial` is over, unless a later one replaced it. */
export function onProducerBurstEnd(w: World, p: number, serial: number): void {
  const st = w.m.producers[p]!;
  if (st.burst === null || st.burstSerial !== serial) return;
  const key = st.burst.key;
  st.burst = null;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'producer.burst.ended',
    producer: w.index.producers[p]!.id,
    key,
  });
}
