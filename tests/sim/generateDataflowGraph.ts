// Draws the operator DAG of a generated dataflow: a source (sometimes two) over the dataflow's
// topic, a few stateless operators, and then one of three shapes: a single stream into one keyed
// "core" (a window, a running aggregate, a materialized table, a stream-table join, or nothing),
// a route that splits the stream into two branches with a core each, or a join (interval or
// window) of two streams. Each branch ends in one or two sinks of any kind. Expressions only read
// names their records carry, so the scenario parser accepts every graph; the parser still checks.

import { drawAssigner } from './generateJob.ts';
import type { RawObject } from './generateTopology.ts';
import { chance, intBetween, pick, type SimRandom } from './simRandom.ts';

/** A stream being built: what reads it names `ref`; `fields` are the names its records carry. */
interface Stream {
  readonly ref: string;
  readonly fields: readonly string[];
  /** Most copies of one source record on this stream (flatMap fan-out multiplies). */
  readonly copies: number;
}

interface Builder {
  readonly rng: SimRandom;
  readonly ops: RawObject[];
  readonly topic: string;
  /** The topic of a stream-table join's table, or null when the world has none. */
  readonly tableTopic: string | null;
  /** The widest event-time span a join may match over, so each record meets few partners. */
  readonly joinSpanMs: number;
  next: number;
  copies: number;
}

export interface GraphDraw {
  readonly operators: RawObject[];
  /** The largest number of copies of one source record any operator receives. */
  readonly copies: number;
  readonly hasTransactionalSink: boolean;
}

/**
 * Outputs a join makes per input record, at most, for the capacity arithmetic: the join's span is
 * drawn so that the input's peak rate puts about four records in it (see generateDataflow.ts).
 */
export const JOIN_PARTNERS = 8;

const ENRICH_ROWS: Readonly<Record<string, string | number>> = {
  k0: 'north',
  k1: 'south',
  k2: 7,
  k3: 'east',
  k5: 12,
};

/** Mostly one or two subtasks, now and then three: each subtask costs the sweep a turn every tick. */
function drawParallelism(rng: SimRandom): number {
  return chance(rng, 1, 8) ? 3 : intBetween(rng, 1, 2);
}

function add(
  b: Builder,
  kind: string,
  fields: RawObject,
  parallelism = drawParallelism(b.rng),
): string {
  b.next++;
  const id = `${kind}-${b.next}`;
  b.ops.push({ id, kind, parallelism, ...fields });
  return id;
}

function through(s: Stream, ref: string, extra: readonly string[] = [], fanOut = 1): Stream {
  return { ref, fields: [...new Set([...s.fields, ...extra])], copies: s.copies * fanOut };
}

/** One stateless operator; a map sometimes changes the key, which later keyed operators notice. */
function drawStateless(b: Builder, s: Stream): Stream {
  const { rng } = b;
  switch (intBetween(rng, 0, 3)) {
    case 0: {
      const set: RawObject = {
        value: pick(rng, ['value * 2', 'value + 1', 'abs(value)', 'max(value, 0)']),
      };
      if (chance(rng, 1, 3)) set.tag = 'concat(key, "-", value % 3)';
      if (chance(rng, 1, 5)) set.key = 'concat("g", hash(key) % 3)';
      return through(
        s,
        add(b, 'map', { input: s.ref, set }),
        Object.keys(set).filter((f) => f === 'tag'),
      );
    }
    case 1:
      return through(
        s,
        add(b, 'filter', {
          input: s.ref,
          where: pick(rng, ['value >= 0', 'value % 2 == 0', 'value != 1', 'key != "k0"']),
        }),
      );
    case 2: {
      const emit = ['value', 'value * 10', 'value > 5 ? value : null', '-value'].slice(
        0,
        intBetween(rng, 1, 3),
      );
      b.copies = Math.max(b.copies, s.copies * emit.length);
      return through(s, add(b, 'flatMap', { input: s.ref, emit }), [], emit.length);
    }
    default: {
      const op = {
        input: s.ref,
        table: ENRICH_ROWS,
        as: 'region',
        missing: pick(rng, ['null', 'drop']),
      };
      return through(s, add(b, 'enrich', op), ['region']);
    }
  }
}

function drawChain(b: Builder, s: Stream, most: number): Stream {
  let out = s;
  for (let i = intBetween(b.rng, 0, most); i > 0; i--) out = drawStateless(b, out);
  return out;
}

/** A keyBy before a keyed operator: the record's own key, or a key computed from it. */
function maybeKeyBy(b: Builder, s: Stream): Stream {
  if (!chance(b.rng, 1, 2)) return s;
  const key = pick(b.rng, ['key', 'concat("g", hash(key) % 3)', 'if(value > 5, "big", "small")']);
  return through(s, add(b, 'keyBy', { input: s.ref, key }));
}

function stateTtl(b: Builder): RawObject {
  return chance(b.rng, 1, 4) ? { stateTtlMs: intBetween(b.rng, 500, 5000) } : {};
}

/** The keyed core of a branch, or none; a stream-table join only when the world has a table. */
function drawCore(b: Builder, s: Stream): Stream {
  const { rng } = b;
  const kinds = ['window', 'window', 'window', 'aggregate', 'aggregate', 'materialize', 'none'];
  if (b.tableTopic !== null) kinds.push('tableJoin');
  const kind = pick(rng, kinds);
  if (kind === 'none') return s;
  if (kind === 'tableJoin') {
    const op = {
      input: s.ref,
      tableTopic: b.tableTopic,
      as: 'row',
      join: pick(rng, ['inner', 'left']),
    };
    return through(s, add(b, 'tableJoin', op), ['row']);
  }
  const keyed = maybeKeyBy(b, s);
  if (kind === 'aggregate') {
    const fn = pick(rng, ['count', 'sum', 'min', 'max', 'avg', 'distinct']);
    return through(keyed, add(b, 'aggregate', { input: keyed.ref, fn, ...stateTtl(b) }));
  }
  if (kind === 'materialize')
    return through(keyed, add(b, 'materialize', { input: keyed.ref, ...stateTtl(b) }));
  const window = {
    input: keyed.ref,
    assigner: drawAssigner(rng, true),
    allowedLatenessMs: chance(rng, 1, 2) ? 0 : intBetween(rng, 100, 3000),
    aggregate: pick(rng, ['sum', 'count']),
    accumulation: pick(rng, ['accumulating', 'discarding']),
  };
  // A window result is a new record: the key, the aggregate and the window's end - 1.
  return { ref: add(b, 'window', window), fields: [], copies: keyed.copies };
}

/** An optional map or filter after the core, then one or two sinks. */
function drawTail(b: Builder, s: Stream): void {
  let out = s;
  if (chance(b.rng, 1, 3)) {
    out = chance(b.rng, 1, 2)
      ? through(
          out,
          add(b, 'map', {
            input: out.ref,
            set: {
              value: out.fields.includes('right')
                ? 'value + coalesce(toNumber(right), 0)'
                : 'value * 10',
            },
          }),
        )
      : through(out, add(b, 'filter', { input: out.ref, where: 'value != 0' }));
  }
  for (let i = intBetween(b.rng, 1, 2); i > 0; i--) {
    add(
      b,
      'sink',
      { input: out.ref, sink: pick(b.rng, ['append', 'idempotent-upsert', 'transactional']) },
      intBetween(b.rng, 1, 2),
    );
  }
}

/**
 * Two streams for a join: the branches of a route, or a second source over the same topic. The
 * route splits by event time, which no filter looks at, so both branches keep every key.
 */
function joinInputs(b: Builder, s: Stream): [Stream, Stream] {
  if (chance(b.rng, 1, 2)) {
    const route = add(b, 'route', {
      input: s.ref,
      routes: [{ name: 'even', when: 'eventTime % 2 == 0' }],
      otherwise: 'odd',
    });
    return [through(s, `${route}.even`), through(s, `${route}.odd`)];
  }
  const second: Stream = { ref: add(b, 'source', { topic: b.topic }), fields: [], copies: 1 };
  return [s, drawChain(b, second, 1)];
}

function drawJoin(b: Builder, s: Stream): Stream {
  const { rng } = b;
  const [left, right] = joinInputs(b, s);
  const fields = [...new Set([...left.fields, ...right.fields, 'right'])];
  const copies = JOIN_PARTNERS * Math.max(left.copies, right.copies);
  b.copies = Math.max(b.copies, copies);
  const half = Math.max(1, Math.floor(b.joinSpanMs / 2));
  if (chance(rng, 1, 2)) {
    const op = {
      left: left.ref,
      right: right.ref,
      lowerBoundMs: -intBetween(rng, 0, half),
      upperBoundMs: intBetween(rng, 0, half),
      ...stateTtl(b),
    };
    return { ref: add(b, 'intervalJoin', op), fields, copies };
  }
  const sizeMs = intBetween(rng, Math.max(2, half), Math.max(2, b.joinSpanMs));
  const assigner = chance(rng, 1, 2)
    ? { kind: 'tumbling', sizeMs }
    : { kind: 'sliding', sizeMs, slideMs: Math.max(1, Math.floor(sizeMs / 2)) };
  return {
    ref: add(b, 'windowJoin', { left: left.ref, right: right.ref, assigner }),
    fields,
    copies,
  };
}

/**
 * Draws the operators of a dataflow over `topic`, with a stream-table join possible when
 * `tableTopic` is set and joins matching over at most `joinSpanMs` of event time.
 *
 * @example
 * const { operators } = drawDataflowGraph(createSimRandom(7, 'dataflows'), 'flows', null, 100);
 */
export function drawDataflowGraph(
  rng: SimRandom,
  topic: string,
  tableTopic: string | null,
  joinSpanMs: number,
): GraphDraw {
  const b: Builder = { rng, ops: [], topic, tableTopic, joinSpanMs, next: 0, copies: 1 };
  const source: Stream = { ref: add(b, 'source', { topic }), fields: [], copies: 1 };
  const s = drawChain(b, source, 2);
  switch (intBetween(rng, 0, 2)) {
    case 0:
      drawTail(b, drawCore(b, s));
      break;
    case 1: {
      const route = add(b, 'route', {
        input: s.ref,
        routes: [{ name: 'hi', when: 'value > 5' }],
        otherwise: 'lo',
      });
      drawTail(b, drawCore(b, through(s, `${route}.hi`)));
      drawTail(b, drawCore(b, through(s, `${route}.lo`)));
      break;
    }
    default:
      drawTail(b, drawJoin(b, s));
  }
  return {
    operators: b.ops,
    copies: b.copies,
    hasTransactionalSink: b.ops.some((o) => o.kind === 'sink' && o.sink === 'transactional'),
  };
}
