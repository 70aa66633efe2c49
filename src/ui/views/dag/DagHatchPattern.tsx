// The hatching that marks backpressure in a dataflow graph's operators: a subtask's buffer
// (SubtaskRow.tsx) is filled with it by id. It is a component of its own so that
// DataflowGraph.tsx reads as edges and operators, with the pattern's markup kept in one place.

export interface DagHatchPatternProps {
  /** The pattern's id, unique on the page. */
  readonly id: string;
}

export function DagHatchPattern({ id }: DagHatchPatternProps) {
  return (
    <defs>
      <pattern
        id={id}
        patternUnits="userSpaceOnUse"
        width="6"
        height="6"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className="dag-hatch-back" />
        <line x1="0" y1="0" x2="0" y2="6" className="dag-hatch-line" />
      </pattern>
    </defs>
  );
}
