// Makes any element, SVG ones included, act as a button that highlights an entity: focusable,
// named for screen readers, and activated by click, Enter or Space. Space is kept from reaching
// the player's window-level shortcut, which would otherwise also toggle playback.

import { useCallback, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import {
  entityKey,
  highlightEntity,
  selectHighlightKey,
  type EntityRef,
} from './highlightStore.ts';
import { useViewsShared } from './ViewsContext.tsx';

export interface EntityButtonProps {
  readonly role: 'button';
  readonly tabIndex: 0;
  readonly 'aria-label': string;
  readonly 'aria-pressed': boolean;
  /** `"kind:id"`, which the entity context menu reads to offer faults for the entity. */
  readonly 'data-entity': string;
  readonly onClick: () => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
}

/** Returns the props that make an element highlight `entity`, and whether it is highlighted. */
export function useEntityButton(
  kind: EntityRef['kind'],
  id: string,
  label: string,
): { readonly props: EntityButtonProps; readonly highlighted: boolean } {
  const { highlight } = useViewsShared();
  const highlighted = useStore(highlight, selectHighlightKey) === entityKey({ kind, id });
  const onClick = useCallback(
    () => highlightEntity(highlight, { kind, id }),
    [highlight, kind, id],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      onClick();
    },
    [onClick],
  );
  return {
    props: {
      role: 'button',
      tabIndex: 0,
      'aria-label': label,
      'aria-pressed': highlighted,
      'data-entity': entityKey({ kind, id }),
      onClick,
      onKeyDown,
    },
    highlighted,
  };
}
