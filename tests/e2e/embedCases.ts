// End-to-end cases for embedding (src/embed) on the example lesson page, public/lessons/: the
// iframe, the <stream-sandbox> web component and the React component each render and play; the
// paragraph's API calls land at 12 s; the full-sandbox link carries that exact moment; a command
// from an origin the embed does not allow is refused; and hostile page CSS leaves the web
// component's pixels alone.

import { gzipSync } from 'node:zlib';
import type { Frame, Page } from 'playwright-core';
import { ELEMENT_BUDGET_BYTES } from '../../scripts/buildSizes.ts';
import { assert, eventually } from './sandboxPage.ts';
import type { E2eCase } from './sandboxCases.ts';

const LESSON = 'lessons/index.html';
const JUMP_MS = 12000;
/** Generous first waits: the lesson page starts four sandboxes at once on a shared machine. */
const LOAD_MS = 30_000;

/** The frame of the lesson page's iframe embed, once its sandbox shows the time. */
async function lessonFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('#iframe-sandbox').elementHandle();
  const frame = await handle?.contentFrame();
  if (frame == null) throw new Error('the lesson page has no iframe embed');
  await frame.getByTestId('time-now').waitFor({ timeout: LOAD_MS });
  return frame;
}

async function timeIn(scope: Page | Frame, within: string): Promise<number> {
  const value = await scope
    .locator(`${within} [data-testid="time-now"]`)
    .getAttribute('data-now-ms');
  return Number(value);
}

async function openLesson(page: Page, baseUrl: string): Promise<Frame> {
  await page.goto(`${baseUrl}${LESSON}`, { waitUntil: 'domcontentloaded', timeout: LOAD_MS });
  const frame = await lessonFrame(page);
  for (const id of ['#element-sandbox', '#inline-sandbox', '#react-sandbox'])
    await page.locator(`${id} [data-testid="time-now"]`).waitFor({ timeout: LOAD_MS });
  return frame;
}

/** Clicks through the click-to-activate shield, then Play. */
async function activateAndPlay(scope: Page | Frame, within: string): Promise<void> {
  await scope.locator(`${within} [data-testid="embed-activate"]`).click();
  await scope.locator(`${within} .embed-controls`).getByRole('button', { name: 'Play' }).click();
}

async function allThreePlay(page: Page, baseUrl: string): Promise<void> {
  const frame = await openLesson(page, baseUrl);
  await activateAndPlay(frame, 'body');
  await eventually(
    'the iframe sandbox to play',
    () => timeIn(frame, 'body'),
    (ms) => ms > 0,
  );
  await eventually(
    'the lesson page to hear time updates from the iframe',
    async () => Number(await page.getByTestId('iframe-status').getAttribute('data-t-ms')),
    (ms) => ms > 0,
  );
  await activateAndPlay(page, '#element-sandbox');
  await eventually(
    'the web component to play',
    () => timeIn(page, '#element-sandbox'),
    (ms) => ms > 0,
  );
  // The inline scenario has no controls of its own: the page plays it through the element's method.
  await page.locator('#inline-play').click();
  await eventually(
    'the inline scenario to play',
    () => timeIn(page, '#inline-sandbox'),
    (ms) => ms > 0,
  );
  await activateAndPlay(page, '#react-sandbox');
  await eventually(
    'the React component to play',
    () => timeIn(page, '#react-sandbox'),
    (ms) => ms > 0,
  );
  const reactNote = (await page.getByTestId('react-events').textContent()) ?? '';
  assert(
    /t = \d+\.\d{3} s/.test(reactNote),
    `the React example heard no time update: "${reactNote}"`,
  );
}

async function paragraphSeeksAndLinkCarriesIt(page: Page, baseUrl: string): Promise<void> {
  const frame = await openLesson(page, baseUrl);
  await activateAndPlay(frame, 'body');
  await eventually(
    'the iframe sandbox to play',
    () => timeIn(frame, 'body'),
    (ms) => ms > 200,
  );
  await page.getByTestId('jump-paragraph').scrollIntoViewIfNeeded();
  await eventually(
    `the iframe to land at ${JUMP_MS} ms, paused`,
    async () => [
      await timeIn(frame, 'body'),
      await frame.getByTestId('playback-status').textContent(),
    ],
    ([ms, status]) => ms === JUMP_MS && status === 'paused',
  );
  await eventually(
    'the page to hear that the iframe is at 12 s',
    async () => page.getByTestId('iframe-status').getAttribute('data-t-ms'),
    (value) => value === String(JUMP_MS),
  );
  await eventually(
    'the web component to land at 12 s',
    () => timeIn(page, '#element-sandbox'),
    (ms) => ms === JUMP_MS,
  );

  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    frame.getByTestId('embed-open-full').click(),
  ]);
  await popup.waitForLoadState();
  assert(
    popup.url().includes('#/scenario/late-events-allowed-lateness?run='),
    `the full-sandbox link opened ${popup.url()}`,
  );
  const opened = await eventually(
    'the full sandbox to open at the same moment',
    async () => Number(await popup.getByTestId('time-now').getAttribute('data-now-ms')),
    (ms) => ms === JUMP_MS,
  );
  assert(opened === JUMP_MS, `the full sandbox opened at ${opened} ms`);
  await popup.close();
}

/** CSS a careless lesson page might carry: big root font, serif everything, loud boxes. */
const HOSTILE_CSS = `
  html { font-size: 29px !important; }
  body { font-family: 'Courier New', monospace !important; color: #c0f !important; line-height: 3 !important;
    letter-spacing: 0.2em !important; text-transform: uppercase !important; word-spacing: 9px !important; }
  button, input, select { font: 700 21px/2 serif !important; background: hotpink !important;
    border: 4px solid lime !important; padding: 14px !important; border-radius: 0 !important; }
  div, section, p, h2, span, aside, header, ul, li, svg, a { background-color: yellow !important;
    margin: 9px !important; padding: 6px !important; border: 2px dotted red !important; }
  * { box-sizing: content-box !important; }
  stream-sandbox { font-size: 40px; color: red; line-height: 5; font-style: italic; }
`;

async function hostCssDoesNotLeakIn(page: Page, baseUrl: string): Promise<void> {
  await openLesson(page, baseUrl);
  // Park both sandboxes at 12 s first, so nothing on screen moves between the two pictures.
  await page.locator('#jump-button').click();
  await eventually(
    'the web component to land at 12 s',
    () => timeIn(page, '#element-sandbox'),
    (ms) => ms === JUMP_MS,
  );
  // Pinned at the same whole-pixel spot both times, so only the component's own styles can differ:
  // text that moves by a fraction of a pixel on the page would otherwise rasterise differently.
  // The lesson page rounds the element's corners, which would show the (restyled) page through.
  await page.setViewportSize({ width: 1440, height: 1600 });
  const element = page.locator('#element-sandbox');
  await element.evaluate((node: HTMLElement) => {
    const pinned: Record<string, string> = {
      position: 'fixed',
      top: '0',
      left: '0',
      width: '760px',
      'z-index': '9999',
      border: '0',
      'border-radius': '0',
    };
    for (const [name, value] of Object.entries(pinned))
      node.style.setProperty(name, value, 'important');
  });
  await page.mouse.move(1400, 1500);
  const embed = element.locator('.sandbox-embed');
  const before = await embed.screenshot({ animations: 'disabled' });
  const headingFontBefore = await page
    .locator('h1')
    .evaluate((h) => getComputedStyle(h).fontFamily);
  await page.addStyleTag({ content: HOSTILE_CSS });
  const headingFontAfter = await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily);
  assert(
    headingFontAfter !== headingFontBefore,
    'the hostile CSS did not apply to the page itself',
  );
  const after = await embed.screenshot({ animations: 'disabled' });
  assert(before.equals(after), 'the web component looks different under the hostile page CSS');
}

async function refusesDisallowedOrigin(page: Page, baseUrl: string): Promise<void> {
  // Another origin on the same server: "localhost" instead of "127.0.0.1".
  const sandboxOrigin = new URL(baseUrl).origin;
  const otherOrigin = sandboxOrigin.replace('127.0.0.1', 'localhost');
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // Any light page of the other origin will do as the host; a stylesheet opens as a text page.
  // (It must come from the server itself: Chromium keeps pages it cannot place from reaching
  // loopback addresses.)
  await page.goto(`${otherOrigin}/lessons/lesson.css`);
  const embed = `${sandboxOrigin}/embed.html?scenario=core-loop&views=logs&narration=off`;
  await page.evaluate(
    ({ denied, allowed }) => {
      (window as unknown as { heard: unknown[] }).heard = [];
      window.addEventListener('message', (event) =>
        (window as unknown as { heard: unknown[] }).heard.push(event.data),
      );
      const frames: [string, string][] = [
        ['denied', denied],
        ['allowed', allowed],
      ];
      for (const [id, src] of frames) {
        const frame = document.createElement('iframe');
        frame.id = id;
        frame.src = src;
        frame.style.cssText = 'width: 640px; height: 360px';
        document.body.append(frame);
      }
    },
    { denied: embed, allowed: `${embed}&origins=${encodeURIComponent(otherOrigin)}` },
  );
  const frameOf = async (id: string): Promise<Frame> => {
    const frame = await (await page.locator(`#${id}`).elementHandle())?.contentFrame();
    if (frame == null) throw new Error(`no frame #${id}`);
    await frame.getByTestId('time-now').waitFor({ timeout: LOAD_MS });
    return frame;
  };
  const [denied, allowed] = [await frameOf('denied'), await frameOf('allowed')];
  await eventually(
    'the allowed embed to tell the page it is ready',
    () =>
      page.evaluate(() =>
        (window as unknown as { heard: { type?: string }[] }).heard.map((m) => m.type),
      ),
    (types) => types.includes('ready'),
  );
  await page.evaluate((target) => {
    for (const id of ['denied', 'allowed']) {
      const frame = document.getElementById(id) as HTMLIFrameElement;
      frame.contentWindow?.postMessage(
        { channel: 'stream-sandbox', type: 'seek', tMs: 5000 },
        target,
      );
    }
  }, sandboxOrigin);
  await eventually(
    'the allowed embed to seek',
    () => timeIn(allowed, 'body'),
    (ms) => ms === 5000,
  );
  await eventually(
    'a console warning naming the refused origin',
    () => Promise.resolve(warnings),
    (seen) => seen.some((text) => text.includes(`refused the command "seek" from ${otherOrigin}`)),
  );
  assert(
    (await timeIn(denied, 'body')) === 0,
    'the embed that does not allow this origin obeyed it',
  );
}

/** The script as the server sends it must fit the budget, and the lesson page loads it as a module. */
async function elementScriptIsSmallAndDeferred(page: Page, baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}embed/stream-sandbox.js`);
  assert(response.ok, `embed/stream-sandbox.js answered ${response.status}`);
  const gzipBytes = gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
  assert(
    gzipBytes <= ELEMENT_BUDGET_BYTES,
    `the web component's script is ${gzipBytes} bytes gzipped, over the budget of ${ELEMENT_BUDGET_BYTES}`,
  );
  await page.goto(`${baseUrl}${LESSON}`, { waitUntil: 'domcontentloaded', timeout: LOAD_MS });
  const type = await page.locator('script[src$="embed/stream-sandbox.js"]').getAttribute('type');
  assert(
    type === 'module',
    `the lesson page loads the web component as type="${type}", which may block it`,
  );
}

export const EMBED_CASES: readonly E2eCase[] = [
  {
    name: 'lesson page: the iframe, the web component and the React component render and play',
    run: allThreePlay,
  },
  {
    name: 'lesson page: the paragraph seeks the embeds to 12 s; the full-sandbox link opens that moment',
    run: paragraphSeeksAndLinkCarriesIt,
  },
  {
    name: 'lesson page: hostile page CSS does not change the web component’s pixels',
    run: hostCssDoesNotLeakIn,
  },
  {
    name: 'an iframe embed refuses commands from an origin it does not allow',
    run: refusesDisallowedOrigin,
  },
  {
    name: 'the web component’s script is at most 250 KB gzipped and loads as a module',
    run: elementScriptIsSmallAndDeferred,
  },
];
