import { describe, expect, test } from 'vitest';
import type { ScenarioSummary } from '../catalog/scenarioCatalog.ts';
import { sampleScenario } from '../testing/sampleScenario.ts';
import { ladderGroupOf, moduleLabel } from './courseLadder.ts';
import {
  conceptOptions,
  gallerySections,
  homeGroup,
  matchesFilter,
  moduleOptions,
  NO_FILTER,
} from './galleryModel.ts';

function scenario(
  id: string,
  modules: string[],
  concepts: string[] = [],
  title = `Scenario ${id}`,
): ScenarioSummary {
  return { ...sampleScenario(id), modules, concepts, title };
}

const CORE = scenario('core', ['M01'], ['events', 'offsets'], 'The core loop');
const QUEUES = scenario('queues', ['M10'], ['queue', 'competing-consumers'], 'Queues vs logs');
const COMPACTION = scenario('compaction', ['M27', 'M16'], ['compaction'], 'Compaction');
const ODD = scenario('odd', ['consumer-groups'], [], 'Not in the outline');

describe('the course ladder', () => {
  test('puts modules into the outline’s sections', () => {
    expect(ladderGroupOf('M05').id).toBe('foundations');
    expect(ladderGroupOf('M08').id).toBe('step-0');
    expect(ladderGroupOf('M13').id).toBe('step-1');
    expect(ladderGroupOf('M19').id).toBe('step-2');
    expect(ladderGroupOf('M50').id).toBe('step-7');
    expect(ladderGroupOf('M51').id).toBe('other');
    expect(moduleLabel('M15')).toBe('M15 Consumer Groups and Parallelism');
  });

  test('lists a scenario once, under its earliest module', () => {
    expect(homeGroup(COMPACTION).id).toBe('step-2');
    expect(homeGroup(ODD).id).toBe('other');
  });
});

describe('gallerySections', () => {
  test('groups in course order and leaves out empty steps', () => {
    const sections = gallerySections([ODD, COMPACTION, QUEUES, CORE], NO_FILTER);
    expect(sections.map((s) => [s.group.id, s.scenarios.map((x) => x.id)])).toEqual([
      ['foundations', ['core']],
      ['step-1', ['queues']],
      ['step-2', ['compaction']],
      ['other', ['odd']],
    ]);
  });

  test('search needs every word, in title, summary or concepts, any case', () => {
    const filter = { ...NO_FILTER, query: 'COMPETING queue' };
    expect(matchesFilter(QUEUES, filter)).toBe(true);
    expect(matchesFilter(CORE, filter)).toBe(false);
    expect(matchesFilter(CORE, { ...NO_FILTER, query: 'rebalance late' })).toBe(true);
  });

  test('filters by module and by concept', () => {
    const all = [CORE, QUEUES, COMPACTION];
    const byModule = gallerySections(all, { ...NO_FILTER, module: 'M16' });
    expect(byModule.flatMap((s) => s.scenarios.map((x) => x.id))).toEqual(['compaction']);
    const byConcept = gallerySections(all, { ...NO_FILTER, concept: 'offsets' });
    expect(byConcept.flatMap((s) => s.scenarios.map((x) => x.id))).toEqual(['core']);
  });

  test('offers the modules in course order and the concepts alphabetically', () => {
    expect(moduleOptions([COMPACTION, ODD, CORE])).toEqual([
      'M01',
      'M16',
      'M27',
      'consumer-groups',
    ]);
    expect(conceptOptions([QUEUES, CORE])).toEqual([
      'competing-consumers',
      'events',
      'offsets',
      'queue',
    ]);
  });
});
