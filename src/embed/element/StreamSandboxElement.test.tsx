// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { EmbedEventBody } from '../protocol/embedEvents.ts';
import { createTestRuntime, type TestRuntime } from '../testing/testRuntime.ts';
import { createStreamSandboxElement } from './StreamSandboxElement.ts';

const TAG = 'test-stream-sandbox';
let runtime: TestRuntime = createTestRuntime();

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  customElements.define(
    TAG,
    createStreamSandboxElement(
      () => runtime,
      () => 'https://sandbox.test/app/',
    ),
  );
});

let warnings: string[] = [];
beforeEach(() => {
  runtime = createTestRuntime();
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((message: string) => warnings.push(message));
});
afterEach(() => {
  act(() => document.body.replaceChildren());
  vi.restoreAllMocks();
});

type Sandbox = HTMLElement & {
  play(): void;
  pause(): void;
  seek(tMs: unknown): void;
  step(): void;
  setParameter(id: unknown, value: unknown): void;
  loadScenario(scenario: unknown): void;
  send(command: unknown): void;
};

function mount(attributes: Record<string, string>, inline?: string) {
  const element = document.createElement(TAG) as Sandbox;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = inline;
    element.append(script);
  }
  const events: EmbedEventBody[] = [];
  for (const type of [
    'ready',
    'timeupdate',
    'error',
    'narrationstep',
    'windowfired',
    'faultinjected',
  ])
    element.addEventListener(type, (event) =>
      events.push((event as CustomEvent<EmbedEventBody>).detail),
    );
  act(() => document.body.append(element));
  const shadow = element.shadowRoot;
  if (shadow === null) throw new Error('no shadow root');
  const now = (): number =>
    Number(shadow.querySelector('[data-testid="time-now"]')?.getAttribute('data-now-ms'));
  const errors = () =>
    events.filter(
      (event): event is Extract<EmbedEventBody, { type: 'error' }> => event.type === 'error',
    );
  return { element, shadow, events, now, errors };
}

const act$ = (work: () => void): void => {
  act(work);
};

describe('<stream-sandbox>', () => {
  test('renders in its shadow root and says it is ready', () => {
    const { element, shadow, events } = mount({ scenario: 'core-loop', views: 'logs' });
    expect(element.children).toHaveLength(0);
    expect(shadow.querySelector('style')?.textContent).toContain('.sandbox-embed');
    expect(shadow.querySelector('.embed-title')?.textContent).toBe(
      'The core loop: from a signal to a decision',
    );
    expect(events.find((e) => e.type === 'ready')).toMatchObject({
      type: 'ready',
      scenario: 'core-loop',
      durationMs: 30000,
      views: ['logs'],
    });
    const link = shadow.querySelector<HTMLAnchorElement>('[data-testid="embed-open-full"]');
    expect(link?.href).toBe('https://sandbox.test/app/#/scenario/core-loop');
  });

  test('follows its attributes: views, controls, theme and start time', () => {
    const { element, shadow, now } = mount({
      scenario: 'core-loop',
      views: 'logs',
      controls: 'minimal',
    });
    const views = () =>
      [...shadow.querySelectorAll('[data-view]')].map((v) => v.getAttribute('data-view'));
    const buttons = () =>
      [...shadow.querySelectorAll('.embed-controls button')].map((b) => b.textContent.trim());
    expect(views()).toEqual(['logs']);
    expect(buttons()).toEqual(['Play']);
    act$(() => element.setAttribute('views', 'trace,logs'));
    expect(views()).toEqual(['trace', 'logs']);
    act$(() => element.setAttribute('controls', 'full'));
    expect(buttons()).toContain('Step back');
    expect(shadow.querySelector('.panel-toggles')).not.toBeNull();
    act$(() => element.setAttribute('controls', 'none'));
    expect(buttons()).toEqual([]);
    act$(() => element.setAttribute('theme', 'dark'));
    expect(shadow.querySelector('.sandbox-embed')?.getAttribute('data-theme')).toBe('dark');
    act$(() => element.setAttribute('t', '4000'));
    expect(now()).toBe(4000);
  });

  test('a new scenario attribute starts that scenario', () => {
    const { element, shadow, events } = mount({ scenario: 'core-loop', views: 'logs' });
    act$(() => element.setAttribute('scenario', 'one-producer-one-consumer'));
    expect(
      events.filter((e) => e.type === 'ready').map((e) => e.type === 'ready' && e.scenario),
    ).toEqual(['core-loop', 'one-producer-one-consumer']);
    expect(shadow.querySelector('.embed-title')?.textContent).toContain('One producer');
  });

  test('methods drive it like the postMessage commands', () => {
    const { element, now, events } = mount({
      scenario: 'late-events-allowed-lateness',
      views: 'trace',
      narration: 'off',
      t: '1000',
    });
    expect(now()).toBe(1000);
    act$(() => element.seek(12000));
    expect(now()).toBe(12000);
    act$(() => element.play());
    act$(() => void runtime.ticks.forceTick(200));
    expect(now()).toBe(12200);
    act$(() => element.pause());
    act$(() => element.step());
    expect(now()).toBeGreaterThanOrEqual(12200);
    expect(events.some((e) => e.type === 'timeupdate' && e.status === 'playing')).toBe(true);
  });

  test('reports the windows that fire while it plays, and not those a seek skips', () => {
    const { element, events } = mount({
      scenario: 'late-events-allowed-lateness',
      views: 'trace',
      narration: 'off',
    });
    act$(() => element.seek(10500));
    expect(events.filter((e) => e.type === 'windowfired')).toEqual([]);
    act$(() => element.play());
    for (let i = 0; i < 20; i += 1) act$(() => void runtime.ticks.forceTick(100));
    const fired = events.filter((e) => e.type === 'windowfired');
    expect(fired.length).toBeGreaterThan(0);
    expect(fired[0]).toMatchObject({
      job: 'clicks-per-10s',
      window: [0, 10000],
      timing: 'on-time',
    });
  });

  test('bad messages get clear error events and the sandbox keeps working', () => {
    const { element, now, errors } = mount({
      scenario: 'late-events-allowed-lateness',
      views: 'trace',
      narration: 'off',
    });
    act$(() => {
      element.send({ type: 'explode', requestId: 'r1' });
      element.seek('soon');
      element.seek(1e15);
      element.seek(999_999);
      element.setParameter('nope', 1);
      element.setParameter('allowed-lateness', 99_999);
      element.send('play');
      element.loadScenario(42);
    });
    expect(errors().map((e) => [e.code, e.message])).toEqual([
      [
        'unknown-command',
        'unknown command "explode"; the commands are play, pause, seek, step, setParameter, loadScenario',
      ],
      [
        'invalid-command',
        'seek.tMs: "soon" is not allowed; use a whole number of milliseconds from 0 to 3600000',
      ],
      [
        'invalid-command',
        'seek.tMs: 1000000000000000 is not allowed; use a whole number of milliseconds from 0 to 3600000',
      ],
      ['out-of-range', 'seek.tMs: 999999 is past the end of this scenario; use 0 to 60000 ms'],
      [
        'out-of-range',
        'setParameter.id: "nope" is not a parameter of this scenario; use one of "allowed-lateness"',
      ],
      [
        'out-of-range',
        "setParameter.value: 99999 is outside allowed-lateness's range; use 0 to 15000 (ms)",
      ],
      ['invalid-command', 'a command must be an object, not "play"'],
      [
        'invalid-command',
        'loadScenario: takes either scenario (an id) or scenarioJson (the file as text)',
      ],
    ]);
    expect(errors()[0]?.requestId).toBe('r1');
    act$(() => element.seek(3000));
    expect(now()).toBe(3000);
  });

  test('setParameter rebuilds the run at the same moment', () => {
    const { element, now, errors } = mount({
      scenario: 'late-events-allowed-lateness',
      views: 'trace',
      narration: 'off',
      t: '7000',
    });
    act$(() => element.setParameter('allowed-lateness', 0));
    expect(errors()).toEqual([]);
    expect(now()).toBe(7000);
  });

  test('takes an inline scenario, validated and never run', () => {
    const valid = JSON.stringify({ ...minimalScenario(), id: 'inline-one' });
    const { shadow, events } = mount({ views: 'logs' }, valid);
    expect(events.find((e) => e.type === 'ready')).toMatchObject({ scenario: 'inline-one' });
    // No link: the full sandbox does not know an inline scenario.
    expect(shadow.querySelector('[data-testid="embed-open-full"]')).toBeNull();
  });

  test('an inline scenario that is not valid is shown and reported, never run', () => {
    const hostile = 'window.__ranInlineScenario = true; // not JSON';
    const { shadow, errors } = mount({ views: 'logs' }, hostile);
    expect((window as { __ranInlineScenario?: boolean }).__ranInlineScenario).toBeUndefined();
    expect(errors()[0]).toMatchObject({ code: 'bad-scenario' });
    expect(errors()[0]?.message).toMatch(/^inline scenario: \$: is not valid JSON/);
    expect(shadow.querySelector('[data-testid="embed-scenario-problem"]')?.textContent).toContain(
      'is not valid JSON',
    );
    expect(warnings.some((w) => w.includes('inline scenario'))).toBe(true);
  });

  test('bad attributes are reported with the allowed values and the rest still works', () => {
    const { shadow, errors } = mount({
      scenario: 'core-loop',
      views: 'logs,charts',
      controls: 'lots',
      'app-url': 'javascript:alert(1)',
    });
    expect(errors().map((e) => e.message)).toEqual([
      expect.stringContaining('views: "logs,charts" is not allowed') as string,
      expect.stringContaining('controls: "lots" is not allowed; use none, minimal, full') as string,
      'app-url: "javascript:" addresses are not allowed; use an http or https address of the sandbox app',
    ]);
    expect(shadow.querySelectorAll('.embed-problems li')).toHaveLength(3);
    expect(shadow.querySelector('.embed-title')).not.toBeNull();
  });

  test('loadScenario swaps the scenario; an unknown id is explained', () => {
    const { element, events, errors } = mount({ scenario: 'core-loop', views: 'logs' });
    act$(() => element.loadScenario('one-producer-one-consumer'));
    expect(events.filter((e) => e.type === 'ready').at(-1)).toMatchObject({
      scenario: 'one-producer-one-consumer',
    });
    act$(() => element.loadScenario('no-such-thing'));
    expect(errors().at(-1)?.message).toContain('no scenario has the id "no-such-thing"');
    act$(() => element.play());
    expect(errors().at(-1)).toMatchObject({ code: 'not-ready' });
    act$(() => element.loadScenario('core-loop'));
    expect(events.filter((e) => e.type === 'ready').at(-1)).toMatchObject({
      scenario: 'core-loop',
    });
  });
});

function minimalScenario() {
  return {
    schemaVersion: 2,
    id: 'x',
    title: 'Inline',
    summary: 'An inline scenario.',
    modules: ['M02'],
    seed: 1,
    durationMs: 5000,
    system: 'kafka',
    topology: {
      brokers: [{ id: 'b1' }],
      topics: [{ name: 't', partitions: 1 }],
      producers: [{ id: 'p', topic: 't', rate: { kind: 'constant', intervalMs: 500 } }],
      consumerGroups: [],
    },
    interventions: [],
  };
}
