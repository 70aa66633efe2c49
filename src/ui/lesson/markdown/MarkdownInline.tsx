// Inline Markdown only, inside a span: prediction questions, choices and explanations, whose
// paragraphs (rare) run together. Rendered safely: see renderMarkdown.

import { useMemo } from 'react';
import { parseMarkdown } from './parseMarkdown.ts';
import { renderInline } from './renderMarkdown.tsx';

export interface MarkdownInlineProps {
  readonly text: string;
}

export function MarkdownInline({ text }: MarkdownInlineProps) {
  const content = useMemo(
    () => parseMarkdown(text).flatMap((b) => (b.kind === 'list' ? [] : b.content)),
    [text],
  );
  return <span className="markdown-inline">{renderInline(content)}</span>;
}
