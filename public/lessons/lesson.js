// Drives the embeds of this example lesson through their APIs: the iframe over postMessage (see
// src/embed/PROTOCOL.md), the web components through their methods, attributes and DOM events.
// Plain JavaScript, as a lesson author would write it.

const CHANNEL = 'stream-sandbox';
const JUMP_MS = 12000;

const frame = document.getElementById('iframe-sandbox');
const frameOrigin = new URL(frame.src, window.location.href).origin;
const frameStatus = document.getElementById('iframe-status');
const frameEvents = document.getElementById('iframe-events');

const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;

/** Shows the newest few events, so the list never grows without end. */
function logEvent(list, text) {
  const item = document.createElement('li');
  item.textContent = text;
  list.prepend(item);
  while (list.children.length > 5) list.lastElementChild.remove();
}

// Commands wait until the iframe says it is ready: before that, nobody is listening.
let frameReady = false;
const waiting = [];
function sendToFrame(command) {
  const message = { channel: CHANNEL, ...command };
  if (frameReady) frame.contentWindow.postMessage(message, frameOrigin);
  else waiting.push(message);
}

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
  const data = event.data;
  if (typeof data !== 'object' || data === null || data.channel !== CHANNEL) return;
  switch (data.type) {
    case 'ready':
      frameReady = true;
      frameStatus.textContent = `Ready: “${data.title}”, ${seconds(data.durationMs)} long.`;
      for (const message of waiting.splice(0))
        frame.contentWindow.postMessage(message, frameOrigin);
      break;
    case 'timeupdate':
      frameStatus.textContent = `The iframe's sandbox is at t = ${seconds(data.tMs)} (${data.status}).`;
      frameStatus.dataset.tMs = String(data.tMs);
      frameStatus.dataset.status = data.status;
      break;
    case 'windowfired':
      logEvent(
        frameEvents,
        `window [${seconds(data.window[0])}, ${seconds(data.window[1])}) fired for ${data.key}: ${data.value} (${data.timing})`,
      );
      break;
    case 'error':
      logEvent(frameEvents, `error: ${data.message}`);
      break;
    default:
      break;
  }
});

const element = document.getElementById('element-sandbox');
const inline = document.getElementById('inline-sandbox');

/** The paragraph's action: both sandboxes jump to 12 s and pause. */
function jumpToTwelveSeconds() {
  sendToFrame({ type: 'pause' });
  sendToFrame({ type: 'seek', tMs: JUMP_MS });
  element.pause();
  element.seek(JUMP_MS);
}

// "When the learner reaches this paragraph": once it is fully on screen.
const paragraph = document.getElementById('jump-paragraph');
new IntersectionObserver(
  (entries) => {
    if (entries.some((entry) => entry.isIntersecting)) jumpToTwelveSeconds();
  },
  { threshold: 1 },
).observe(paragraph);
document.getElementById('jump-button').addEventListener('click', jumpToTwelveSeconds);

// The web component: attributes change what it shows; events say what it does.
const elementStatus = document.getElementById('element-status');
element.addEventListener('timeupdate', (event) => {
  elementStatus.textContent = `Web component at t = ${seconds(event.detail.tMs)} (${event.detail.status}).`;
  elementStatus.dataset.tMs = String(event.detail.tMs);
});
element.addEventListener('narrationstep', (event) => {
  elementStatus.textContent = `Narration step ${event.detail.index + 1} opened at ${seconds(event.detail.atMs)}.`;
});
element.addEventListener('error', (event) => {
  elementStatus.textContent = `Error: ${event.detail.message}`;
});

document.getElementById('toggle-views').addEventListener('click', (event) => {
  const showingTrace = element.getAttribute('views') === 'trace';
  element.setAttribute('views', showingTrace ? 'topology,logs' : 'trace');
  event.currentTarget.textContent = showingTrace
    ? 'Show the trace instead'
    : 'Show topology and logs';
});
document.getElementById('toggle-theme').addEventListener('click', (event) => {
  const dark = element.getAttribute('theme') === 'dark';
  element.setAttribute('theme', dark ? 'light' : 'dark');
  event.currentTarget.textContent = dark ? 'Dark theme' : 'Light theme';
});

const inlineStatus = document.getElementById('inline-status');
inline.addEventListener('ready', (event) => {
  inlineStatus.textContent = `Inline scenario “${event.detail.title}” is ready.`;
});
inline.addEventListener('timeupdate', (event) => {
  inlineStatus.textContent = `Inline scenario at t = ${seconds(event.detail.tMs)} (${event.detail.status}).`;
  inlineStatus.dataset.tMs = String(event.detail.tMs);
});
inline.addEventListener('error', (event) => {
  inlineStatus.textContent = `Error: ${event.detail.message}`;
});
document.getElementById('inline-play').addEventListener('click', () => inline.play());
