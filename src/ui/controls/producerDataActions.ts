// The producer commands that change the data rather than the process: inject one late record,
// skew the producer's clock, start a hot-key burst. Their numbers come from the fault panel's
// fields; the late record's event time is counted back from the world's current time.

import type { Intervention } from '../../engine/index.ts';
import type { EntityAction, FaultSettings } from './entityActions.ts';

type DataCommand = Extract<
  Intervention,
  { type: 'producer.lateRecord' | 'producer.clockSkew' | 'producer.hotKeyBurst' }
>;

/**
 * The key sent when the key field is blank. The live controls always send a key, which every
 * topic accepts (a compacted one refuses records without a key).
 */
export const BLANK_KEY = 'k0';

/** Seconds with a sign and at most three decimals: "+2 s", "-0.5 s". */
function signedSeconds(ms: number): string {
  return `${ms < 0 ? '−' : '+'}${Math.abs(ms) / 1000} s`;
}

/**
 * The data commands for producer `target`. A late record needs a running producer; a clock skew
 * or a burst changes how records are made and may be set at any time.
 *
 * @example
 * producerDataActions('p1', true, 9000, DEFAULT_FAULT_SETTINGS)[0].command;
 * // { type: 'producer.lateRecord', target: 'p1', key: 'k0', value: 'late', eventTimeMs: 4000 }
 */
export function producerDataActions(
  target: string,
  running: boolean,
  nowMs: number,
  settings: FaultSettings,
): EntityAction[] {
  const percent = Math.round(settings.burstShare * 1000) / 10;
  return [
    {
      label: `Late record ${signedSeconds(-settings.lateByMs)}`,
      command: {
        type: 'producer.lateRecord',
        target,
        key: settings.lateKey === '' ? BLANK_KEY : settings.lateKey,
        value: settings.lateValue,
        eventTimeMs: Math.max(0, nowMs - settings.lateByMs),
      },
      enabled: running,
    },
    {
      label: `Clock skew ${signedSeconds(settings.skewMs)}`,
      command: { type: 'producer.clockSkew', target, skewMs: settings.skewMs },
      enabled: true,
    },
    {
      label: `Hot key ${percent}% for ${settings.burstMs / 1000} s`,
      command: {
        type: 'producer.hotKeyBurst',
        target,
        key: settings.burstKey === '' ? BLANK_KEY : settings.burstKey,
        share: settings.burstShare,
        durationMs: settings.burstMs,
      },
      enabled: true,
    },
  ];
}

/**
 * A data command in words.
 *
 * @example
 * describeDataCommand({ type: 'producer.clockSkew', target: 'p1', skewMs: -500 }); // "set the clock of producer p1 500 ms behind"
 */
export function describeDataCommand(command: DataCommand): string {
  switch (command.type) {
    case 'producer.lateRecord':
      return `send a record with key ${command.key ?? 'null'} and event time ${command.eventTimeMs} ms through producer ${command.target}`;
    case 'producer.clockSkew':
      return command.skewMs === 0
        ? `set the clock of producer ${command.target} to true time`
        : `set the clock of producer ${command.target} ${Math.abs(command.skewMs)} ms ${command.skewMs > 0 ? 'ahead' : 'behind'}`;
    case 'producer.hotKeyBurst':
      return `give ${Math.round(command.share * 1000) / 10}% of producer ${command.target}'s records the key ${command.key} for ${command.durationMs} ms`;
  }
}
