// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createPlayerStore } from '../../player/index.ts';
import { HistoryNotice } from './HistoryNotice.tsx';
import { Scrubber } from './Scrubber.tsx';

afterEach(cleanup);

describe('HistoryNotice', () => {
  test('says nothing while the whole run is kept', () => {
    const store = createPlayerStore({
      historyPolicy: { maxTraceEvents: 1_000_000, maxKeyframes: 256 },
    });
    const { container } = render(<HistoryNotice store={store} />);
    expect(container.innerHTML).toBe('');
  });

  test('names the time history was dropped before and the policy', () => {
    const store = createPlayerStore({
      historyDroppedBeforeMs: 84_786,
      historyPolicy: { maxTraceEvents: 1_000_000, maxKeyframes: 256 },
    });
    render(<HistoryNotice store={store} />);
    expect(screen.getByRole('status').textContent).toBe(
      'History before 84.786 s was dropped to keep memory bounded (policy: keep at most 1,000,000 trace events and 256 keyframes). Seeking and restarting go back to 84.786 s at the earliest.',
    );
  });

  test('the scrubber covers the dropped part of the track with a band', () => {
    const { container } = render(
      <Scrubber
        nowMs={90_000}
        durationMs={100_000}
        onCommand={() => undefined}
        droppedBeforeMs={25_000}
      />,
    );
    const band = container.querySelector<HTMLElement>('.scrubber-dropped');
    expect(band?.style.width).toBe('25%');
    expect(screen.getByRole('slider', { name: 'Simulated time' })).toBeDefined();
  });

  test('the scrubber has no band while the whole run is kept', () => {
    const { container } = render(
      <Scrubber nowMs={90_000} durationMs={100_000} onCommand={() => undefined} />,
    );
    expect(container.querySelector('.scrubber-dropped')).toBeNull();
  });
});
