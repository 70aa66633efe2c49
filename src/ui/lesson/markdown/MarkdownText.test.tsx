// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownInline } from './MarkdownInline.tsx';
import { MarkdownText } from './MarkdownText.tsx';

afterEach(cleanup);

describe('MarkdownText', () => {
  test('renders the narration subset as elements', () => {
    const { container } = render(
      <MarkdownText
        text={'A **bold** `code` *word*.\n\n- one\n- two\n\n[docs](https://example.org)'}
      />,
    );
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelector('code')?.textContent).toBe('code');
    expect(container.querySelector('em')?.textContent).toBe('word');
    expect(container.querySelectorAll('ul > li')).toHaveLength(2);
    const link = container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });

  test('shows <script> and <img onerror> as inert text and injects no element', () => {
    const hostile =
      'Hi <script>window.pwned = true</script> and <img src=x onerror="window.pwned = true">\n\n' +
      '- <b onclick="alert(1)">bold?</b>\n\n[click](javascript:alert(1)) <iframe src="https://evil.example"></iframe>';
    const { container } = render(<MarkdownText text={hostile} />);
    for (const tag of ['script', 'img', 'b', 'iframe', 'a'])
      expect(container.querySelector(tag), tag).toBeNull();
    expect(container.querySelectorAll('[onerror], [onclick], [src], [href]')).toHaveLength(0);
    expect(container.textContent).toContain('<script>window.pwned = true</script>');
    expect(container.textContent).toContain('<img src=x onerror="window.pwned = true">');
    expect(container.textContent).toContain('[click](javascript:alert(1))');
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  test('inline Markdown, as in questions, is just as inert', () => {
    const { container } = render(
      <MarkdownInline text={'Is `<img src=x onerror=alert(1)>` **safe**?'} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('code')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('strong')?.textContent).toBe('safe');
  });
});
