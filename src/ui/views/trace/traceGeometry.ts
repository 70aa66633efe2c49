// The trace table's fixed sizes, in px. They have a file of their own because the table
// (TraceTable.tsx), its rows (TraceRows.tsx) and the scroll that reveals a picked row
// (useTracePick.ts) all lay rows out with them.

export const TRACE_ROW_HEIGHT_PX = 22;
export const TRACE_VIEWPORT_PX = 308;
/** The viewport's top and bottom borders (styles.css), which its scrolling area lies inside. */
export const TRACE_VIEWPORT_BORDERS_PX = 2;
