// The small grammar of narration highlights: "partition orders-0", "consumer c1", "producer p1",
// "group billing", "broker b1" and "window [0,10000)". Parsing is syntax only, so the UI can use
// it on validated files; narrationReferences.ts checks the names against the topology.

/** A parsed highlight; `name` is the entity id, or `<topic>-<n>` for a partition. */
export type Highlight =
  | {
      readonly kind: 'partition';
      readonly name: string;
      readonly topic: string;
      readonly partition: number;
    }
  | { readonly kind: 'consumer' | 'producer' | 'group' | 'broker'; readonly name: string }
  | { readonly kind: 'window'; readonly startMs: number; readonly endMs: number };

export const HIGHLIGHT_GRAMMAR =
  '"partition <topic>-<n>", "consumer <id>", "producer <id>", "group <id>", "broker <id>" ' +
  'or "window [<startMs>,<endMs>)"';

const ENTITY = /^(partition|consumer|producer|group|broker) ([A-Za-z0-9._-]+)$/;
const PARTITION = /^(.+)-(0|[1-9][0-9]{0,4})$/;
const WINDOW = /^window \[(0|[1-9][0-9]{0,9}), ?(0|[1-9][0-9]{0,9})\)$/;

function parseWindow(text: string): Highlight | undefined {
  const match = WINDOW.exec(text);
  if (match === null) return undefined;
  const startMs = Number(match[1]);
  const endMs = Number(match[2]);
  return startMs < endMs ? { kind: 'window', startMs, endMs } : undefined;
}

/**
 * Parses one highlight, or returns undefined when it is not in the grammar.
 *
 * @example
 * parseHighlight('partition orders-3'); // { kind: 'partition', name: 'orders-3', topic: 'orders', partition: 3 }
 */
export function parseHighlight(text: string): Highlight | undefined {
  if (text.startsWith('window ')) return parseWindow(text);
  const match = ENTITY.exec(text);
  const kind = match?.[1];
  const name = match?.[2];
  if (kind === undefined || name === undefined) return undefined;
  if (kind !== 'partition') {
    return { kind: kind as 'consumer' | 'producer' | 'group' | 'broker', name };
  }
  const partition = PARTITION.exec(name);
  if (partition?.[1] === undefined) return undefined;
  return { kind: 'partition', name, topic: partition[1], partition: Number(partition[2]) };
}
