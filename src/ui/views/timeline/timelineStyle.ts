// How each kind of mark in the event-time view looks: an Okabe–Ito colour and a shape, so every
// kind differs by shape as well as by colour and stays readable for colour-blind viewers. The
// legend, the SVG markers and the canvas dots all read these.

import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolX,
  type SymbolType,
} from 'd3';
import type { FiringTiming } from './timelineTypes.ts';

export type MarkKind = 'on-time-record' | 'behind-record' | 'dropped-record' | FiringTiming;

export interface MarkStyle {
  readonly colour: string;
  readonly shape: SymbolType;
  /** Filled shapes, or drawn as an outline. */
  readonly filled: boolean;
  readonly label: string;
}

export const MARK_STYLES: Readonly<Record<MarkKind, MarkStyle>> = {
  'on-time-record': { colour: '#0072B2', shape: symbolCircle, filled: true, label: 'record' },
  'behind-record': {
    colour: '#E69F00',
    shape: symbolCircle,
    filled: false,
    label: 'record behind the watermark, still counted',
  },
  'dropped-record': {
    colour: '#D55E00',
    shape: symbolX,
    filled: false,
    label: 'record dropped as late',
  },
  early: { colour: '#56B4E9', shape: symbolTriangle, filled: true, label: 'early firing' },
  'on-time': { colour: '#009E73', shape: symbolDiamond, filled: true, label: 'on-time firing' },
  late: { colour: '#CC79A7', shape: symbolSquare, filled: true, label: 'late firing' },
};

export const WATERMARK_COLOUR = '#000000';
export const OTHER_WATERMARK_COLOUR = '#7a8294';
export const FAILURE_COLOUR = '#D55E00';
export const CHECKPOINT_COLOUR = '#009E73';
export const NARRATED_COLOUR = '#E69F00';

/** Radius of a record dot in CSS px; emphasised records are drawn larger. */
export const DOT_RADIUS_PX = 2.6;
export const EMPHASISED_DOT_RADIUS_PX = 3.6;
/** Opacity of records that are not emphasised while something is. */
export const DIMMED_ALPHA = 0.18;

/**
 * An SVG path for a mark's shape centred on 0,0, `areaPx` square pixels large.
 *
 * @example
 * markPathOf('late', 64); // "M-4,-4h8v8h-8Z"
 */
export function markPathOf(kind: MarkKind, areaPx: number): string {
  return symbol(MARK_STYLES[kind].shape, areaPx)() ?? '';
}
