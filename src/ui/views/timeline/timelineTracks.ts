// What the event-time view can show, one "track" each: every stream job, and every dataflow
// operator that works in event time (window operators and joins; a dataflow without any offers
// its other operators but the sinks, whose watermarks still tell how event time moves through
// it). Each track carries the fold's input, its semantics in words, the window panes to draw and
// the topics that feed it. Pure, so the rules are tested without React.

import {
  inputsOf,
  type DataflowOperatorSpec,
  type DataflowSpec,
  type ScenarioModel,
  type StreamJobSpec,
  type WorldView,
} from '../../../engine/index.ts';
import { describeSemantics, timelineJobInput, type SemanticsText } from './jobSemantics.ts';
import { describeOperatorSemantics, type OperatorSides } from './operatorSemantics.ts';
import type { TimelineJobInput } from './timelineTypes.ts';

export type WindowAssigner = StreamJobSpec['window']['assigner'];

export interface TimelineTrack {
  readonly input: TimelineJobInput;
  readonly semantics: SemanticsText;
  /** The window panes drawn as bands; null draws none. */
  readonly assigner: WindowAssigner | null;
  /** About one window (or join interval) of event time, for how much "around now" shows. */
  readonly windowMs: number;
  /** The dataflow it belongs to, or null for a stream job. */
  readonly dataflow: string | null;
  /** The operator's kind, or null for a stream job. */
  readonly operatorKind: DataflowOperatorSpec['kind'] | null;
}

const EVENT_TIME_KINDS: ReadonlySet<DataflowOperatorSpec['kind']> = new Set([
  'window',
  'intervalJoin',
  'windowJoin',
]);
const DEFAULT_WINDOW_MS = 10_000;

/** Said of a job whose scenario the view does not have (a bare workspace). */
const UNKNOWN_SEMANTICS: SemanticsText = {
  system: 'Flink',
  lineName: 'watermark',
  windows: '',
  rules: [],
  horizons: [],
};

function windowMsOf(assigner: WindowAssigner | null): number {
  if (assigner === null) return DEFAULT_WINDOW_MS;
  return assigner.kind === 'session' ? 4 * assigner.gapMs : assigner.sizeMs;
}

export function streamJobTrack(spec: StreamJobSpec): TimelineTrack {
  return {
    input: timelineJobInput(spec),
    semantics: describeSemantics(spec),
    assigner: spec.window.assigner,
    windowMs: windowMsOf(spec.window.assigner),
    dataflow: null,
    operatorKind: null,
  };
}

/**
 * The topics that reach each input of operator `id`, through every operator upstream.
 *
 * @example
 * operatorSides(dataflow, 'paid'); // { left: ['orders'], right: ['payments'] }
 */
export function operatorSides(dataflow: DataflowSpec, id: string): OperatorSides {
  const byId = new Map(dataflow.operators.map((op) => [op.id, op]));
  const topicsAbove = (start: string): string[] => {
    const found = new Set<string>();
    const seen = new Set<string>();
    const visit = (opId: string): void => {
      const op = byId.get(opId);
      if (op === undefined || seen.has(opId)) return;
      seen.add(opId);
      if (op.kind === 'source') found.add(op.topic);
      for (const [upstream] of inputsOf(op)) visit(upstream);
    };
    visit(start);
    return [...found].sort();
  };
  const op = byId.get(id);
  const inputs = op === undefined ? [] : inputsOf(op);
  if (op?.kind === 'source') return { left: [op.topic], right: [] };
  const side = (which: 0 | 1): string[] => [
    ...new Set(inputs.filter(([, , s]) => s === which).flatMap(([up]) => topicsAbove(up))),
  ];
  return { left: side(0), right: side(1) };
}

function operatorAssigner(op: DataflowOperatorSpec): WindowAssigner | null {
  return op.kind === 'window' || op.kind === 'windowJoin' ? op.assigner : null;
}

function operatorTrack(dataflow: DataflowSpec, op: DataflowOperatorSpec): TimelineTrack {
  const sides = operatorSides(dataflow, op.id);
  const assigner = operatorAssigner(op);
  const windowMs =
    op.kind === 'intervalJoin'
      ? Math.max(DEFAULT_WINDOW_MS, op.upperBoundMs - op.lowerBoundMs)
      : windowMsOf(assigner);
  return {
    input: {
      id: `${dataflow.id}/${op.id}`,
      label: `${op.id} in ${dataflow.id}`,
      job: dataflow.id,
      operator: op.id,
      sourceTopics: [...new Set([...sides.left, ...sides.right])].sort(),
      semantics: 'flink',
      graceMs: 0,
    },
    semantics: describeOperatorSemantics(dataflow, op, sides),
    assigner,
    windowMs,
    dataflow: dataflow.id,
    operatorKind: op.kind,
  };
}

/** The operators of a dataflow the view offers, in the dataflow's order. */
export function timelineOperators<T extends { readonly kind: DataflowOperatorSpec['kind'] }>(
  operators: readonly T[],
): T[] {
  const eventTime = operators.filter((op) => EVENT_TIME_KINDS.has(op.kind));
  return eventTime.length > 0 ? eventTime : operators.filter((op) => op.kind !== 'sink');
}

export function dataflowTracks(dataflow: DataflowSpec): TimelineTrack[] {
  return timelineOperators(dataflow.operators).map((op) => operatorTrack(dataflow, op));
}

/** Tracks from the world alone, for a workspace without its scenario: names, no semantics. */
function worldTracks(world: WorldView): TimelineTrack[] {
  const bare = (
    input: TimelineJobInput,
    dataflow: string | null,
    operatorKind: DataflowOperatorSpec['kind'] | null,
  ): TimelineTrack => ({
    input,
    semantics: UNKNOWN_SEMANTICS,
    assigner: null,
    windowMs: DEFAULT_WINDOW_MS,
    dataflow,
    operatorKind,
  });
  return [
    ...world.streamJobs.map((job) =>
      bare(
        {
          id: job.id,
          label: job.id,
          job: job.id,
          operator: null,
          sourceTopics: [job.sourceTopic],
          semantics: 'flink',
          graceMs: 0,
        },
        null,
        null,
      ),
    ),
    ...world.dataflows.flatMap((dataflow) =>
      timelineOperators(dataflow.operators).map((op) =>
        bare(
          {
            id: `${dataflow.id}/${op.id}`,
            label: `${op.id} in ${dataflow.id}`,
            job: dataflow.id,
            operator: op.id,
            sourceTopics: [],
            semantics: 'flink',
            graceMs: 0,
          },
          dataflow.id,
          op.kind,
        ),
      ),
    ),
  ];
}

/**
 * Every track of a run: its stream jobs first, then its dataflows' operators.
 *
 * @example
 * timelineTracks(scenario, world).map((t) => t.input.id); // ['paid-orders/paid']
 */
export function timelineTracks(scenario: ScenarioModel | null, world: WorldView): TimelineTrack[] {
  if (scenario === null) return worldTracks(world);
  return [
    ...(scenario.topology.streamJobs ?? []).map(streamJobTrack),
    ...(scenario.topology.dataflows ?? []).flatMap(dataflowTracks),
  ];
}
