// A row of buttons, one per step of the course ladder, with how many scenarios each shows now. A
// button moves focus to that step's heading (the app's routes live in the location hash, so this
// scrolls with focus instead of with anchors).

import { LADDER, OTHER_GROUP } from './courseLadder.ts';
import type { GallerySection } from './galleryModel.ts';

export interface LadderNavProps {
  readonly sections: readonly GallerySection[];
}

function focusHeading(groupId: string): void {
  const heading = document.getElementById(`gallery-${groupId}`);
  heading?.focus();
  heading?.scrollIntoView?.({ block: 'start' });
}

export function LadderNav({ sections }: LadderNavProps) {
  const counts = new Map(sections.map((s) => [s.group.id, s.scenarios.length]));
  const groups = counts.has(OTHER_GROUP.id) ? [...LADDER, OTHER_GROUP] : LADDER;
  return (
    <nav className="ladder-nav" aria-label="Course ladder">
      <ol>
        {groups.map((group) => {
          const count = counts.get(group.id) ?? 0;
          return (
            <li key={group.id}>
              <button
                type="button"
                disabled={count === 0}
                title={`${group.title}: ${group.subtitle}`}
                onClick={() => focusHeading(group.id)}
              >
                {group.title} <span className="ladder-count">{count}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
