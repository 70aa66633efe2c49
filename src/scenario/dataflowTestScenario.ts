// A valid version 2 scenario whose dataflows use every operator kind and every dataflow setting,
// for the tests of dataflowSchema.ts and dataflowReferences.ts. Each call returns a fresh copy,
// so a test may change it in place.

type Raw = Record<string, unknown>;

/** The operators of the continuous dataflow, in file order; tests address them by index. */
function pipelineOperators(): Raw[] {
  return [
    { id: 'orders', kind: 'source', topic: 'orders', parallelism: 2 },
    { id: 'payments', kind: 'source', topic: 'payments' },
    {
      id: 'doubled',
      kind: 'map',
      input: 'orders',
      set: { value: 'value * 2', region: 'substr(key, 0, 1)' },
    },
    { id: 'positive', kind: 'filter', input: 'doubled', where: 'value > 2 && region != "x"' },
    {
      id: 'split',
      kind: 'flatMap',
      input: 'positive',
      emit: ['value', 'value > 10 ? value : null'],
    },
    {
      id: 'bySize',
      kind: 'route',
      input: 'split',
      routes: [{ name: 'big', when: 'value >= 10' }],
      otherwise: 'small',
    },
    {
      id: 'tiers',
      kind: 'enrich',
      input: 'bySize.big',
      table: { k0: 'gold', k1: 2 },
      as: 'tier',
      missing: 'drop',
    },
    { id: 'byTier', kind: 'keyBy', input: 'tiers', key: 'concat(key, "-", tier)', parallelism: 3 },
    { id: 'average', kind: 'aggregate', input: 'byTier', fn: 'avg', of: 'value', stateTtlMs: 5000 },
    {
      id: 'perSecond',
      kind: 'window',
      input: 'bySize.small',
      assigner: { kind: 'tumbling', sizeMs: 1000 },
      allowedLatenessMs: 500,
      aggregate: 'count',
      accumulation: 'discarding',
    },
    {
      id: 'priced',
      kind: 'tableJoin',
      input: 'orders',
      tableTopic: 'prices',
      as: 'price',
      join: 'left',
    },
    {
      id: 'paid',
      kind: 'intervalJoin',
      left: 'priced',
      right: 'payments',
      lowerBoundMs: -500,
      upperBoundMs: 500,
      stateTtlMs: 10_000,
      recordsPerSecond: 500,
      overload: 'sample',
      samplePercent: 50,
    },
    {
      id: 'pairs',
      kind: 'windowJoin',
      left: 'orders',
      right: 'payments',
      assigner: { kind: 'sliding', sizeMs: 2000, slideMs: 1000 },
    },
    { id: 'table', kind: 'materialize', input: 'average', stateTtlMs: 5000 },
    { id: 'tableOut', kind: 'sink', input: 'table', sink: 'append' },
    { id: 'countsOut', kind: 'sink', input: 'perSecond', sink: 'idempotent-upsert' },
    { id: 'paidOut', kind: 'sink', input: 'paid', sink: 'transactional' },
    { id: 'pairsOut', kind: 'sink', input: 'pairs', sink: 'append' },
  ];
}

/** Two topics with generated orders and payments, a compacted price table, and two dataflows. */
export function dataflowScenario(): Raw {
  return {
    schemaVersion: 2,
    id: 'dataflows',
    title: 'Dataflows',
    summary: 'Every operator kind of a dataflow, continuous and micro-batch.',
    modules: ['M22'],
    seed: 7,
    durationMs: 8000,
    system: 'flink',
    topology: {
      brokers: [{ id: 'b1' }],
      topics: [
        { name: 'orders', partitions: 2 },
        { name: 'payments', partitions: 2 },
        { name: 'prices', partitions: 1, cleanupPolicy: 'compact' },
      ],
      producers: [
        {
          id: 'shop',
          topic: 'orders',
          rate: { kind: 'constant', intervalMs: 50 },
          keys: { kind: 'uniform', count: 3 },
          partitioner: 'round-robin',
          values: { kind: 'integer', min: 1, max: 9 },
        },
        {
          id: 'bank',
          topic: 'payments',
          rate: { kind: 'constant', intervalMs: 100 },
          keys: { kind: 'uniform', count: 3 },
          partitioner: 'round-robin',
        },
        {
          id: 'catalog',
          topic: 'prices',
          rate: {
            kind: 'scripted',
            records: [
              { atMs: 0, key: 'k0', value: '10' },
              { atMs: 3000, key: 'k0', value: '12' },
            ],
          },
        },
      ],
      consumerGroups: [],
      dataflows: [
        {
          id: 'pipeline',
          mode: 'continuous',
          tickMs: 10,
          networkDelayMs: 5,
          bufferRecords: 100,
          watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 200 },
          checkpoint: { intervalMs: 1000, ackDelayMs: 20 },
          restartDelayMs: 500,
          metricsIntervalMs: 1000,
          operators: pipelineOperators(),
        },
        {
          id: 'batches',
          mode: 'micro-batch',
          batchIntervalMs: 1000,
          watermarks: { strategy: 'ascending' },
          operators: [
            { id: 'orders', kind: 'source', topic: 'orders' },
            { id: 'count', kind: 'aggregate', input: 'orders', fn: 'count' },
            { id: 'out', kind: 'sink', input: 'count', sink: 'idempotent-upsert' },
          ],
        },
      ],
    },
    interventions: [{ atMs: 4000, type: 'job.fail', target: 'pipeline' }],
  };
}

/** The topology of a dataflowScenario copy, to change in place. */
export function dataflowsOf(scenario: Raw): (Raw & { operators: Raw[] })[] {
  return (scenario['topology'] as { dataflows: (Raw & { operators: Raw[] })[] }).dataflows;
}

/** The fixture with dataflow `d` patched (a field set to undefined stays, for the caller to drop). */
export function withDataflow(fields: Raw, d = 0): Raw {
  const scenario = dataflowScenario();
  Object.assign(dataflowsOf(scenario)[d]!, fields);
  return scenario;
}
