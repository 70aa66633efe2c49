// Tells the page's console and the host what is wrong with an embed: each problem with the
// author's options, and a scenario that cannot be found or validated. It is a hook of its own
// because these reports, and the stand-in command listener that goes with a missing scenario,
// are apart from what the embed draws.

import { useEffect } from 'react';
import type { OptionProblem } from '../options/embedOptions.ts';
import type { EmbedChannel } from '../protocol/embedChannel.ts';
import { scenarioRefOf, type ScenarioRef } from './runCommand.ts';
import type { ResolvedScenario } from './scenarioLibrary.ts';

export function useEmbedProblems(
  channel: EmbedChannel,
  problems: readonly OptionProblem[],
  resolved: ResolvedScenario | null,
  load: (ref: ScenarioRef) => void,
): void {
  useEffect(() => {
    for (const problem of problems) {
      console.warn(`stream-sandbox: ${problem.message}`);
      channel.emit({ type: 'error', code: 'bad-option', message: problem.message });
    }
  }, [channel, problems]);

  useEffect(() => {
    if (resolved === null || resolved.ok) return undefined;
    console.warn(`stream-sandbox: ${resolved.message}`);
    channel.emit({ type: 'error', code: 'bad-scenario', message: resolved.message });
    // Without a scenario only loadScenario can help; anything else is answered at once.
    return channel.listen((command) => {
      if (command.type === 'loadScenario') {
        load(scenarioRefOf(command));
        return;
      }
      channel.emit({
        type: 'error',
        code: 'not-ready',
        message: `${command.type}: no scenario is loaded (${resolved.message.split('\n')[0] ?? ''})`,
        ...(command.requestId === undefined ? {} : { requestId: command.requestId }),
      });
    });
  }, [channel, resolved, load]);
}
