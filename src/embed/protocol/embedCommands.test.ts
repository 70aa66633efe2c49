import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CHANNEL, checkCommand, isProtocolMessage } from './embedCommands.ts';

const command = (fields: Record<string, unknown>) => ({ channel: CHANNEL, ...fields });

describe('checkCommand', () => {
  test('accepts each command in its documented shape', () => {
    const valid = [
      { type: 'play' },
      { type: 'pause', requestId: 'p1' },
      { type: 'seek', tMs: 12000 },
      { type: 'step' },
      { type: 'setParameter', id: 'allowed-lateness', value: 2000 },
      { type: 'loadScenario', scenario: 'core-loop' },
      { type: 'loadScenario', scenarioJson: '{}' },
    ];
    for (const fields of valid)
      expect(checkCommand(command(fields))).toEqual({ ok: true, command: command(fields) });
  });

  test('an unknown command lists the commands and keeps the request id', () => {
    expect(checkCommand(command({ type: 'explode', requestId: 'r9' }))).toEqual({
      ok: false,
      code: 'unknown-command',
      message:
        'unknown command "explode"; the commands are play, pause, seek, step, setParameter, loadScenario',
      requestId: 'r9',
    });
  });

  test('wrong types name the field, what was found and what is allowed', () => {
    expect(checkCommand(command({ type: 'seek', tMs: '12000' }))).toMatchObject({
      ok: false,
      code: 'invalid-command',
      message:
        'seek.tMs: "12000" is not allowed; use a whole number of milliseconds from 0 to 3600000',
    });
    expect(checkCommand(command({ type: 'seek' }))).toMatchObject({
      message:
        'seek.tMs: missing is not allowed; use a whole number of milliseconds from 0 to 3600000',
    });
    expect(
      checkCommand(command({ type: 'setParameter', id: 'x', value: Number.NaN })),
    ).toMatchObject({
      message: expect.stringContaining('setParameter.value: NaN is not allowed') as string,
    });
  });

  test('a huge or fractional seek time is refused', () => {
    for (const tMs of [1e15, Number.MAX_VALUE, Infinity, 12.5, -1]) {
      const result = checkCommand(command({ type: 'seek', tMs }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^seek\.tMs: .* is not allowed/);
    }
  });

  test('extra fields and a scenario given twice are refused', () => {
    expect(checkCommand(command({ type: 'play', speed: 2 }))).toMatchObject({
      message: 'play: unknown field "speed"; play takes no fields',
    });
    expect(
      checkCommand(command({ type: 'loadScenario', scenario: 'a', scenarioJson: '{}' })),
    ).toMatchObject({
      message: 'loadScenario: takes either scenario (an id) or scenarioJson (the file as text)',
    });
  });

  test('a message without our channel is not ours', () => {
    expect(isProtocolMessage({ type: 'play' })).toBe(false);
    expect(isProtocolMessage(command({ type: 'play' }))).toBe(true);
    expect(isProtocolMessage('play')).toBe(false);
  });

  test('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = checkCommand(value);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (fields) => {
        const result = checkCommand({ ...fields, channel: CHANNEL, type: 'seek' });
        if (!result.ok) expect(result.message.length).toBeLessThan(300);
      }),
    );
  });
});
