// One button per broker above the partition logs: up or down in words and symbol, not colour
// alone, and how many partitions it leads. Click a broker to inspect it.

import type { BrokerView, PartitionView } from '../../../engine/index.ts';
import { useEntityButton } from '../useEntityButton.ts';

export interface BrokerStatusBarProps {
  readonly brokers: readonly BrokerView[];
  readonly partitions: readonly PartitionView[];
}

export function BrokerStatusBar({ brokers, partitions }: BrokerStatusBarProps) {
  const offline = partitions.filter((p) => p.leader === null).length;
  return (
    <div className="broker-bar" role="group" aria-label="Brokers">
      {brokers.map((broker) => (
        <BrokerChip
          key={broker.id}
          broker={broker}
          leads={partitions.filter((p) => p.leader === broker.id).length}
        />
      ))}
      {offline > 0 && (
        <span className="offline-count" data-testid="offline-count">
          ⚠ {offline} partition{offline === 1 ? '' : 's'} offline
        </span>
      )}
    </div>
  );
}

function BrokerChip({ broker, leads }: { readonly broker: BrokerView; readonly leads: number }) {
  const status = broker.up ? 'up' : 'down';
  const { props, highlighted } = useEntityButton(
    'broker',
    broker.id,
    `Broker ${broker.id}, ${status}, leader of ${leads} partition${leads === 1 ? '' : 's'}`,
  );
  return (
    <button
      type="button"
      className={`broker-chip ${status}${highlighted ? ' highlighted' : ''}`}
      aria-label={props['aria-label']}
      aria-pressed={props['aria-pressed']}
      data-entity={props['data-entity']}
      onClick={props.onClick}
      data-testid="broker-chip"
      data-status={status}
    >
      <span aria-hidden="true">{broker.up ? '●' : '✕'}</span> {broker.id}{' '}
      <span className="broker-status">{status}</span>
      <span className="muted"> · leads {leads}</span>
    </button>
  );
}
