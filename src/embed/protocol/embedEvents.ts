// The events an embedded sandbox sends its host: over postMessage from the iframe, and as DOM
// events on the web component (the same shapes as `event.detail`). See ../PROTOCOL.md.

import type { Intervention } from '../../engine/index.ts';
import type { PlaybackStatus } from '../../player/index.ts';
import type { ViewId } from '../../ui/views/viewIds.ts';
import type { CHANNEL } from './embedCommands.ts';

export interface ParameterInfo {
  readonly id: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
}

export type ErrorCode =
  | 'unknown-command'
  | 'invalid-command'
  | 'out-of-range'
  | 'not-ready'
  | 'bad-option'
  | 'bad-scenario'
  | 'failed';

export type EmbedEventBody =
  | {
      readonly type: 'ready';
      readonly scenario: string;
      readonly title: string;
      readonly durationMs: number;
      readonly seed: number;
      readonly views: readonly ViewId[];
      readonly parameters: readonly ParameterInfo[];
    }
  | {
      readonly type: 'timeupdate';
      readonly tMs: number;
      readonly durationMs: number;
      readonly status: PlaybackStatus;
    }
  | {
      readonly type: 'narrationstep';
      readonly index: number;
      readonly stepId: string;
      readonly atMs: number;
    }
  | {
      readonly type: 'windowfired';
      readonly atMs: number;
      readonly job: string;
      readonly key: string;
      readonly window: readonly [number, number];
      readonly value: number;
      readonly timing: 'on-time' | 'late' | 'early';
    }
  | { readonly type: 'faultinjected'; readonly atMs: number; readonly command: Intervention }
  | {
      readonly type: 'predictionanswered';
      readonly index: number;
      readonly stepId: string;
      readonly choiceId: string;
      readonly correct: boolean;
    }
  | {
      readonly type: 'error';
      readonly code: ErrorCode;
      readonly message: string;
      readonly requestId?: string;
    };

export type EmbedEventType = EmbedEventBody['type'];

/** An event as it travels over postMessage: the body plus the channel name and version. */
export type EmbedEventMessage = EmbedEventBody & {
  readonly channel: typeof CHANNEL;
  readonly version: number;
};

export const EVENT_TYPES: readonly EmbedEventType[] = [
  'ready',
  'timeupdate',
  'narrationstep',
  'windowfired',
  'faultinjected',
  'predictionanswered',
  'error',
];
