// Connects an iframe embed to its host page over postMessage. Commands are taken only from allowed
// origins (see originPolicy.ts); a refused one is reported in the console with its origin. Events
// go to the parent window, and only when the parent's origin is allowed, with that exact origin
// as the target, so nothing is broadcast to a page that was not invited.

import { isProtocolMessage, CHANNEL, PROTOCOL_VERSION } from '../protocol/embedCommands.ts';
import type { EmbedChannel } from '../protocol/embedChannel.ts';
import type { EmbedEventBody, EmbedEventMessage } from '../protocol/embedEvents.ts';
import { describePolicy, isOriginAllowed, type OriginPolicy } from '../protocol/originPolicy.ts';

/** The parts of the iframe's window the bridge uses, so tests can pass a stand-in. */
export interface BridgeWindow {
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void };
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface BridgeOptions {
  readonly window: BridgeWindow;
  /** False when the page is not inside a frame: then no events are posted. */
  readonly framed: boolean;
  readonly policy: OriginPolicy;
  readonly channel: EmbedChannel;
  /** The parent page's origin, if the browser tells it (ancestorOrigins or the referrer). */
  readonly parentOrigin: string | null;
  readonly warn: (message: string) => void;
}

/** The parent's origin as the browser reports it, or null. */
export function reportedParentOrigin(location: Location, referrer: string): string | null {
  const ancestor = location.ancestorOrigins?.[0];
  if (ancestor !== undefined && ancestor !== 'null') return ancestor;
  try {
    return referrer === '' ? null : new URL(referrer).origin;
  } catch {
    return null;
  }
}

/**
 * Starts listening; returns a function that stops.
 *
 * @example
 * connectPostMessage({ window, framed: window.parent !== window, policy, channel, parentOrigin, warn: console.warn });
 */
export function connectPostMessage(options: BridgeOptions): () => void {
  const { window: frame, policy, channel, warn } = options;
  let parentOrigin = options.parentOrigin;
  let lastReady: EmbedEventBody | null = null;
  let warnedAboutParent = false;

  const post = (body: EmbedEventBody): void => {
    if (!options.framed || parentOrigin === null) return;
    if (!isOriginAllowed(policy, parentOrigin)) {
      if (!warnedAboutParent) {
        warn(
          `stream-sandbox: not sending events to the page at ${parentOrigin}: it is not an allowed origin (allowed: ${describePolicy(policy)}); add it to the embed URL's origins=`,
        );
        warnedAboutParent = true;
      }
      return;
    }
    const message: EmbedEventMessage = { ...body, channel: CHANNEL, version: PROTOCOL_VERSION };
    frame.parent.postMessage(message, parentOrigin);
  };

  const onMessage = (event: MessageEvent): void => {
    if (!isProtocolMessage(event.data)) return;
    if (!isOriginAllowed(policy, event.origin)) {
      const type =
        typeof event.data['type'] === 'string' ? ` "${event.data['type'].slice(0, 40)}"` : '';
      warn(
        `stream-sandbox: refused the command${type} from ${event.origin}: it is not an allowed origin (allowed: ${describePolicy(policy)}); the embed URL's origins= lists the pages that may drive it`,
      );
      return;
    }
    // A parent whose origin the browser did not report is learnt from its first allowed message,
    // and then hears the ready event it missed.
    if (parentOrigin === null && event.source === frame.parent) {
      parentOrigin = event.origin;
      if (lastReady !== null) post(lastReady);
    }
    channel.submit(event.data);
  };

  frame.addEventListener('message', onMessage);
  const unsubscribe = channel.subscribe((body) => {
    if (body.type === 'ready') lastReady = body;
    post(body);
  });
  return () => {
    frame.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
