// A polite live region that tells screen-reader users when a group's coordinator state changes.
// Its text changes only with state or generation, so it stays quiet between rebalances.

import type { GroupView } from '../../engine/index.ts';
import { describeGroupStates } from '../format/describeGroupStates.ts';

export function GroupStateAnnouncer({ groups }: { readonly groups: readonly GroupView[] }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="group-announcer">
      {describeGroupStates(groups)}
    </div>
  );
}
