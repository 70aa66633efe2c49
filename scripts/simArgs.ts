// Parses the headless runner's flags into a checked structure, with messages that name the flag
// and the values it accepts.

export interface SimArgs {
  readonly file: string;
  readonly seed?: number;
  readonly untilMs?: number;
  readonly format: 'text' | 'jsonl';
  readonly summary: boolean;
}

export type SimArgsResult = { ok: true; args: SimArgs } | { ok: false; error: string };

const USAGE =
  'usage: npm run sim -- scenarios/<file>.json [--seed N] [--until ms] [--format text|jsonl] [--summary]';

function nonNegativeInt(flag: string, raw: string | undefined, max: number): number | string {
  if (raw === undefined || !/^\d+$/.test(raw))
    return `${flag} needs a whole number from 0 to ${max}, got ${raw ?? 'nothing'}`;
  const n = Number(raw);
  return n > max ? `${flag} needs a whole number from 0 to ${max}, got ${raw}` : n;
}

export function parseSimArgs(argv: readonly string[]): SimArgsResult {
  let file: string | undefined;
  let seed: number | undefined;
  let untilMs: number | undefined;
  let format: 'text' | 'jsonl' = 'text';
  let summary = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seed' || a === '--until') {
      const n = nonNegativeInt(a, argv[++i], a === '--seed' ? 4294967295 : 3600000);
      if (typeof n === 'string') return { ok: false, error: `${n}\n${USAGE}` };
      if (a === '--seed') seed = n;
      else untilMs = n;
    } else if (a === '--format') {
      const f = argv[++i];
      if (f !== 'text' && f !== 'jsonl')
        return {
          ok: false,
          error: `--format must be text or jsonl, got ${f ?? 'nothing'}\n${USAGE}`,
        };
      format = f;
    } else if (a === '--summary') summary = true;
    else if (a.startsWith('--')) return { ok: false, error: `unknown flag ${a}\n${USAGE}` };
    else if (file === undefined) file = a;
    else return { ok: false, error: `only one scenario file, got ${file} and ${a}\n${USAGE}` };
  }
  if (file === undefined) return { ok: false, error: `no scenario file given\n${USAGE}` };
  return {
    ok: true,
    args: {
      file,
      format,
      summary,
      ...(seed === undefined ? {} : { seed }),
      ...(untilMs === undefined ? {} : { untilMs }),
    },
  };
}
