// End-to-end tests in real Chromium: build the app, serve it with `vite preview`, run every case
// in a fresh page, and fail a case on any console error. The preview server is always stopped.
// Usage: npx tsx tests/e2e/run.ts

import type { Browser } from 'playwright-core';
import { launchChromium, openWatchedPage } from './browser.ts';
import { buildApp, startPreviewServer, type PreviewServer } from './previewServer.ts';
import { E2E_CASES, type E2eCase } from './sandboxCases.ts';
import { EMBED_CASES } from './embedCases.ts';
import { checkCrossEngineHashes } from './crossEngineHashes.ts';

async function runCase(
  browser: Browser,
  baseUrl: string,
  testCase: E2eCase,
): Promise<string | null> {
  const { page, problems, close } = await openWatchedPage(browser);
  try {
    await testCase.run(page, baseUrl);
    return problems.length === 0 ? null : problems.join('\n');
  } catch (error) {
    return [error instanceof Error ? error.message : String(error), ...problems].join('\n');
  } finally {
    await close();
  }
}

async function main(): Promise<number> {
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  try {
    buildApp();
    server = await startPreviewServer();
    browser = await launchChromium();
    // E2E_ONLY=<part of a name> runs the matching cases only, for work on one of them.
    const only = process.env.E2E_ONLY;
    const cases = [...E2E_CASES, ...EMBED_CASES].filter(
      (testCase) => only === undefined || testCase.name.includes(only),
    );
    for (const testCase of cases) {
      const failure = await runCase(browser, server.url, testCase);
      if (failure === null) passed += 1;
      else failed += 1;
      console.log(
        failure === null
          ? `ok   ${testCase.name}`
          : `FAIL ${testCase.name}\n     ${failure.replaceAll('\n', '\n     ')}`,
      );
    }
    const crossEngine = await checkCrossEngineHashes(browser);
    if (crossEngine === null) passed += 1;
    else failed += 1;
    console.log(
      crossEngine === null
        ? 'ok   trace hashes agree in Node and Chromium'
        : `FAIL trace hashes differ between Node and Chromium\n     ${crossEngine.replaceAll('\n', '\n     ')}`,
    );
  } catch (error) {
    failed += 1;
    console.log(
      `FAIL setup: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  } finally {
    await browser?.close().catch(() => undefined);
    server?.stop();
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
