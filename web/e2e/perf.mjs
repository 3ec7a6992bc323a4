// Measures the explorer on a large view (not part of the test suite):
//
//   actorgraph gen --preset small --out /tmp/corpus && actorgraph load /tmp/corpus/truth
//   actorgraph serve --addr 127.0.0.1:8093 &
//   BASE_URL=http://127.0.0.1:8093 node web/e2e/perf.mjs [ACTOR_ID]
//
// It opens the most connected person's depth-2 network with the node limit
// at the API's maximum (2000), and prints the time to query, add, lay out
// and draw it, and the frame rate while panning and zooming.
import { base, open, shot } from './browser.mjs';

const { browser, page, outside, errors } = await open();
try {
  let actor = process.argv[2];
  if (!actor) {
    const resp = await page.request.post(`${base}/graphql`, {
      data: { query: '{ stats { topActors(kinds: [PERSON], by: MEETING_COUNT, first: 1) { actor { id name } score } } }' },
    });
    actor = (await resp.json()).data.stats.topActors[0].actor.id;
  }
  const q = new URLSearchParams({ actor, depth: '2', limit: '2000' });
  const t0 = Date.now();
  await page.goto(`${base}/explore/?${q}`);
  await page.waitForSelector('body[data-graph="ready"]', { timeout: 120_000 });
  const wall = Date.now() - t0;
  const timings = await page.evaluate(() => window.explorer.timings);
  // Frame rate while a user drags the view and zooms with the wheel: real
  // mouse events, so that the fast settings for viewport changes apply.
  await page.evaluate(() => {
    window.frames_ = { n: 0, worst: 0, last: performance.now(), on: true };
    const step = (now) => {
      const f = window.frames_;
      f.n++;
      f.worst = Math.max(f.worst, now - f.last);
      f.last = now;
      if (f.on) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  const box = await page.locator('#graph').boundingBox();
  const cx = box.x + box.width / 2;
  const cyy = box.y + box.height / 2;
  const t1 = Date.now();
  await page.mouse.move(cx, cyy);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) await page.mouse.move(cx + 200 * Math.sin(i / 6), cyy + 120 * Math.cos(i / 6));
  await page.mouse.up();
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? -120 : 120);
  const ms = Date.now() - t1;
  const fps = await page.evaluate((ms) => {
    window.frames_.on = false;
    return { fps: Math.round((window.frames_.n * 1000) / ms), worstFrameMs: Math.round(window.frames_.worst), ms };
  }, ms);
  await page.evaluate(() => window.explorer.cy.fit());
  await shot(page, 'explorer-large');
  console.log(JSON.stringify({ actor, pageLoadToLaidOutMs: wall, ...timings, pan: fps, outside, errors }, null, 2));
} finally {
  await browser.close();
}
