/**
 * npm run demo — the product on a bundled sample: builds (npm script), serves a provincial report page
 * template under a gov.cn name on 127.0.0.1, and opens Chromium with the extension. With a display the
 * browser stays open until you close it; without one it runs headless and saves docs/demo.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, REPO_ROOT } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/server';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await startFixtureServer();
const browser = await launchWithExtension({ headless: !headed, viewport: headed ? null : { width: 1280, height: 900 } });

/** Close the browser (deleting its temporary profile) and the server, once. */
let stopping: Promise<void> | undefined;
const stop = () => (stopping ??= Promise.all([browser.close(), server.close()]).then(() => undefined));
// Ctrl+C in the terminal: leave no browser or temporary profile behind.
process.once('SIGINT', () => void stop().then(() => process.exit(130)));

try {
  const page = await browser.context.newPage();
  const url = server.govUrl('provincial-trs.html');
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-gov-report'), null, { timeout: 20_000 });
  const state = await page.evaluate(() => document.documentElement.getAttribute('data-gov-report'));
  console.log(`demo page: ${url} — report state: ${state}`);

  if (headed) {
    console.log('Chromium is open with the extension; close the window (or press Ctrl+C) to stop.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  } else {
    // Scroll to the year's targets so the picture shows both kinds of highlight and the badge.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes('主要预期目标'));
      p?.scrollIntoView({ block: 'center' });
    });
    await page.waitForTimeout(300);
    mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
    const file = join(REPO_ROOT, 'docs/demo.png');
    await page.screenshot({ path: file });
    console.log(`no display: saved a screenshot to ${file}`);
  }
} finally {
  await stop();
}
