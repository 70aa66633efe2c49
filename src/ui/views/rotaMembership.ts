// How a panel joins the refresh rota (refreshRota.ts) and leaves it: the member's own view of the
// simulation, and the rota's listening to the simulation and the playback state, which lasts only
// while some member has subscribers. It is apart from the turn-taking (rotaTurns.ts) because it
// decides who is in the rota, not who is served next.

import type { Simulation } from '../../engine/index.ts';
import type { RotaMember } from './refreshRota.ts';
import { busy, type Member, type RotaState } from './rotaState.ts';
import { onSimChange, refresh, refreshAllDirty } from './rotaTurns.ts';

const listen = (state: RotaState): (() => void) => {
  const { sim, isPlaying, onPlayingChange } = state;
  let wasPlaying = isPlaying();
  const stopSim = sim.subscribe(() => onSimChange(state));
  const stopPlaying = onPlayingChange(() => {
    const playing = isPlaying();
    // Pausing shows the present in every view at once: what is on screen while paused is one
    // moment, for the learner and for anything that reads the page. (A drag's release, which
    // comes mid-gesture, catches up one view per frame instead.)
    if (wasPlaying && !playing && !state.scrubbing) refreshAllDirty(state);
    wasPlaying = playing;
  });
  return () => {
    stopSim();
    stopPlaying();
  };
};

const enter = (state: RotaState, member: Member): void => {
  if (state.members.includes(member)) return;
  state.members.push(member);
  state.stop ??= listen(state);
};

const leave = (state: RotaState, member: Member): void => {
  const { members } = state;
  const at = members.indexOf(member);
  if (at < 0) return;
  members.splice(at, 1);
  if (state.cursor >= members.length) state.cursor = 0;
  if (members.length === 0 && state.stop !== null) {
    state.stop();
    state.stop = null;
  }
};

/** A new member of the rota; it takes turns once something subscribes to its simulation. */
export const joinRota = (state: RotaState): RotaMember => {
  const { sim, members } = state;
  const member: Member = { listeners: new Set(), world: null, dirty: false, visible: true };
  const setVisible = (visible: boolean): void => {
    member.visible = visible;
    // Coming into view while nothing plays: show the present at once.
    if (visible && member.dirty && !busy(state) && members.includes(member)) refresh(member);
  };
  const memberSim: Simulation = {
    ...sim,
    getState: () => (member.world ??= sim.getState()),
    subscribe: (listener) => {
      member.listeners.add(listener);
      // A member that was away missed changes: its world is read afresh.
      if (!members.includes(member)) member.world = null;
      enter(state, member);
      return () => {
        member.listeners.delete(listener);
        if (member.listeners.size === 0) leave(state, member);
      };
    },
  };
  return { sim: memberSim, setVisible };
};
