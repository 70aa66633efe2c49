import { describe, expect, test } from 'vitest';
import { shortcutFor, type KeyPress } from './playerKeys.ts';

const onBody = (key: string, shiftKey = false): KeyPress => ({
  key,
  shiftKey,
  targetTagName: 'BODY',
});

describe('shortcutFor', () => {
  test('every shortcut of the player', () => {
    expect(shortcutFor(onBody(' '))).toEqual({ kind: 'toggle-play' });
    expect(shortcutFor(onBody('ArrowRight'))).toEqual({
      kind: 'command',
      command: { type: 'STEP_FORWARD' },
    });
    expect(shortcutFor(onBody('ArrowRight', true))).toEqual({
      kind: 'command',
      command: { type: 'STEP_TO_INTERESTING' },
    });
    expect(shortcutFor(onBody('ArrowLeft'))).toEqual({
      kind: 'command',
      command: { type: 'STEP_BACK' },
    });
    expect(shortcutFor(onBody('['))).toEqual({ kind: 'speed', direction: -1 });
    expect(shortcutFor(onBody(']'))).toEqual({ kind: 'speed', direction: 1 });
    expect(shortcutFor(onBody('F', true))).toEqual({ kind: 'toggle-faults' });
    expect(shortcutFor(onBody('r'))).toEqual({ kind: 'command', command: { type: 'RESTART' } });
    expect(shortcutFor(onBody('p'))).toEqual({ kind: 'toggle-presenter' });
    expect(shortcutFor(onBody('1'))).toEqual({ kind: 'toggle-view', index: 0 });
    expect(shortcutFor(onBody('7'))).toEqual({ kind: 'toggle-view', index: 6 });
    expect(shortcutFor(onBody('8'))).toBeNull();
    expect(shortcutFor(onBody('PageDown'))).toEqual({ kind: 'narration', direction: 'next' });
    expect(shortcutFor(onBody('PageUp'))).toEqual({ kind: 'narration', direction: 'previous' });
    expect(shortcutFor(onBody('?', true))).toEqual({ kind: 'help' });
    expect(shortcutFor(onBody('x'))).toBeNull();
  });

  test('form controls keep their own keys', () => {
    const text = { targetTagName: 'INPUT', targetInputType: 'text' };
    const range = { targetTagName: 'INPUT', targetInputType: 'range' };
    expect(shortcutFor({ key: 'f', ...text })).toBeNull();
    expect(shortcutFor({ key: ' ', ...text })).toBeNull();
    expect(shortcutFor({ key: 'ArrowLeft', ...range })).toBeNull();
    expect(shortcutFor({ key: 'PageDown', ...range })).toBeNull();
    expect(shortcutFor({ key: ' ', ...range })).toEqual({ kind: 'toggle-play' });
    expect(shortcutFor({ key: 'p', ...range })).toEqual({ kind: 'toggle-presenter' });
    expect(shortcutFor({ key: ' ', targetTagName: 'BUTTON' })).toBeNull();
    expect(shortcutFor({ key: 'ArrowRight', targetTagName: 'BUTTON' })).toEqual({
      kind: 'command',
      command: { type: 'STEP_FORWARD' },
    });
  });
});
