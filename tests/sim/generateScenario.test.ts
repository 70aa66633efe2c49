// Tests of the scenario generator: it is a pure function of the seed, and over the default sweep
// it reaches every kind of thing it claims to draw, so the sweep covers what it says it covers.

import { describe, expect, it } from 'vitest';
import {
  DATAFLOW_FAULT_LABELS,
  DATAFLOW_TABLE_TOPIC,
  DATAFLOW_TOPIC,
  FLOW_TAIL_MS,
} from './generateDataflow.ts';
import { FAULT_KINDS } from './generateFaults.ts';
import { JOB_FAULT_LABELS } from './generateJobFaults.ts';
import { JOB_TOPIC } from './generateJobStream.ts';
import { generateScenario } from './generateScenario.ts';

const generated = Array.from({ length: 200 }, (_, i) => generateScenario(i + 1));

function seen(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

describe('generateScenario', () => {
  it('gives the same scenario for the same seed', () => {
    expect(JSON.stringify(generateScenario(42).raw)).toBe(JSON.stringify(generateScenario(42).raw));
    expect(JSON.stringify(generateScenario(42).raw)).not.toBe(
      JSON.stringify(generateScenario(43).raw),
    );
  });

  it('keeps runs between 20 and 91 seconds and heals at three fifths', () => {
    // 91 s is the most the liveness budget can ask for with the drawn group timings.
    for (const g of generated) {
      expect(g.scenario.durationMs).toBeGreaterThanOrEqual(20_000);
      expect(g.scenario.durationMs).toBeLessThanOrEqual(91_000);
      expect(g.healMs).toBe(Math.floor((g.scenario.durationMs * 3) / 5));
    }
  });

  it('puts every fault before the heal and nothing after it but the stop of dataflow producers', () => {
    for (const g of generated) {
      const after = g.scenario.interventions.filter((i) => i.atMs > g.healMs);
      for (const i of after) {
        expect(i).toMatchObject({ type: 'producer.stop', atMs: g.healMs + FLOW_TAIL_MS });
        const topic = g.scenario.topology.producers.find((p) => p.id === i.target)?.topic;
        expect([DATAFLOW_TOPIC, DATAFLOW_TABLE_TOPIC]).toContain(topic);
      }
    }
  });

  it('reaches every fault kind, assignor, commit mode, rate and key model over seeds 1 to 200', () => {
    const topologies = generated.map((g) => g.scenario.topology);
    const members = topologies.flatMap((t) => t.consumerGroups.flatMap((g) => g.members));
    const producers = topologies.flatMap((t) => t.producers);
    const labels = generated.flatMap((g) => g.faultLabels);
    expect(seen(labels)).toEqual(
      seen([...FAULT_KINDS.map((k) => k.label), 'job.fail', 'job.fail:dataflow']),
    );
    const faults = generated.flatMap((g) =>
      g.scenario.interventions.filter((i) => i.atMs < g.healMs),
    );
    expect(faults.length).toBe(labels.length);
    expect(seen(topologies.flatMap((t) => t.consumerGroups.map((g) => g.assignor)))).toEqual([
      'cooperative-sticky',
      'range',
      'roundrobin',
      'sticky',
    ]);
    expect(seen(members.map((m) => m.commit.mode))).toEqual([
      'after-processing',
      'auto',
      'before-processing',
    ]);
    expect(seen(producers.map((p) => p.rate.kind))).toEqual([
      'bursts',
      'constant',
      'poisson',
      'scripted',
    ]);
    expect(seen(producers.map((p) => p.keys.kind))).toEqual(['hot', 'null', 'uniform', 'zipf']);
    expect(members.some((m) => m.groupInstanceId !== undefined)).toBe(true);
    expect(members.some((m) => m.joinAtMs === undefined)).toBe(true);
  });

  it('reaches every replication factor, acks setting, log policy and poison policy', () => {
    const topologies = generated.map((g) => g.scenario.topology);
    const topics = topologies.flatMap((t) => t.topics);
    const producers = topologies.flatMap((t) => t.producers);
    const members = topologies.flatMap((t) => t.consumerGroups.flatMap((g) => g.members));
    expect(seen(topics.map((t) => String(t.replicationFactor)))).toEqual(['1', '2', '3']);
    expect(seen(topics.map((t) => String(t.minInsyncReplicas)))).toEqual(['1', '2', '3']);
    expect(seen(topics.map((t) => t.cleanupPolicy ?? 'delete'))).toEqual([
      'compact',
      'compact,delete',
      'delete',
    ]);
    expect(topics.some((t) => t.retentionRecords !== undefined)).toBe(true);
    expect(topics.some((t) => t.uncleanLeaderElection === true)).toBe(true);
    expect(seen(producers.map((p) => p.acks ?? 'all'))).toEqual(['1', 'all']);
    expect(seen(members.map((m) => m.onPoison ?? 'retry-forever'))).toEqual([
      'dead-letter',
      'retry-forever',
      'skip',
    ]);
  });

  it('follows Kafka: RF within the brokers, idempotence only with acks=all, keys on compacted topics', () => {
    for (const { scenario } of generated) {
      const { brokers, topics, producers } = scenario.topology;
      for (const t of topics) {
        expect(t.replicationFactor ?? 1).toBeLessThanOrEqual(brokers.length);
        expect(t.minInsyncReplicas ?? 1).toBeLessThanOrEqual(t.replicationFactor ?? 1);
      }
      for (const p of producers) {
        if (p.acks === '1') expect(p.idempotence).toBe(false);
        const compacted = topics.find((t) => t.name === p.topic)?.cleanupPolicy !== 'delete';
        if (!compacted) continue;
        if (p.rate.kind === 'scripted')
          expect(p.rate.records.every((r) => r.key !== null)).toBe(true);
        else expect(p.keys.kind).not.toBe('null');
      }
    }
  });

  it('poisons only producers whose readers all skip or dead-letter, and heals every fault', () => {
    for (const { scenario, healMs } of generated) {
      const { producers, consumerGroups } = scenario.topology;
      for (const i of scenario.interventions) {
        if (i.type !== 'producer.poison') continue;
        const topic = producers.find((p) => p.id === i.target)?.topic ?? '';
        const readers = consumerGroups.filter((g) => g.topics.includes(topic));
        expect(readers.length).toBeGreaterThan(0);
        for (const g of readers)
          for (const m of g.members) expect(['skip', 'dead-letter']).toContain(m.onPoison);
      }
      const pauses = scenario.interventions.filter((i) => i.type === 'node.pause');
      for (const p of pauses) expect(p.atMs + p.durationMs).toBeLessThan(healMs);
      const at = scenario.interventions.filter((i) => i.atMs === healMs).map((i) => i.type);
      expect(at).toContain('producer.stop');
    }
  });

  it('gives half the seeds a stream job and reaches every job setting and job fault kind', () => {
    const jobs = generated.flatMap((g) => g.scenario.topology.streamJobs ?? []);
    expect(jobs.length).toBeGreaterThan(70);
    expect(jobs.length).toBeLessThan(130);
    expect(seen(jobs.map((j) => j.semantics ?? 'flink'))).toEqual(['flink', 'kafka-streams']);
    expect(seen(jobs.map((j) => j.window.assigner.kind))).toEqual([
      'session',
      'sliding',
      'tumbling',
    ]);
    expect(seen(jobs.map((j) => j.sink?.kind ?? 'none'))).toEqual([
      'append',
      'idempotent-upsert',
      'transactional',
    ]);
    const flink = jobs.filter((j) => (j.semantics ?? 'flink') === 'flink');
    expect(seen(flink.map((j) => j.watermarks.strategy))).toEqual([
      'ascending',
      'bounded-out-of-orderness',
    ]);
    expect(seen(flink.map((j) => j.window.accumulation ?? 'accumulating'))).toEqual([
      'accumulating',
      'discarding',
    ]);
    expect(flink.some((j) => j.window.allowedLatenessMs > 0)).toBe(true);
    expect(flink.some((j) => j.window.earlyFiring !== undefined)).toBe(true);
    expect(flink.some((j) => j.watermarks.idleTimeoutMs !== undefined)).toBe(true);
    expect(seen(jobs.map((j) => j.emit ?? 'none'))).toEqual([
      'none',
      'on-update',
      'on-window-close',
    ]);
    expect(seen(jobs.map((j) => j.overload ?? 'none'))).toEqual(['backpressure', 'none', 'shed']);
    const all = generated.flatMap((g) => [...g.faultLabels, ...g.inputFaultLabels]);
    expect(seen(all.filter((l) => JOB_FAULT_LABELS.includes(l)))).toEqual(seen(JOB_FAULT_LABELS));
  });

  it('gives every job a topic that keeps its records, and producers that stop at the heal', () => {
    for (const { scenario, healMs } of generated) {
      const job = scenario.topology.streamJobs?.[0];
      if (job === undefined) continue;
      const topic = scenario.topology.topics.find((t) => t.name === JOB_TOPIC)!;
      expect(job.sourceTopic).toBe(JOB_TOPIC);
      expect(topic.retentionRecords ?? topic.retentionMs).toBeUndefined();
      expect(topic.cleanupPolicy ?? 'delete').toBe('delete');
      if (job.sink?.kind === 'transactional') expect(job.checkpoint).toBeDefined();
      const producers = scenario.topology.producers.filter((p) => p.topic === JOB_TOPIC);
      for (const p of producers) {
        const stop = scenario.interventions.find(
          (i) => i.type === 'producer.stop' && i.target === p.id,
        );
        expect(stop?.atMs).toBe(healMs);
        for (const jump of p.clock?.jumps ?? []) expect(jump.atMs).toBeLessThan(healMs);
      }
      for (const i of scenario.interventions.filter((i) => i.type === 'job.fail'))
        expect(i.atMs).toBeLessThan(healMs);
    }
    const producers = generated.flatMap((g) => g.scenario.topology.producers);
    expect(producers.some((p) => p.topic === JOB_TOPIC && p.lateness !== undefined)).toBe(true);
    expect(producers.some((p) => (p.clock?.driftPpm ?? 0) !== 0)).toBe(true);
  });

  it('gives a fifth of the seeds a dataflow and reaches every operator, mode, sink and fault', () => {
    const flows = generated.flatMap((g) => g.scenario.topology.dataflows ?? []);
    expect(flows.length).toBeGreaterThan(25);
    expect(flows.length).toBeLessThan(60);
    const ops = flows.flatMap((f) => f.operators);
    expect(seen(ops.map((o) => o.kind))).toEqual([
      'aggregate',
      'enrich',
      'filter',
      'flatMap',
      'intervalJoin',
      'keyBy',
      'map',
      'materialize',
      'route',
      'sink',
      'source',
      'tableJoin',
      'window',
      'windowJoin',
    ]);
    expect(seen(ops.flatMap((o) => (o.kind === 'sink' ? [o.sink] : [])))).toEqual([
      'append',
      'idempotent-upsert',
      'transactional',
    ]);
    expect(seen(flows.map((f) => f.mode ?? 'continuous'))).toEqual(['continuous', 'micro-batch']);
    expect(ops.some((o) => (o.parallelism ?? 1) > 1)).toBe(true);
    expect(ops.some((o) => 'stateTtlMs' in o && o.stateTtlMs !== undefined)).toBe(true);
    expect(ops.some((o) => o.kind === 'window' && o.allowedLatenessMs > 0)).toBe(true);
    expect(flows.some((f) => (f.bufferRecords ?? 1000) <= 10)).toBe(true);
    expect(flows.some((f) => f.checkpoint !== undefined)).toBe(true);
    const all = generated.flatMap((g) => [...g.faultLabels, ...g.inputFaultLabels]);
    expect(seen(all.filter((l) => DATAFLOW_FAULT_LABELS.includes(l)))).toEqual(
      seen(DATAFLOW_FAULT_LABELS),
    );
  });

  it('gives every dataflow topics that keep their records and producers that stop after the heal', () => {
    for (const { scenario, healMs } of generated) {
      const flow = scenario.topology.dataflows?.[0];
      if (flow === undefined) continue;
      const topics = scenario.topology.topics.filter(
        (t) => t.name === DATAFLOW_TOPIC || t.name === DATAFLOW_TABLE_TOPIC,
      );
      for (const t of topics) {
        expect(t.retentionRecords ?? t.retentionMs).toBeUndefined();
        expect(t.cleanupPolicy ?? 'delete').toBe('delete');
      }
      if (flow.operators.some((o) => o.kind === 'sink' && o.sink === 'transactional'))
        expect(flow.checkpoint).toBeDefined();
      const names = new Set(topics.map((t) => t.name));
      for (const p of scenario.topology.producers.filter((p) => names.has(p.topic))) {
        const stop = scenario.interventions.find(
          (i) => i.type === 'producer.stop' && i.target === p.id,
        );
        expect(stop?.atMs).toBe(healMs + FLOW_TAIL_MS);
      }
      for (const i of scenario.interventions.filter((i) => i.type === 'job.fail'))
        expect(i.atMs).toBeLessThan(healMs);
    }
  });
});
