import { describe, expect, test } from 'vitest';
import { CHANNEL, type EmbedCommand } from '../protocol/embedCommands.ts';
import { createEmbedChannel } from '../protocol/embedChannel.ts';
import { createOriginPolicy } from '../protocol/originPolicy.ts';
import { connectPostMessage, type BridgeWindow } from './postMessageBridge.ts';

const OWN = 'https://sandbox.test';
const LESSON = 'https://lessons.test';

function fakeFrame() {
  const posted: { message: unknown; targetOrigin: string }[] = [];
  let listener: ((event: MessageEvent) => void) | null = null;
  const parent = {
    postMessage: (message: unknown, targetOrigin: string) => posted.push({ message, targetOrigin }),
  };
  const frame: BridgeWindow = {
    parent,
    addEventListener: (_type, l) => (listener = l),
    removeEventListener: () => (listener = null),
  };
  const deliver = (data: unknown, origin: string, source: unknown = parent): void =>
    listener?.({ data, origin, source } as MessageEvent);
  return { frame, posted, deliver, parent };
}

function setup(parentOrigin: string | null, listed: readonly string[] = [LESSON]) {
  const fake = fakeFrame();
  const channel = createEmbedChannel();
  const warnings: string[] = [];
  const commands: EmbedCommand[] = [];
  channel.listen((command) => commands.push(command));
  const stop = connectPostMessage({
    window: fake.frame,
    framed: true,
    policy: createOriginPolicy(OWN, listed),
    channel,
    parentOrigin,
    warn: (message) => warnings.push(message),
  });
  return { ...fake, channel, warnings, commands, stop };
}

describe('connectPostMessage', () => {
  test('takes commands from an allowed origin and answers the parent at its exact origin', () => {
    const { deliver, commands, channel, posted } = setup(LESSON);
    deliver({ channel: CHANNEL, type: 'seek', tMs: 12000 }, LESSON);
    expect(commands).toEqual([{ channel: CHANNEL, type: 'seek', tMs: 12000 }]);
    channel.emit({ type: 'timeupdate', tMs: 12000, durationMs: 60000, status: 'paused' });
    expect(posted).toEqual([
      {
        message: {
          channel: CHANNEL,
          version: 1,
          type: 'timeupdate',
          tMs: 12000,
          durationMs: 60000,
          status: 'paused',
        },
        targetOrigin: LESSON,
      },
    ]);
  });

  test('refuses a command from another origin and says so, naming the origin', () => {
    const { deliver, commands, warnings } = setup(LESSON);
    deliver({ channel: CHANNEL, type: 'play' }, 'https://evil.test');
    expect(commands).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('refused the command "play" from https://evil.test');
    expect(warnings[0]).toContain(`allowed: ${OWN}, ${LESSON}`);
  });

  test('ignores messages of other protocols without a word', () => {
    const { deliver, commands, warnings, posted } = setup(LESSON);
    deliver({ type: 'play' }, 'https://evil.test');
    deliver('hello', LESSON);
    expect([commands, warnings, posted]).toEqual([[], [], []]);
  });

  test('a bad command from an allowed origin gets an error event', () => {
    const { deliver, posted } = setup(LESSON);
    deliver({ channel: CHANNEL, type: 'seek', tMs: 'later' }, LESSON);
    expect(posted[0]?.message).toMatchObject({ type: 'error', code: 'invalid-command' });
  });

  test('sends no events to a parent that is not allowed, and warns once', () => {
    const { channel, posted, warnings } = setup('https://evil.test');
    channel.emit({ type: 'timeupdate', tMs: 1, durationMs: 2, status: 'playing' });
    channel.emit({ type: 'timeupdate', tMs: 2, durationMs: 2, status: 'ended' });
    expect(posted).toEqual([]);
    expect(warnings).toEqual([
      expect.stringContaining('not sending events to the page at https://evil.test') as string,
    ]);
  });

  test('learns an unreported parent origin from its first allowed message and sends it the ready event', () => {
    const { channel, posted, deliver } = setup(null);
    const ready = {
      type: 'ready',
      scenario: 'a',
      title: 'A',
      durationMs: 1,
      seed: 1,
      views: [],
      parameters: [],
    } as const;
    channel.emit(ready);
    expect(posted).toEqual([]);
    deliver({ channel: CHANNEL, type: 'pause' }, LESSON);
    expect(posted).toEqual([
      { message: { ...ready, channel: CHANNEL, version: 1 }, targetOrigin: LESSON },
    ]);
  });
});
