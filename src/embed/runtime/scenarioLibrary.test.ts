import { afterEach, describe, expect, test, vi } from 'vitest';
import coreLoop from '../../../scenarios/core-loop.json';
import { bundledLibrary } from './bundledLibrary.ts';
import { fetchLibrary, SCENARIO_BYTES_MAX } from './scenarioLibrary.ts';

const FOLDER = new URL('https://sandbox.test/embed/scenarios/');

function serve(body: string | null, status = 200) {
  const fetchMock = vi.fn(() => Promise.resolve(new Response(body, { status })));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('bundledLibrary', () => {
  test('validates a scenario when it is first asked for, and explains an unknown id', () => {
    const library = bundledLibrary({
      '/scenarios/core-loop.json': coreLoop,
      '/scenarios/schema.json': {},
    });
    expect(library.find('core-loop')).toMatchObject({
      ok: true,
      fromCatalog: true,
      scenario: { id: 'core-loop' },
    });
    expect(library.find('schema')).toEqual({
      ok: false,
      message: 'scenario: no scenario has the id "schema"; ids include core-loop',
    });
  });

  test('refuses a file whose scenario has another id', () => {
    const library = bundledLibrary({ '/scenarios/other.json': coreLoop });
    expect(library.find('other')).toEqual({
      ok: false,
      message: 'scenario: /scenarios/other.json holds the scenario "core-loop"',
    });
  });
});

describe('fetchLibrary', () => {
  test('fetches <id>.json beside the script once, and validates it', async () => {
    const fetchMock = serve(JSON.stringify(coreLoop));
    const library = fetchLibrary(FOLDER);
    expect(await library.find('core-loop')).toMatchObject({
      ok: true,
      scenario: { id: 'core-loop' },
    });
    await library.find('core-loop');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String((fetchMock.mock.calls[0] as unknown[] | undefined)?.[0])).toBe(
      `${FOLDER.href}core-loop.json`,
    );
  });

  test('says which id is missing, what is too big, and what does not match', async () => {
    serve('not found', 404);
    expect(await fetchLibrary(FOLDER).find('nope')).toEqual({
      ok: false,
      message: `scenario: no scenario has the id "nope" (${FOLDER.href}nope.json answered 404)`,
    });
    serve(' '.repeat(SCENARIO_BYTES_MAX + 1));
    expect(await fetchLibrary(FOLDER).find('huge')).toMatchObject({
      ok: false,
      message: expect.stringContaining('is larger than 1048576 bytes') as string,
    });
    serve(JSON.stringify(coreLoop));
    expect(await fetchLibrary(FOLDER).find('renamed')).toMatchObject({
      ok: false,
      message: expect.stringContaining('holds the scenario "core-loop", not "renamed"') as string,
    });
    serve('{"schemaVersion": 2}');
    expect(await fetchLibrary(FOLDER).find('broken')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^scenario "broken": \$/) as string,
    });
  });
});
