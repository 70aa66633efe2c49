// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { nextSeed } from '../../player/index.ts';
import { SeedField } from './SeedField.tsx';

afterEach(cleanup);

function renderField(seed = 7) {
  const onSeed = vi.fn();
  render(<SeedField seed={seed} onSeed={onSeed} />);
  const input = screen.getByTestId<HTMLInputElement>('seed-input');
  return { onSeed, input };
}

describe('SeedField', () => {
  test('a bad seed shows what is allowed and keeps the text; nothing is applied', () => {
    const { onSeed, input } = renderField();
    fireEvent.change(input, { target: { value: '12abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert').textContent).toMatch(/whole number from 0 to 4294967295/);
    expect(input.value).toBe('12abc');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onSeed).not.toHaveBeenCalled();
  });

  test('a good seed is applied with Enter; Esc puts back the current one', () => {
    const { onSeed, input } = renderField();
    fireEvent.change(input, { target: { value: ' 123 ' } });
    fireEvent.submit(input);
    expect(onSeed).toHaveBeenCalledWith(123);
    fireEvent.change(input, { target: { value: 'x' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('7');
  });

  test('"New seed" derives the next seed deterministically', () => {
    const { onSeed } = renderField(7);
    fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
    expect(onSeed).toHaveBeenCalledWith(nextSeed(7));
  });
});
