// The course ladder as the gallery groups it: the outline's sections (Foundations, Step 0, Step 1,
// and the outline's suggested Steps 2 to 7), each a range of module ids, plus every module's title
// for tooltips. Copied from shared/course/outline.md, which lives outside this repository.

export interface LadderGroup {
  /** A stable id for anchors and tests, e.g. "step-2". */
  readonly id: string;
  readonly title: string;
  /** What the step is about, from the outline's section heading. */
  readonly subtitle: string;
  /** Whether the outline itself names this step, or only suggests the grouping. */
  readonly suggested: boolean;
  readonly firstModule: number;
  readonly lastModule: number;
}

export const LADDER: readonly LadderGroup[] = [
  group('foundations', 'Foundations', 'before the ladder', false, 1, 5),
  group('step-0', 'Step 0', 'one producer, one consumer, time-series vs events', false, 6, 8),
  group('step-1', 'Step 1', 'messaging, queues vs logs, delivery, offsets, schemas', false, 9, 13),
  group('step-2', 'Step 2', 'the distributed log as a platform', true, 14, 19),
  group('step-3', 'Step 3', 'stream processing and DAGs', true, 20, 24),
  group('step-4', 'Step 4', 'state, windows, tables, joins', true, 25, 30),
  group('step-5', 'Step 5', 'failures, checkpoints, exactly-once, sagas, testing', true, 31, 36),
  group(
    'step-6',
    'Step 6',
    'operations: observability, backpressure, scaling, skew, SLOs, runbooks',
    true,
    37,
    42,
  ),
  group('step-7', 'Step 7', 'end-to-end architectures and case patterns', true, 43, 50),
];

/** Where scenarios whose modules are not course modules go. */
export const OTHER_GROUP: LadderGroup = group(
  'other',
  'Other',
  'outside the course outline',
  false,
  0,
  0,
);

function group(
  id: string,
  title: string,
  subtitle: string,
  suggested: boolean,
  firstModule: number,
  lastModule: number,
): LadderGroup {
  return { id, title, subtitle, suggested, firstModule, lastModule };
}

export const MODULE_TITLES: Readonly<Record<string, string>> = {
  M01: 'Signals, Events, and Streams',
  M02: 'Time in Data Systems',
  M03: 'Ordering, Lateness, and Out-of-Order Data',
  M04: 'From Logs and Metrics to Streams',
  M05: 'Diagramming Real-Time Data Systems',
  M06: 'Step 0 Modeling: Time-Series and Event Shapes',
  M07: 'Step 0 Sampling, Granularity, and Aggregation',
  M08: 'Step 0 Minimal Stream Architecture',
  M09: 'Step 1 Messaging Models',
  M10: 'Step 1 Queues vs Append-Only Logs',
  M11: 'Step 1 Producers, Consumers, and Delivery Semantics',
  M12: 'Step 1 Offsets, Replay, and Reprocessing',
  M13: 'Step 1 Message and Event Schema Design',
  M14: 'Streaming Platforms as Distributed Logs',
  M15: 'Consumer Groups and Parallelism',
  M16: 'Retention, Compaction, and Storage Policies',
  M17: 'Acknowledgments and Delivery Guarantees',
  M18: 'Operating Streaming Clusters',
  M19: 'Managed vs Self-Managed Streaming Services',
  M20: 'Batch vs Streaming vs Micro-Batch',
  M21: 'Stateless Stream Processing',
  M22: 'Processing Topologies and DAGs',
  M23: 'What Frameworks Provide',
  M24: 'Designing Stream Processing Jobs',
  M25: 'State in Streaming Systems',
  M26: 'Windowing Concepts',
  M27: 'Streams–Tables Duality',
  M28: 'Joins in Streaming',
  M29: 'Stateful Operator Design',
  M30: 'Data Modeling for Streaming Use Cases',
  M31: 'Failures in Streaming Systems',
  M32: 'Checkpointing and Recovery',
  M33: 'Delivery Semantics in Depth',
  M34: 'Transactions and Two-Phase Commit (Conceptual)',
  M35: 'Compensating Actions and Sagas in Streaming',
  M36: 'Testing and Validating Guarantees',
  M37: 'Observability for Streaming Pipelines',
  M38: 'Backpressure and Flow Control',
  M39: 'Scaling and Resource Management',
  M40: 'Hotspots and Skew',
  M41: 'SLOs and Capacity Planning',
  M42: 'Operational Playbooks and Runbooks',
  M43: 'End-to-End Architecture Patterns',
  M44: 'Real-Time Analytics and Monitoring',
  M45: 'Personalization, Recommendations, and Fraud Detection',
  M46: 'IoT and Edge Streaming',
  M47: 'Multi-Region and Hybrid Architectures',
  M48: 'Governance, Schemas, and Evolution',
  M49: 'Platformizing Streaming',
  M50: 'Reference Architectures and Case-Style Patterns',
};

/** "M12" → 12, or null for anything that is not a module id. */
export function moduleNumber(moduleId: string): number | null {
  const match = /^M([0-9]{2})$/.exec(moduleId);
  return match === null ? null : Number(match[1]);
}

/**
 * The ladder group a module belongs to; OTHER_GROUP for ids outside M01 to M50.
 *
 * @example
 * ladderGroupOf('M15').id; // 'step-2'
 */
export function ladderGroupOf(moduleId: string): LadderGroup {
  const n = moduleNumber(moduleId);
  if (n === null) return OTHER_GROUP;
  return LADDER.find((g) => n >= g.firstModule && n <= g.lastModule) ?? OTHER_GROUP;
}

/** "M15 Consumer Groups and Parallelism", or the id alone when the outline has no such module. */
export function moduleLabel(moduleId: string): string {
  const title = MODULE_TITLES[moduleId];
  return title === undefined ? moduleId : `${moduleId} ${title}`;
}
