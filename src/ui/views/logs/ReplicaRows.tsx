// The replica rows under a partition strip: per replica its broker, a bar reaching its log end on
// the strip's own offset scale, and in words whether it leads, is in the ISR, or its broker is down.

import type { ReplicaBar } from '../../viz/replicaLayout.ts';
import { REPLICA_ROW_HEIGHT } from '../../viz/replicaLayout.ts';

export interface ReplicaRowsProps {
  readonly partitionId: string;
  readonly replicas: readonly ReplicaBar[];
  readonly y: number;
  readonly statusX: number;
}

function statusText(replica: ReplicaBar): string {
  if (!replica.brokerUp) return '✕ broker down';
  if (replica.isLeader) return 'leader · ISR';
  return replica.inSync ? 'in sync' : `out of ISR −${replica.behindRecords}`;
}

function stateClass(replica: ReplicaBar): string {
  if (!replica.brokerUp) return 'down';
  return replica.inSync ? 'in-sync' : 'out-of-sync';
}

export function ReplicaRows({ partitionId, replicas, y, statusX }: ReplicaRowsProps) {
  return (
    <g className="replica-rows" data-partition={partitionId}>
      {replicas.map((replica, i) => {
        const rowY = y + i * REPLICA_ROW_HEIGHT;
        const text = statusText(replica);
        return (
          <g
            key={replica.broker}
            className={`replica-row ${stateClass(replica)}${replica.isLeader ? ' leader' : ''}`}
            data-testid="replica-row"
            data-broker={replica.broker}
            data-in-sync={replica.inSync}
            data-leader={replica.isLeader}
            data-broker-up={replica.brokerUp}
            aria-label={`replica of ${partitionId} on ${replica.broker}: log end ${replica.logEndOffset}, ${text}`}
          >
            <text x={-8} y={rowY + 11} textAnchor="end" className="replica-broker">
              {replica.isLeader ? '★ ' : ''}
              {replica.broker}
            </text>
            <rect
              x={0}
              y={rowY + 3}
              width={Math.max(0, replica.endXPx)}
              height={9}
              rx={2}
              className="replica-bar"
            />
            {replica.side === 'before' && (
              <text x={2} y={rowY + 11} className="replica-pinned">
                ◀ {replica.logEndOffset}
              </text>
            )}
            <text x={statusX} y={rowY + 11} className="replica-status">
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
