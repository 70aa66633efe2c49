// Takes the host's commands from the channel and runs them (runCommand.ts) on the running embed.
// It is apart from EmbedScreen.tsx because it only wires the channel to the session: the screen
// draws, this hook listens.

import { useEffect, useRef } from 'react';
import type { EmbedChannel } from '../protocol/embedChannel.ts';
import { runCommand, type CommandTarget } from './runCommand.ts';

/** Runs each host command on `target` as it is when the command arrives. */
export function useHostCommands(channel: EmbedChannel, target: CommandTarget): void {
  // The host's commands go to whatever is current when they arrive.
  const current = useRef<CommandTarget | null>(null);
  const { session, durationMs, guide, setParameter, load, jump } = target;
  useEffect(() => {
    current.current = { session, durationMs, guide, setParameter, load, jump };
  }, [session, durationMs, guide, setParameter, load, jump]);
  useEffect(
    () =>
      channel.listen((command) => {
        if (current.current === null) return;
        const problem = runCommand(command, current.current);
        if (problem !== null) channel.emit(problem);
      }),
    [channel],
  );
}
