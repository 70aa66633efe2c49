// Turns parsed narration Markdown into React elements. Every piece of the author's text becomes a
// text node and links only ever get http(s) or mailto targets, so a scenario file cannot inject
// markup: `<script>` shows as the characters "<script>".

import type { ReactNode } from 'react';
import type { Inline } from './parseInline.ts';
import type { Block } from './parseMarkdown.ts';

export function renderInline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children)}</em>;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer nofollow">
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

/** A list item's blocks; a lone paragraph renders without its <p>, as a tight list does. */
function renderItem(blocks: readonly Block[], key: number): ReactNode {
  const [first, ...rest] = blocks;
  if (first?.kind === 'paragraph' && rest.length === 0 && blocks.length === 1)
    return <li key={key}>{renderInline(first.content)}</li>;
  return <li key={key}>{renderBlocks(blocks)}</li>;
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.kind) {
    case 'paragraph':
      return <p key={key}>{renderInline(block.content)}</p>;
    case 'heading':
      // Narration sits under the panel's own headings, so author headings render as strong text.
      return (
        <p key={key} className="md-heading">
          <strong>{renderInline(block.content)}</strong>
        </p>
      );
    case 'list': {
      const items = block.items.map(renderItem);
      return block.ordered ? (
        <ol key={key} start={block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
  }
}

export function renderBlocks(blocks: readonly Block[]): ReactNode[] {
  return blocks.map(renderBlock);
}
