import { describe, expect, test } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, OPTION_CHARS_MAX } from './embedOptions.ts';
import { readEmbedOptions } from './readEmbedOptions.ts';

function fromQuery(query: string) {
  const params = new URLSearchParams(query);
  return readEmbedOptions((name) => params.get(name));
}

describe('readEmbedOptions', () => {
  test('reads the options of the issue’s example URL', () => {
    const { options, problems } = fromQuery(
      'scenario=late-events&views=timeline,logs&controls=minimal&t=12000&autoplay=0',
    );
    expect(problems).toEqual([]);
    expect(options).toEqual({
      ...DEFAULT_EMBED_OPTIONS,
      scenario: 'late-events',
      views: ['timeline', 'logs'],
      controls: 'minimal',
      startMs: 12000,
      autoplay: false,
    });
  });

  test('reads narration, theme, seed and speed, and takes a bare switch as on', () => {
    const { options } = fromQuery('narration=off&theme=dark&seed=4294967295&speed=2.5&autoplay');
    expect(options.narration).toBe(false);
    expect(options.theme).toBe('dark');
    expect(options.seed).toBe(4294967295);
    expect(options.speed).toBe(2.5);
    expect(options.autoplay).toBe(true);
  });

  test('keeps the default of a bad value and names the option and the allowed values', () => {
    const { options, problems } = fromQuery('views=logs,charts&controls=some&t=-5&theme=blue');
    expect(options.views).toBeNull();
    expect(options.controls).toBe('minimal');
    expect(options.startMs).toBe(0);
    expect(options.theme).toBe('auto');
    expect(problems.map((p) => p.option)).toEqual(['views', 'controls', 't', 'theme']);
    expect(problems[0]?.message).toBe(
      'views: "logs,charts" is not allowed; use a comma-separated list of logs, topology, timeline, dag, metrics, trace, inspector.',
    );
    expect(problems[1]?.message).toContain('use none, minimal, full');
  });

  test('bounds times, seeds and speeds', () => {
    const { problems } = fromQuery('t=3600001&seed=4294967296&speed=1000&scenario=../../etc');
    expect(problems.map((p) => p.option)).toEqual(['scenario', 't', 'seed', 'speed']);
    expect(problems.find((p) => p.option === 't')?.message).toContain('from 0 to 3600000');
  });

  test('refuses an overlong value without reading it, and quotes only its start', () => {
    const long = 'logs,'.repeat(OPTION_CHARS_MAX);
    const { options, problems } = fromQuery(`views=${long}`);
    expect(options.views).toBeNull();
    expect(problems[0]?.message.length).toBeLessThan(200);
    expect(problems[0]?.message).toContain('…');
  });
});
