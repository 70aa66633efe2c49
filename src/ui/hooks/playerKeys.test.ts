import { describe, expect, test } from 'vitest';
import { playerKeyAction } from './playerKeys.ts';

describe('playerKeyAction', () => {
  test('Space toggles playback and the arrows step', () => {
    expect(playerKeyAction(' ', 'BODY')).toBe('toggle-play');
    expect(playerKeyAction('ArrowRight', 'BODY')).toEqual({ type: 'STEP_FORWARD' });
    expect(playerKeyAction('ArrowLeft', 'DIV')).toEqual({ type: 'STEP_BACK' });
    expect(playerKeyAction('x', 'BODY')).toBeNull();
  });

  test('form controls keep their own keys', () => {
    expect(playerKeyAction('ArrowLeft', 'INPUT')).toBeNull();
    expect(playerKeyAction(' ', 'BUTTON')).toBeNull();
    expect(playerKeyAction('ArrowRight', 'BUTTON')).toEqual({ type: 'STEP_FORWARD' });
    expect(playerKeyAction(' ', 'INPUT', 'text')).toBeNull();
    expect(playerKeyAction(' ', 'INPUT', 'range')).toBe('toggle-play');
    expect(playerKeyAction('ArrowRight', 'INPUT', 'range')).toBeNull();
  });
});
