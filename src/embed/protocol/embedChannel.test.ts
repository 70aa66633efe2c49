import { describe, expect, test } from 'vitest';
import { CHANNEL, type EmbedCommand } from './embedCommands.ts';
import { createEmbedChannel, QUEUED_COMMANDS_MAX } from './embedChannel.ts';
import type { EmbedEventBody } from './embedEvents.ts';

function setup() {
  const channel = createEmbedChannel();
  const events: EmbedEventBody[] = [];
  channel.subscribe((event) => events.push(event));
  return { channel, events };
}

describe('createEmbedChannel', () => {
  test('commands sent before the sandbox listens wait, then arrive in order', () => {
    const { channel, events } = setup();
    channel.submit({ channel: CHANNEL, type: 'seek', tMs: 5 });
    channel.submit({ channel: CHANNEL, type: 'play' });
    const seen: EmbedCommand[] = [];
    channel.listen((command) => seen.push(command));
    expect(seen.map((c) => c.type)).toEqual(['seek', 'play']);
    expect(events).toEqual([]);
  });

  test('a bad message becomes an error event and never reaches the sandbox', () => {
    const { channel, events } = setup();
    const seen: EmbedCommand[] = [];
    channel.listen((command) => seen.push(command));
    channel.submit({ channel: CHANNEL, type: 'fly', requestId: 'a' });
    channel.submit(42);
    expect(seen).toEqual([]);
    expect(events.map((e) => (e.type === 'error' ? [e.code, e.requestId] : null))).toEqual([
      ['unknown-command', 'a'],
      ['invalid-command', undefined],
    ]);
  });

  test('the wait is bounded: past the limit a command gets a not-ready error', () => {
    const { channel, events } = setup();
    for (let i = 0; i <= QUEUED_COMMANDS_MAX; i += 1)
      channel.submit({ channel: CHANNEL, type: 'step' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'error', code: 'not-ready' });
    const seen: EmbedCommand[] = [];
    channel.listen((command) => seen.push(command));
    expect(seen).toHaveLength(QUEUED_COMMANDS_MAX);
  });

  test('a command that replaces the listener leaves the rest for the new one', () => {
    const { channel } = setup();
    channel.submit({ channel: CHANNEL, type: 'loadScenario', scenario: 'b' });
    channel.submit({ channel: CHANNEL, type: 'play' });
    const second: string[] = [];
    const first: string[] = [];
    channel.listen((command) => {
      first.push(command.type);
      if (command.type === 'loadScenario') channel.listen((next) => second.push(next.type));
    });
    expect(first).toEqual(['loadScenario']);
    expect(second).toEqual(['play']);
  });
});
