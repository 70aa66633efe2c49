// The three sinks of the exactly-once lesson. An append sink writes every result, so results a
// recovery produces again show up twice; an idempotent upsert keeps one row per key and window, so
// they overwrite themselves; a transactional sink stages results and makes them visible only when
// the checkpoint that covers them completes.

import { emit } from '../world/worldOps.ts';
import type { SinkResult } from '../world/streamJobState.ts';
import type { World } from '../world/worldTypes.ts';

export function writeToSink(w: World, j: number, result: SinkResult): void {
  const spec = w.scenario.topology.streamJobs![j]!;
  const job = w.m.streamJobs[j]!;
  const kind = spec.sink?.kind;
  if (kind === undefined) return;
  if (kind === 'transactional') job.staged.push(result);
  else if (kind === 'append') job.output.push(result);
  else {
    const at = job.output.findIndex(
      (r) =>
        r.key === result.key &&
        r.window[0] === result.window[0] &&
        r.window[1] === result.window[1],
    );
    if (at >= 0) job.output[at] = result;
    else job.output.push(result);
  }
  emit(w, {
    atMs: w.m.nowMs,
    type: 'sink.written',
    job: spec.id,
    key: result.key,
    window: result.window,
    value: result.value,
    visibility: kind === 'transactional' ? 'staged' : 'visible',
  });
}
