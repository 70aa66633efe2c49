// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Intervention } from '../../engine/index.ts';
import { createFakeSimulation } from '../../player/testing/createFakeSimulation.ts';
import { useEntityContextMenu } from '../hooks/useEntityContextMenu.ts';
import { SAMPLE_WORLD } from '../testing/sampleWorld.ts';
import { EntityContextMenu } from './EntityContextMenu.tsx';

afterEach(cleanup);

const sim = createFakeSimulation({ events: [], view: () => SAMPLE_WORLD });

/** A workspace stand-in: entities marked the way the views mark them. */
function Harness({ onApply }: { readonly onApply: (command: Intervention) => void }) {
  const menu = useEntityContextMenu();
  return (
    <div onContextMenu={menu.onContextMenu}>
      <button type="button" data-entity="consumer:c1">
        <span>c1</span>
      </button>
      <span data-entity="partition:orders-0">orders-0</span>
      {menu.menu !== null && (
        <EntityContextMenu
          menu={menu.menu}
          sim={sim}
          canApply
          onApply={onApply}
          onClose={menu.close}
        />
      )}
    </div>
  );
}

describe('EntityContextMenu', () => {
  test('a right-click on an entity opens its actions; choosing one applies it', () => {
    const onApply = vi.fn();
    render(<Harness onApply={onApply} />);
    fireEvent.contextMenu(screen.getByText('c1'), { clientX: 40, clientY: 50 });
    const menu = screen.getByRole('menu', { name: 'Actions for consumer c1' });
    expect(document.activeElement?.textContent).toBe('Crash');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Leave');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Crash' }));
    expect(onApply).toHaveBeenCalledWith({ type: 'consumer.crash', target: 'c1' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement?.getAttribute('data-entity')).toBe('consumer:c1');
  });

  test('Esc closes it; entities without actions keep the browser menu', () => {
    render(<Harness onApply={vi.fn()} />);
    fireEvent.contextMenu(screen.getByText('c1'));
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    const event = fireEvent.contextMenu(screen.getByText('orders-0'));
    expect(event).toBe(true);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
