// Shared set-up of the browser tests: Debian's Chromium driven by
// playwright-core (never a browser downloaded by playwright), a context
// that lets no request leave 127.0.0.1, and screenshots in $SCREENSHOTS.
import { chromium } from 'playwright-core';
import path from 'node:path';

export const base = process.env.BASE_URL ?? 'http://127.0.0.1:8093';
export const screenshots = process.env.SCREENSHOTS ?? path.join(import.meta.dirname, 'output');

/**
 * Launches Chromium and opens a page. Every request is checked: one whose
 * host is not 127.0.0.1 is aborted and recorded in `outside`, which each
 * test asserts is empty at its end.
 */
export async function open() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, acceptDownloads: true });
  const outside = [];
  const errors = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && url.hostname !== '127.0.0.1') {
      outside.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  // Requests the router does not see (service workers, websockets) are
  // recorded too.
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1' && !outside.includes(url.href)) {
      outside.push(url.href);
    }
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  return { browser, context, page, outside, errors };
}

export function shot(page, name) {
  return page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}
