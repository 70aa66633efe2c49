// The fault panel (toggle with F): every consumer, broker, producer, queue consumer, stream job
// and topic with the commands that can be applied to it now. Each button sends one intervention
// through the session, which records it.

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Intervention, Simulation, WorldView } from '../../engine/index.ts';
import { useWorldView } from '../hooks/useWorldView.ts';
import { DEFAULT_FAULT_SETTINGS, entityActions, type EntityRef } from './entityActions.ts';
import { EntityRow } from './EntityRow.tsx';
import { FaultSettingsFields } from './FaultSettingsFields.tsx';
import { DataFaultFields } from './DataFaultFields.tsx';

export interface FaultPanelProps {
  readonly sim: Simulation;
  readonly canApply: boolean;
  readonly onApply: (command: Intervention) => void;
  readonly onClose: () => void;
}

interface Section {
  readonly title: string;
  /** A sentence under the title that explains the section's limits. */
  readonly note?: string;
  readonly rows: readonly { readonly entity: EntityRef; readonly stateText: string }[];
}

function sectionsOf(world: WorldView): Section[] {
  return [
    {
      title: 'Consumers',
      rows: world.consumers.map((c) => ({
        entity: { kind: 'consumer', id: c.id },
        stateText: `${c.status} · ${c.group}`,
      })),
    },
    {
      title: 'Brokers',
      rows: world.brokers.map((b) => ({
        entity: { kind: 'broker', id: b.id },
        stateText: b.up ? 'up' : 'down',
      })),
    },
    {
      title: 'Producers',
      rows: world.producers.map((p) => ({
        entity: { kind: 'producer', id: p.id },
        stateText: p.running ? 'running' : 'stopped',
      })),
    },
    {
      title: 'Queue consumers',
      rows: world.queueConsumers.map((c) => ({
        entity: { kind: 'consumer', id: c.id },
        stateText: `${c.status} · queue ${c.queue}`,
      })),
    },
    {
      title: 'Topics',
      note: 'Kafka can only add partitions, up to the maxPartitions the scenario reserves. Producers re-map keyed records, and subscribed groups rebalance, at their next metadata refresh (metadata.max.age.ms, 5 minutes unless the scenario sets it).',
      rows: world.topics.map((t) => ({
        entity: { kind: 'topic', id: t.name },
        stateText: `${t.partitions} partitions, at most ${t.maxPartitions}`,
      })),
    },
    {
      title: 'Stream jobs',
      rows: world.streamJobs.map((j) => ({
        entity: { kind: 'job', id: j.id },
        stateText: `${j.running ? 'running' : 'restarting'} · reads ${j.sourceTopic}`,
      })),
    },
  ];
}

export function FaultPanel({ sim, canApply, onApply, onClose }: FaultPanelProps) {
  const world = useWorldView(sim);
  const [settings, setSettings] = useState(DEFAULT_FAULT_SETTINGS);
  const panelRef = useRef<HTMLElement>(null);
  const titleId = useId();
  // Focus the panel itself, not a button, so Space still plays and Tab walks into the actions.
  useEffect(() => panelRef.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  return (
    <aside
      className="fault-panel"
      ref={panelRef}
      tabIndex={-1}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      data-testid="fault-panel"
    >
      <div className="fault-panel-head">
        <h2 id={titleId}>Faults</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close the fault panel"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {!canApply && <p className="muted">The run has ended: step back or restart to intervene.</p>}
      <FaultSettingsFields settings={settings} onSettings={setSettings} />
      <DataFaultFields settings={settings} onSettings={setSettings} />
      {sectionsOf(world).map((section) =>
        section.rows.length === 0 ? null : (
          <section key={section.title} aria-label={section.title}>
            <h3>{section.title}</h3>
            {section.note !== undefined && <p className="muted fault-note">{section.note}</p>}
            <ul className="entity-list">
              {section.rows.map(({ entity, stateText }) => (
                <EntityRow
                  key={entity.id}
                  entity={entity}
                  stateText={stateText}
                  actions={entityActions(entity, world, settings)}
                  canApply={canApply}
                  onApply={onApply}
                />
              ))}
            </ul>
          </section>
        ),
      )}
    </aside>
  );
}
