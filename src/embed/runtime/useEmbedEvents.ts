// Sends the host the events of a running embed: time updates (throttled to four a second, and at
// once when the status changes), narration steps as they open, answers to predictions, and the
// windows and faults the run reaches. Returns `jump`, which moves the run without reporting the
// trace events it skips (see traceEventFeed.ts).

import { useCallback, useEffect, useRef } from 'react';
import type { Simulation } from '../../engine/index.ts';
import type { PlayerState, PlayerStore } from '../../player/index.ts';
import type { LessonState, LessonStore } from '../../ui/lesson/lessonStore.ts';
import type { EmbedChannel } from '../protocol/embedChannel.ts';
import type { EmbedEventBody } from '../protocol/embedEvents.ts';
import { createThrottle } from '../protocol/throttle.ts';
import { createTraceEventFeed, type TraceEventFeed } from './traceEventFeed.ts';

/** Wall milliseconds between two `timeupdate` events while playing. */
export const TIME_UPDATE_INTERVAL_MS = 250;

function timeUpdate(state: PlayerState): EmbedEventBody {
  return {
    type: 'timeupdate',
    tMs: state.nowMs,
    durationMs: state.durationMs,
    status: state.status,
  };
}

/** Lesson events between two states of the lesson store. */
export function lessonEvents(before: LessonState, after: LessonState): EmbedEventBody[] {
  const events: EmbedEventBody[] = [];
  const { steps } = after;
  const opened = after.progress.openedAtMs;
  for (let index = before.progress.openedAtMs.length; index < opened.length; index += 1) {
    events.push({
      type: 'narrationstep',
      index,
      stepId: steps[index]?.id ?? '',
      atMs: opened[index] ?? 0,
    });
  }
  for (const [key, choiceId] of Object.entries(after.progress.answers)) {
    const index = Number(key);
    if (before.progress.answers[index] === choiceId) continue;
    const choice = steps[index]?.prediction?.choices.find((c) => c.id === choiceId);
    events.push({
      type: 'predictionanswered',
      index,
      stepId: steps[index]?.id ?? '',
      choiceId,
      correct: choice?.correct ?? false,
    });
  }
  return events;
}

export function useEmbedEvents(
  channel: EmbedChannel,
  sim: Simulation | null,
  player: PlayerStore,
  lesson: LessonStore,
): (move: () => void) => void {
  const feed = useRef<TraceEventFeed | null>(null);

  useEffect(() => {
    const times = createThrottle(
      (state: PlayerState) => channel.emit(timeUpdate(state)),
      TIME_UPDATE_INTERVAL_MS,
    );
    const stop = player.subscribe((state, previous) => {
      if (state.status !== previous.status) times.now(state);
      else if (state.nowMs !== previous.nowMs || state.durationMs !== previous.durationMs)
        times.push(state);
    });
    return () => {
      stop();
      times.cancel();
    };
  }, [channel, player]);

  useEffect(
    () =>
      lesson.subscribe((state, previous) => {
        for (const event of lessonEvents(previous, state)) channel.emit(event);
      }),
    [channel, lesson],
  );

  useEffect(() => {
    if (sim === null) return undefined;
    const created = createTraceEventFeed(sim, channel.emit);
    feed.current = created;
    return () => {
      created.dispose();
      if (feed.current === created) feed.current = null;
    };
  }, [channel, sim]);

  return useCallback((move: () => void) => {
    if (feed.current === null) move();
    else feed.current.jump(move);
  }, []);
}
