import { describe, expect, test } from 'vitest';
import type { Parameter } from '../../scenario/index.ts';
import { parseParameterInput } from './parameterInput.ts';

const INTERVAL: Parameter = {
  id: 'interval',
  label: 'Time between records',
  unit: 'ms',
  min: 50,
  max: 1000,
  step: 50,
  default: 100,
  path: '$.topology.producers[0].rate.intervalMs',
};

describe('parseParameterInput', () => {
  test('accepts a number in range on the step grid', () => {
    expect(parseParameterInput(INTERVAL, ' 250 ')).toEqual({ ok: true, value: 250 });
  });

  test.each([
    ['abc', '"abc" is not'],
    ['', 'it is empty'],
    ['1200', '"1200" is not'],
    ['75', '"75" is not'],
  ])('refuses %j, naming the field and its range', (typed, what) => {
    expect(parseParameterInput(INTERVAL, typed)).toEqual({
      ok: false,
      message: `Time between records must be a number from 50 to 1000 ms, in steps of 50; ${what}.`,
    });
  });
});
