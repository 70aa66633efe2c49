// Variants and parameters: applying them builds a new validated scenario, never changes the
// input, keeps parameter defaults in step with the values they set, and reports what is wrong.

import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  applyParameters,
  applyVariant,
  type ScenarioFile,
} from '../../src/scenario/index.ts';
import { errorsOf, guidedScenario, parsedScenario } from './support/guidedScenario.ts';

const SESSION = '$.topology.consumerGroups[0].sessionTimeoutMs';

function knobbed(): ScenarioFile {
  return parsedScenario(
    guidedScenario({
      parameters: [
        {
          id: 'session',
          label: 'Session timeout',
          unit: 'ms',
          min: 6000,
          max: 45_000,
          step: 1000,
          default: 10_000,
          path: SESSION,
        },
      ],
      variants: [
        {
          id: 'coop',
          label: 'Cooperative',
          overrides: [
            { path: '$.topology.consumerGroups[0].assignor', value: 'cooperative-sticky' },
          ],
        },
        {
          id: 'manual-commit',
          label: 'Commit after processing',
          overrides: [
            {
              path: '$.topology.consumerGroups[0].members[0].commit',
              value: { mode: 'after-processing' },
            },
          ],
        },
      ],
    }),
  );
}

describe('applyOverrides', () => {
  it('returns a validated copy and leaves the input alone', () => {
    const scenario = knobbed();
    const before = structuredClone(scenario);
    const result = applyOverrides(scenario, [{ path: SESSION, value: 20_000 }]);
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.scenario.topology.consumerGroups[0]?.sessionTimeoutMs).toBe(20_000);
    expect(result.scenario.parameters[0]?.default).toBe(20_000);
    expect(scenario).toEqual(before);
  });

  it('reports a path that does not resolve', () => {
    const result = applyOverrides(knobbed(), [
      { path: '$.topology.consumerGroups[3].assignor', value: 'range' },
    ]);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: '$.topology.consumerGroups[3].assignor' }],
    });
  });

  it('validates the result, so an override cannot break the scenario', () => {
    const result = applyOverrides(knobbed(), [{ path: SESSION, value: 2000 }]);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).toContain('$.topology.consumerGroups[0].heartbeatIntervalMs');
  });
});

describe('applyVariant and applyParameters', () => {
  it('applies a variant by id, including one that replaces a whole object', () => {
    const coop = applyVariant(knobbed(), 'coop');
    expect(coop.ok && coop.scenario.topology.consumerGroups[0]?.assignor).toBe(
      'cooperative-sticky',
    );
    const manual = applyVariant(knobbed(), 'manual-commit');
    expect(manual.ok && manual.scenario.topology.consumerGroups[0]?.members[0]?.commit).toEqual({
      mode: 'after-processing',
    });
    expect(applyVariant(knobbed(), 'nope')).toMatchObject({
      ok: false,
      errors: [{ path: '$.variants', allowed: 'one of: coop, manual-commit' }],
    });
  });

  it('sets a parameter by id and refuses a value outside its range', () => {
    const ok = applyParameters(knobbed(), { session: 30_000 });
    expect(ok.ok && ok.scenario.topology.consumerGroups[0]?.sessionTimeoutMs).toBe(30_000);
    const tooBig = applyParameters(knobbed(), { session: 50_000 });
    expect(tooBig).toMatchObject({
      ok: false,
      errors: [{ path: '$.parameters[0].default', message: 'is out of range' }],
    });
    expect(applyParameters(knobbed(), { nope: 1 })).toMatchObject({
      ok: false,
      errors: [{ path: '$.parameters' }],
    });
  });
});

describe('knob checks at load time', () => {
  it('refuses a variant whose result is not a valid scenario, quoting the inner error', () => {
    const variants = [{ id: 'bad', label: 'Bad', overrides: [{ path: SESSION, value: 1000 }] }];
    const [error] = errorsOf(guidedScenario({ variants }));
    expect(error?.path).toBe('$.variants[0].overrides');
    expect(error?.message).toBe(
      'applying this variant gives an invalid scenario: $.topology.consumerGroups[0].heartbeatIntervalMs is not below sessionTimeoutMs',
    );
  });

  it('refuses a parameter whose minimum gives an invalid scenario', () => {
    const parameters = [
      {
        id: 's',
        label: 'Session',
        unit: 'ms',
        min: 1000,
        max: 20_000,
        step: 1000,
        default: 10_000,
        path: SESSION,
      },
    ];
    const [error] = errorsOf(guidedScenario({ parameters }));
    expect(error?.path).toBe('$.parameters[0].min');
    expect(error?.message).toContain(
      'setting the parameter to its min (1000) gives an invalid scenario',
    );
  });
});
