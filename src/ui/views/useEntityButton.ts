// Makes any element, SVG ones included, act as a button that highlights an entity: focusable,
// named for screen readers, and activated by click, Enter or Space. Space is kept from reaching
// the player's window-level shortcut, which would otherwise also toggle playback. An entity the
// lesson's narration points at carries `data-narrated`, which narration.css emphasises in every
// view, and says so in its accessible name.

import { useCallback, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import {
  entityKey,
  highlightEntity,
  selectHighlightKey,
  type EntityRef,
} from './highlightStore.ts';
import './narration.css';
import { useNarratedKeys } from './useNarration.ts';
import { useViewsShared } from './ViewsContext.tsx';

export interface EntityButtonProps {
  readonly role: 'button';
  readonly tabIndex: 0;
  readonly 'aria-label': string;
  readonly 'aria-pressed': boolean;
  /** `"kind:id"`, which the entity context menu reads to offer faults for the entity. */
  readonly 'data-entity': string;
  /** Present while the narration's step on screen names this entity. */
  readonly 'data-narrated'?: 'true';
  readonly onClick: () => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
}

/** Returns the props that make an element highlight `entity`, and whether it is highlighted. */
export function useEntityButton(
  kind: EntityRef['kind'],
  id: string,
  label: string,
): {
  readonly props: EntityButtonProps;
  readonly highlighted: boolean;
  readonly narrated: boolean;
} {
  const { highlight } = useViewsShared();
  const key = entityKey({ kind, id });
  const highlighted = useStore(highlight, selectHighlightKey) === key;
  const narrated = useNarratedKeys().has(key);
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
  const props: EntityButtonProps = {
    role: 'button',
    tabIndex: 0,
    'aria-label': narrated ? `${label} (named in the narration)` : label,
    'aria-pressed': highlighted,
    'data-entity': key,
    onClick,
    onKeyDown,
  };
  return { props: narrated ? { ...props, 'data-narrated': 'true' } : props, highlighted, narrated };
}
