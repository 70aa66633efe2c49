// The key to the DAG's marks, in words as well as shapes, so nothing relies on colour alone.

export function DagLegend({ reducedMotion }: { readonly reducedMotion: boolean }) {
  return (
    <p className="legend dag-legend">
      <span>
        <svg width="26" height="10" aria-hidden="true">
          <rect x="0" y="1" width="26" height="8" className="dag-buffer-track" />
          <rect x="0" y="1" width="15" height="8" className="dag-buffer-fill" />
        </svg>{' '}
        input buffer fill per subtask (hatched: output waiting for credit, backpressure)
      </span>
      <span>st: state entries · wm: watermark</span>
      <span>
        <svg width="8" height="12" aria-hidden="true">
          <line x1="4" y1="2" x2="4" y2="10" className="dag-barrier" />
        </svg>{' '}
        checkpoint barrier on an edge, or a subtask aligning it
      </span>
      <span>
        edges: <span className="dag-key-hash">hash shuffle</span> (every subtask to every subtask) ·{' '}
        <span className="dag-key-rebalance">rebalance</span> (dashed) · forward (subtask i to i)
      </span>
      {reducedMotion && <span>Motion is reduced: barriers and aligning marks do not pulse.</span>}
    </p>
  );
}
