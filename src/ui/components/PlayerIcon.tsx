// Small inline icons for the transport buttons. Drawn as SVG rather than Unicode symbols because
// many system fonts lack the media-control glyphs and would show empty boxes.

const ICON_PATHS = {
  play: 'M4 2 L13 8 L4 14 Z',
  pause: 'M3 2 H6.5 V14 H3 Z M9.5 2 H13 V14 H9.5 Z',
  'step-forward': 'M2 2 L10 8 L2 14 Z M11 2 H14 V14 H11 Z',
  'step-back': 'M14 2 L6 8 L14 14 Z M2 2 H5 V14 H2 Z',
  restart: 'M8 2 A6 6 0 1 1 2.2 9.5 L4.2 9 A4 4 0 1 0 8 4 V6.5 L4 3.2 L8 0 Z',
} as const;

export type PlayerIconName = keyof typeof ICON_PATHS;

export function PlayerIcon({ name }: { readonly name: PlayerIconName }) {
  return (
    <svg
      className="player-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path d={ICON_PATHS[name]} fill="currentColor" />
    </svg>
  );
}
