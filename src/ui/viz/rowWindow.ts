// Which rows of a long fixed-height list are on screen. A windowed list renders only these (plus a
// few either side, so fast scrolling shows no blank rows), whatever the list's length.

export interface RowWindow {
  /** First row rendered. */
  readonly first: number;
  /** One past the last row rendered. */
  readonly end: number;
  /** Height of the whole list, for the scroll spacer. */
  readonly totalHeightPx: number;
  /** The scroll position, kept within the list: where the viewport's top lies in the list. */
  readonly topPx: number;
}

/**
 * Returns the rows to render for a scroll position.
 *
 * @example
 * visibleRows(1000, 22, 440, 220, 2); // { first: 18, end: 32, totalHeightPx: 22000, topPx: 440 }
 */
export function visibleRows(
  rowCount: number,
  rowHeightPx: number,
  scrollTopPx: number,
  viewportHeightPx: number,
  overscanRows = 4,
): RowWindow {
  const totalHeightPx = rowCount * rowHeightPx;
  const maxScroll = Math.max(0, totalHeightPx - viewportHeightPx);
  const top = Math.min(Math.max(0, scrollTopPx), maxScroll);
  const firstVisible = Math.floor(top / rowHeightPx);
  const endVisible = Math.ceil((top + viewportHeightPx) / rowHeightPx);
  return {
    first: Math.max(0, firstVisible - overscanRows),
    end: Math.min(rowCount, endVisible + overscanRows),
    totalHeightPx,
    topPx: top,
  };
}

/**
 * Returns the scroll position that brings `row` into view, or null when it is already visible.
 *
 * @example
 * scrollToReveal(50, 22, 0, 220); // 902: row 50 becomes the last visible row
 */
export function scrollToReveal(
  row: number,
  rowHeightPx: number,
  scrollTopPx: number,
  viewportHeightPx: number,
): number | null {
  const top = row * rowHeightPx;
  const bottom = top + rowHeightPx;
  if (top < scrollTopPx) return top;
  if (bottom > scrollTopPx + viewportHeightPx) return bottom - viewportHeightPx;
  return null;
}
