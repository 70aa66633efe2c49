// The titles above the topology's three columns: producers, brokers and consumer groups. They are a
// component of their own so that TopologyGraph.tsx reads as links and nodes.

export function TopologyColumnTitles() {
  return (
    <>
      <text x={16} y={16} className="topo-column">
        Producers
      </text>
      <text x={330} y={16} className="topo-column">
        Brokers and partition replicas
      </text>
      <text x={700} y={16} className="topo-column">
        Consumer groups
      </text>
    </>
  );
}
