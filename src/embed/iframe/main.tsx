// The iframe embed's entry (embed.html): reads the options from the URL, connects the postMessage
// API and renders the sandbox. The site serving the sandbox may allow more origins for every embed
// in embed.html's <meta name="stream-sandbox-origins">.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createEmbedChannel } from '../protocol/embedChannel.ts';
import { catalogRuntime } from '../runtime/catalogRuntime.ts';
import { EmbedSandbox } from '../runtime/EmbedSandbox.tsx';
import { connectPostMessage, reportedParentOrigin } from './postMessageBridge.ts';
import { readFrameConfig } from './readFrameConfig.ts';
import '../../ui/styles.css';
import '../runtime/embed.css';

const container = document.getElementById('root');
if (container === null) throw new Error('embed.html has no #root element');

const meta =
  document.querySelector('meta[name="stream-sandbox-origins"]')?.getAttribute('content') ?? '';
const config = readFrameConfig(window.location, meta);
const channel = createEmbedChannel();
connectPostMessage({
  window,
  framed: window.parent !== window,
  policy: config.policy,
  channel,
  parentOrigin: reportedParentOrigin(window.location, document.referrer),
  warn: (message) => console.warn(message),
});

createRoot(container).render(
  <StrictMode>
    <EmbedSandbox
      options={config.options}
      problems={config.problems}
      scenarioRef={
        config.options.scenario === null ? null : { kind: 'catalog', id: config.options.scenario }
      }
      channel={channel}
      appUrl={new URL('./', window.location.href).href}
      runtime={catalogRuntime()}
    />
  </StrictMode>,
);
