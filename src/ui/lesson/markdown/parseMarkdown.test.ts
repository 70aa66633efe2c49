import { describe, expect, test } from 'vitest';
import { parseInline } from './parseInline.ts';
import { parseMarkdown } from './parseMarkdown.ts';

describe('parseInline', () => {
  test('reads code, strong, emphasis and escapes', () => {
    expect(parseInline('the **leader** of `orders-0`, *not* \\*this\\*')).toEqual([
      { kind: 'text', text: 'the ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'leader' }] },
      { kind: 'text', text: ' of ' },
      { kind: 'code', text: 'orders-0' },
      { kind: 'text', text: ', ' },
      { kind: 'em', children: [{ kind: 'text', text: 'not' }] },
      { kind: 'text', text: ' *this*' },
    ]);
  });

  test('keeps unmatched marks and snake_case words as text', () => {
    expect(parseInline('2 * 3 and max_poll_records')).toEqual([
      { kind: 'text', text: '2 * 3 and max_poll_records' },
    ]);
  });

  test('links only to http(s) and mailto', () => {
    expect(parseInline('[docs](https://kafka.apache.org)')).toEqual([
      {
        kind: 'link',
        href: 'https://kafka.apache.org',
        children: [{ kind: 'text', text: 'docs' }],
      },
    ]);
    expect(parseInline('[x](javascript:alert(1))')).toEqual([
      { kind: 'text', text: '[x](javascript:alert(1))' },
    ]);
  });
});

describe('parseMarkdown', () => {
  test('reads paragraphs, joined lines, and nested lists', () => {
    const blocks = parseMarkdown('One\nline.\n\n1. first;\n2. second:\n   - inner\n\nAfter.');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      content: [{ kind: 'text', text: 'One line.' }],
    });
    const list = blocks[1];
    if (list?.kind !== 'list') throw new Error('expected a list');
    expect(list.ordered).toBe(true);
    expect(list.items).toHaveLength(2);
    expect(list.items[1]?.map((b) => b.kind)).toEqual(['paragraph', 'list']);
  });

  test('bullet items separated by blank lines stay one list', () => {
    const blocks = parseMarkdown('- a\n\n- b\n- c');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.kind === 'list' && blocks[0].items.length).toBe(3);
  });
});
