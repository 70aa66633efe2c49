// @vitest-environment jsdom
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { EmbedEventBody } from '../protocol/embedEvents.ts';
import { createTestRuntime, type TestRuntime } from '../testing/testRuntime.ts';
import {
  StreamSandboxWithRuntime,
  type StreamSandboxHandle,
  type StreamSandboxProps,
} from './StreamSandbox.tsx';

let runtime: TestRuntime;
let root: Root | null = null;
let container: HTMLDivElement;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
beforeEach(() => {
  runtime = createTestRuntime();
  container = document.createElement('div');
  document.body.append(container);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
  vi.restoreAllMocks();
});

function render(props: StreamSandboxProps) {
  root ??= createRoot(container);
  act(() => root?.render(<StreamSandboxWithRuntime {...props} runtime={runtime} />));
  const host = container.querySelector('[data-stream-sandbox]');
  const shadow = host?.shadowRoot;
  if (shadow == null) throw new Error('no shadow root');
  return shadow;
}

describe('<StreamSandbox>', () => {
  test('renders in a shadow root from typed props and calls the on… props with events', () => {
    const ready = vi.fn();
    const times: number[] = [];
    const handle = createRef<StreamSandboxHandle>();
    const shadow = render({
      scenario: 'late-events-allowed-lateness',
      views: ['trace'],
      controls: 'full',
      narration: false,
      t: 2000,
      appUrl: 'https://sandbox.test/',
      ref: handle,
      onReady: ready,
      onTimeUpdate: (event) => times.push(event.tMs),
    });
    expect(shadow.querySelector('[data-view="trace"]')).not.toBeNull();
    expect(shadow.querySelector('[data-testid="time-now"]')?.getAttribute('data-now-ms')).toBe(
      '2000',
    );
    expect(ready).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'ready', scenario: 'late-events-allowed-lateness' }),
    );
    act(() => handle.current?.seek(9000));
    expect(shadow.querySelector('[data-testid="time-now"]')?.getAttribute('data-now-ms')).toBe(
      '9000',
    );
    expect(times).toContain(9000);
  });

  test('changed props update it; wrong types from plain JavaScript are explained', () => {
    const errors: EmbedEventBody[] = [];
    const shadow = render({
      scenario: 'core-loop',
      views: ['logs'],
      onError: (e) => errors.push(e),
    });
    expect(
      [...shadow.querySelectorAll('[data-view]')].map((v) => v.getAttribute('data-view')),
    ).toEqual(['logs']);
    render({ scenario: 'core-loop', views: ['trace'], onError: (e) => errors.push(e) });
    expect(
      [...shadow.querySelectorAll('[data-view]')].map((v) => v.getAttribute('data-view')),
    ).toEqual(['trace']);
    const untyped = {
      scenario: 'core-loop',
      t: 'soon',
      onError: (e: EmbedEventBody) => errors.push(e),
    } as unknown as StreamSandboxProps;
    render(untyped);
    expect(errors.map((e) => e.type === 'error' && e.message)).toEqual([
      't: "soon" is not allowed; use a whole number of milliseconds from 0 to 3600000.',
    ]);
  });
});
