// The React example on the example lesson page (public/lessons/): what an MDX page compiles to.
// It renders <StreamSandbox> into #react-sandbox and shows the events it reports beside it.

import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { formatSeconds } from '../../ui/format/formatTime.ts';
import { StreamSandbox } from './index.ts';

function LessonReactExample() {
  const [time, setTime] = useState('not started');
  const [windows, setWindows] = useState(0);
  return (
    <>
      <StreamSandbox
        scenario="late-events-allowed-lateness"
        views={['trace']}
        controls="full"
        narration={false}
        speed={5}
        appUrl="../"
        onTimeUpdate={(event) => setTime(`${formatSeconds(event.tMs)} (${event.status})`)}
        onWindowFired={() => setWindows((n) => n + 1)}
      />
      <p className="host-note" data-testid="react-events">
        React component: t = {time}; windows fired while playing: {windows}
      </p>
    </>
  );
}

const container = document.getElementById('react-sandbox');
if (container !== null) {
  createRoot(container).render(
    <StrictMode>
      <LessonReactExample />
    </StrictMode>,
  );
}
