// Renders a narration text (the Markdown subset parseMarkdown reads) safely: see renderMarkdown.

import { useMemo } from 'react';
import { parseMarkdown } from './parseMarkdown.ts';
import { renderBlocks } from './renderMarkdown.tsx';

export interface MarkdownTextProps {
  readonly text: string;
  readonly className?: string;
}

export function MarkdownText({ text, className }: MarkdownTextProps) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return <div className={className ?? 'markdown'}>{renderBlocks(blocks)}</div>;
}
