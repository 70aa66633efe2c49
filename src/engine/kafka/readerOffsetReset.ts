// A stream job's or dataflow source's read position past the end of its partition's log, which
// happens when an unclean leader election truncates the log below what the job had read. A Kafka consumer's fetch there
// fails with OFFSET_OUT_OF_RANGE and the consumer applies auto.offset.reset; Flink's KafkaSource
// sets that from its starting offsets, earliest for a job that reads from the beginning.

import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';

/**
 * Moves `sp` to the log start when it lies past the log end of `partition`, and traces it under
 * `reader` (a stream job's id, or `<dataflow>/<source operator>`).
 */
export function resetIfOutOfRange(
  w: World,
  reader: string,
  sp: { position: number },
  partition: number,
): void {
  const ps = w.m.partitions[partition]!;
  if (sp.position <= ps.logEndOffset) return;
  sp.position = ps.logStartOffset;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'consumer.offset.reset',
    consumer: reader,
    partition: w.index.partitionNames[partition]!,
    offset: sp.position,
    policy: 'earliest (out of range)',
  });
}
