// Fixed vertical and horizontal measures of a partition strip, in SVG user units. The SVG scales
// to its container through its viewBox, so these are proportions rather than screen pixels.

export const STRIP_LABEL_WIDTH = 104;
export const STRIP_LAG_WIDTH = 96;
export const STRIP_MARKER_LABEL_Y = 12;
export const STRIP_CELL_Y = 18;
export const STRIP_CELL_HEIGHT = 26;
export const STRIP_OFFSET_LABEL_Y = STRIP_CELL_Y + STRIP_CELL_HEIGHT + 12;
export const STRIP_LANES_Y = STRIP_OFFSET_LABEL_Y + 8;
/** Each group lane holds two rows: consumer positions, then the committed offset. */
export const STRIP_LANE_HEIGHT = 36;

/** Total height of a strip with `laneCount` group lanes. */
export function stripHeight(laneCount: number): number {
  return STRIP_LANES_Y + laneCount * STRIP_LANE_HEIGHT + 6;
}
