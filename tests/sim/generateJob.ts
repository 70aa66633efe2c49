// Draws a generated stream job over the `events` topic: its semantics (Flink or Kafka Streams),
// watermarks, window, lateness, accumulation, early firings, sink, checkpoints and capacity. The
// timings are fitted to the liveness phase, so a job that has failed or been held back can still
// catch up, fire every closed window and commit a checkpoint after its last result before the run
// ends. A capacity below the input's bursts is the job's slow-sink fault and is labelled as one.

import { JOB_TOPIC, drawSlide } from './generateJobStream.ts';
import { expectedRecords, type RawObject, type RawProducer } from './generateTopology.ts';
import { producerSettleMs } from './livenessBudget.ts';
import { chance, intBetween, pick, type SimRandom } from './simRandom.ts';

/** What the job draw needs to know of its input. */
export interface JobInputDraw {
  readonly producers: readonly RawProducer[];
  readonly skewSpreadMs: number;
  readonly flink: boolean;
  readonly orderly: boolean;
}

export interface JobDraw {
  readonly job: RawObject;
  /** `job.capacity:backpressure` or `job.capacity:shed` when the job has a capacity. */
  readonly faultLabels: string[];
}

/** Time the liveness phase leaves for reading the backlog, after retries settle and a restart. */
function drainMs(durationMs: number, healMs: number, settleMs: number, restartMs: number): number {
  return Math.max(1000, durationMs - healMs - settleMs - restartMs - 1000);
}

export function drawAssigner(rng: SimRandom, flink: boolean): RawObject {
  const roll = intBetween(rng, 0, flink ? 2 : 1);
  if (roll === 2) return { kind: 'session', gapMs: intBetween(rng, 200, 3000) };
  const sizeMs = intBetween(rng, 500, 5000);
  if (roll === 0) {
    const offsetMs = chance(rng, 3, 4) ? 0 : intBetween(rng, 0, sizeMs - 1);
    return { kind: 'tumbling', sizeMs, offsetMs };
  }
  return { kind: 'sliding', sizeMs, slideMs: drawSlide(rng, sizeMs) };
}

/**
 * The bounded out-of-orderness covers the producers' skew spread and a retry's delay in an orderly
 * input, so its job usually has no late record and the exact comparisons apply; a messy input gets
 * that or a tight bound, and sometimes idleness, which makes results depend on timing.
 */
export function drawWatermarks(rng: SimRandom, skewSpreadMs: number, orderly: boolean): RawObject {
  const interval = pick(rng, [50, 100, 200, 500]);
  const generous = orderly || chance(rng, 1, 2);
  const watermarks: RawObject = chance(rng, 1, 4)
    ? { strategy: 'ascending', intervalMs: interval }
    : {
        strategy: 'bounded-out-of-orderness',
        intervalMs: interval,
        maxOutOfOrdernessMs: generous
          ? skewSpreadMs + intBetween(rng, 2000, 6000)
          : intBetween(rng, 0, 500),
      };
  if (!orderly && chance(rng, 1, 3)) watermarks.idleTimeoutMs = intBetween(rng, 500, 5000);
  return watermarks;
}

function drawFlinkWindow(rng: SimRandom): RawObject {
  const assigner = drawAssigner(rng, true);
  const window: RawObject = {
    assigner,
    allowedLatenessMs: chance(rng, 1, 2) ? 0 : intBetween(rng, 100, 5000),
    aggregate: pick(rng, ['sum', 'count']),
    accumulation: chance(rng, 3, 4) ? 'accumulating' : 'discarding',
  };
  if (assigner.kind !== 'session' && chance(rng, 1, 4)) {
    window.earlyFiring = chance(rng, 1, 2)
      ? { everyMs: intBetween(rng, 200, 2000) }
      : { everyCount: intBetween(rng, 2, 10) };
  }
  return window;
}

function drawSemantics(rng: SimRandom, input: JobInputDraw): RawObject {
  if (input.flink) {
    return {
      semantics: 'flink',
      watermarks: drawWatermarks(rng, input.skewSpreadMs, input.orderly),
      window: drawFlinkWindow(rng),
    };
  }
  return {
    semantics: 'kafka-streams',
    // Kafka Streams has no watermarks; the engine still wants a strategy, which it ignores.
    watermarks: { strategy: 'ascending' },
    window: {
      assigner: drawAssigner(rng, false),
      allowedLatenessMs: 0,
      aggregate: pick(rng, ['sum', 'count']),
    },
    graceMs: chance(rng, 1, 3) ? 0 : intBetween(rng, 100, 5000),
    emit: pick(rng, ['on-update', 'on-window-close']),
  };
}

/** Capacity: from a fraction of the input's average rate up to twice it, never below the drain rate. */
function drawCapacity(
  rng: SimRandom,
  producers: readonly RawProducer[],
  healMs: number,
  drain: number,
): number {
  const records = producers.reduce((n, p) => n + expectedRecords(p, healMs), 0);
  const averagePerSecond = Math.ceil((records * 1000) / healMs);
  const drawn = intBetween(
    rng,
    Math.max(1, Math.floor(averagePerSecond / 2)),
    2 * averagePerSecond,
  );
  // Twice what reading every record again within the drain time takes: a failure replays a lot.
  return Math.max(drawn, Math.ceil((2 * records * 1000) / drain));
}

/**
 * One job reading `events`, with timings that fit `durationMs` after the heal at `healMs`.
 *
 * @example
 * const { job } = drawJob(rng, { producers, skewSpreadMs: 0, flink: true, orderly: true }, 40_000, 24_000);
 */
export function drawJob(
  rng: SimRandom,
  input: JobInputDraw,
  durationMs: number,
  healMs: number,
): JobDraw {
  const { producers } = input;
  const settleMs = producerSettleMs(producers);
  const restartDelayMs = intBetween(rng, 100, 2000);
  const drain = drainMs(durationMs, healMs, settleMs, restartDelayMs);
  const job: RawObject = {
    id: 'j1',
    sourceTopic: JOB_TOPIC,
    pollIntervalMs: pick(rng, [50, 100, 200]),
    ...drawSemantics(rng, input),
    sink: { kind: pick(rng, ['append', 'idempotent-upsert', 'transactional']) },
    restartDelayMs,
  };
  if ((job.sink as RawObject).kind === 'transactional' || chance(rng, 2, 3)) {
    // At most a third of the drain time, so checkpoints complete after the last result.
    const most = Math.max(200, Math.floor(drain / 3));
    job.checkpoint = {
      intervalMs: intBetween(rng, 200, Math.min(3000, most)),
      ackDelayMs: intBetween(rng, 10, 300),
    };
  }
  const faultLabels: string[] = [];
  if (chance(rng, 1, 3)) {
    job.maxRecordsPerSecond = drawCapacity(rng, producers, healMs, drain);
    job.overload = chance(rng, 1, 3) ? 'shed' : 'backpressure';
    faultLabels.push(`job.capacity:${job.overload as string}`);
  }
  return { job, faultLabels };
}
