// Who of the refresh rota's members (refreshRota.ts) hears of a change, and when: every member at
// once while nothing plays, one member per change in turn while busy, and one per frame when a
// drag ends. These are the rota's rules of play, kept apart from how members join and leave
// (rotaMembership.ts) so that each can be read on its own.

import { busy, type Member, type RotaState } from './rotaState.ts';

/** Gives a member its turn: it reads the world afresh and its subscribers hear of the change. */
export const refresh = (member: Member): void => {
  member.dirty = false;
  member.world = null;
  for (const listener of [...member.listeners]) listener();
};

export const refreshAllDirty = (state: RotaState): void => {
  for (const member of [...state.members]) if (member.dirty) refresh(member);
};

/**
 * The next member, after the last one served, that a change has not reached yet; while busy,
 * only members on screen are served.
 */
const nextInTurn = (state: RotaState): Member | undefined => {
  const { members } = state;
  const onScreenOnly = busy(state);
  for (let k = 0; k < members.length; k += 1) {
    const member = members[(state.cursor + k) % members.length]!;
    if (member.dirty && (member.visible || !onScreenOnly)) {
      state.cursor = (state.cursor + k + 1) % members.length;
      return member;
    }
  }
  return undefined;
};

/** Brings the panels still behind up to date, one now and one per frame after it. */
const catchUp = (state: RotaState): void => {
  if (busy(state)) {
    state.catchingUp = false;
    return;
  }
  const member = nextInTurn(state);
  if (member === undefined) {
    state.catchingUp = false;
    return;
  }
  refresh(member);
  state.catchingUp = true;
  state.nextFrame(() => catchUp(state));
};

export const onSimChange = (state: RotaState): void => {
  for (const member of state.members) member.dirty = true;
  if (!busy(state)) {
    refreshAllDirty(state);
    return;
  }
  const member = nextInTurn(state);
  if (member !== undefined) refresh(member);
};

export const onBusyEnd = (state: RotaState): void => {
  if (!state.catchingUp) catchUp(state);
};
