// Parses the sweep's flags into a checked structure. Every message names the flag and the values
// it accepts, because a mistyped sweep command should say how to fix itself.

export interface SweepArgs {
  readonly seeds: number;
  readonly from: number;
  readonly report: boolean;
  /** Directory for failing scenarios, or undefined when they are not written. */
  readonly writeFailingDir: string | undefined;
}

export type SweepArgsResult = { ok: true; args: SweepArgs } | { ok: false; error: string };

export const USAGE =
  'usage: npm run sweep -- [--seeds N] [--from S] [--report] [--write-failing [DIR]]';
export const DEFAULT_FAILING_DIR = 'tests/sim/failing';

const SEEDS_MAX = 1_000_000;
const SEED_MAX = 4_294_967_295;

function wholeNumber(
  flag: string,
  raw: string | undefined,
  min: number,
  max: number,
): number | string {
  const allowed = `${flag} needs a whole number from ${min} to ${max}`;
  if (raw === undefined || raw.startsWith('--')) return `${allowed}, got nothing`;
  if (!/^\d+$/.test(raw)) return `${allowed}, got ${JSON.stringify(raw)}`;
  const n = Number(raw);
  return n < min || n > max ? `${allowed}, got ${raw}` : n;
}

/**
 * Parses `argv` (without the node and script paths).
 *
 * @example
 * parseSweepArgs(['--seeds', '1', '--from', '42']); // { ok: true, args: { seeds: 1, from: 42, … } }
 */
export function parseSweepArgs(argv: readonly string[]): SweepArgsResult {
  let seeds = 200;
  let from = 1;
  let report = false;
  let writeFailingDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--seeds' || flag === '--from') {
      const n =
        flag === '--seeds'
          ? wholeNumber(flag, argv[++i], 1, SEEDS_MAX)
          : wholeNumber(flag, argv[++i], 0, SEED_MAX);
      if (typeof n === 'string') return { ok: false, error: `${n}\n${USAGE}` };
      if (flag === '--seeds') seeds = n;
      else from = n;
    } else if (flag === '--report') report = true;
    else if (flag === '--write-failing') {
      const next = argv[i + 1];
      writeFailingDir =
        next !== undefined && !next.startsWith('--') ? (i++, next) : DEFAULT_FAILING_DIR;
    } else {
      return {
        ok: false,
        error: `unknown flag ${JSON.stringify(flag)}; allowed flags: --seeds, --from, --report, --write-failing\n${USAGE}`,
      };
    }
  }
  if (from + seeds - 1 > SEED_MAX) {
    return {
      ok: false,
      error: `--from ${from} with --seeds ${seeds} runs past the largest seed ${SEED_MAX}\n${USAGE}`,
    };
  }
  return { ok: true, args: { seeds, from, report, writeFailingDir } };
}
