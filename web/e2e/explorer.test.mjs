// The explorer: search, the network around an actor, the side panel with a
// meeting and its source sentence, re-centring, the path, the exports, and
// the view kept in the URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { base, open, shot } from './browser.mjs';

async function sourceSentence(page, date) {
  const resp = await page.request.post(`${base}/graphql`, {
    data: { query: `{ meetings(filter: {date: {from: "${date}", to: "${date}"}}) { nodes { sources { sentence } } } }` },
  });
  const body = await resp.json();
  const sentence = body.data?.meetings?.nodes?.[0]?.sources?.[0]?.sentence;
  assert.ok(sentence, `the API gives no source sentence for the meeting of ${date}: ${JSON.stringify(body)}`);
  return sentence;
}

const labels = (page) => page.evaluate(() => window.explorer.cy.nodes().map((n) => n.data('label')));
const ready = (page, what) =>
  page
    .waitForSelector(`body[data-${what}="ready"]`, { timeout: 30_000 })
    .catch(async () => assert.fail(`the ${what} did not finish: status "${await page.locator('#status').innerText()}"`));

test('the explorer finds Norov and shows his network and meetings', { timeout: 90_000 }, async () => {
  const { browser, page, outside, errors } = await open();
  try {
    await page.goto(`${base}/explore`);
    await page.locator('#search').fill('Norov');
    const suggestion = page.locator('#search-box .suggestions li', { hasText: 'Vladimir Norov' });
    await suggestion.waitFor({ timeout: 10_000 }).catch(() => assert.fail('no suggestion "Vladimir Norov" for "Norov"'));
    await suggestion.click();
    await ready(page, 'graph');
    await ready(page, 'panel');

    assert.match(page.url(), /[?&]actor=person%3Avladimir-norov/, 'the URL holds the centre');
    const names = await labels(page);
    for (const want of ['Vladimir Norov', 'Wang Yi', 'Andrei Denisov']) {
      assert.ok(names.includes(want), `the graph shows ${want}; it shows ${names.join(', ')}`);
    }
    // Nodes are coloured by kind: a person and an organisation differ.
    const colours = await page.evaluate(() => {
      const cy = window.explorer.cy;
      return [cy.$id('person:wang-yi').style('background-color'), cy.$id('organisation:shanghai-cooperation-organisation').style('background-color')];
    });
    assert.notEqual(colours[0], colours[1], 'people and organisations are coloured apart');

    const panel = page.locator('#panel');
    await panel.locator('h2', { hasText: 'Vladimir Norov' }).waitFor();
    const meeting = panel.locator('.meeting[data-date="2021-02-02"]');
    await meeting.waitFor({ timeout: 5_000 }).catch(() => assert.fail('the side panel has no meeting of 2 February 2021'));
    assert.match(await meeting.locator('time').innerText(), /2 February 2021/);
    // The sentence the meeting was read from, as the API gives it.
    const want = await sourceSentence(page, '2021-02-02');
    const shown = await meeting.locator('.sentence').allInnerTexts();
    assert.ok(shown.includes(want), `the meeting shows its source sentence "${want}"; it shows ${JSON.stringify(shown)}`);
    assert.ok(await meeting.locator('.source a').count(), 'the meeting links to its source document');
    assert.match(await meeting.locator('.attendees').innerText(), /Wang Yi/);
    await page.waitForFunction(() => document.querySelector('#chart canvas'), null, { timeout: 10_000 });
    await shot(page, 'explorer-norov');

    // Hovering a node shows its details.
    const pos = await page.evaluate(() => {
      const n = window.explorer.cy.$id('person:wang-yi');
      const box = document.querySelector('#graph').getBoundingClientRect();
      return { x: box.left + n.renderedPosition('x'), y: box.top + n.renderedPosition('y') };
    });
    await page.mouse.move(pos.x, pos.y);
    await page.locator('#tooltip', { hasText: 'Wang Yi' }).waitFor({ timeout: 5_000 }).catch(() => assert.fail('no tooltip on hovering Wang Yi'));

    // Clicking a node re-centres the view on it.
    await page.mouse.click(pos.x, pos.y);
    await page.waitForURL(/actor=person%3Awang-yi/, { timeout: 10_000 });
    await ready(page, 'graph');
    await ready(page, 'panel');
    await panel.locator('h2', { hasText: 'Wang Yi' }).waitFor();

    // Exports of the current view.
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    assert.match(png.suggestedFilename(), /\.png$/);
    const pngBytes = await readFile(await png.path());
    assert.equal(pngBytes.subarray(1, 4).toString(), 'PNG', 'the PNG export is a PNG');
    const [gml] = await Promise.all([page.waitForEvent('download'), page.click('#graphml')]);
    const graphml = await readFile(await gml.path(), 'utf8');
    assert.match(graphml, /<graphml/);
    assert.match(graphml, /<data key="label">Vladimir Norov<\/data><data key="kind">PERSON<\/data>/);

    assert.deepEqual(outside, [], 'no request leaves 127.0.0.1');
    assert.deepEqual(errors, [], 'no errors in the page');
  } finally {
    await browser.close();
  }
});

test('a shared link draws the same view, with a path highlighted', { timeout: 60_000 }, async () => {
  const { browser, page, outside, errors } = await open();
  try {
    const q = new URLSearchParams({
      actor: 'person:andrei-denisov',
      depth: '2',
      path: 'organisation:shanghai-cooperation-organisation',
    });
    await page.goto(`${base}/explore/?${q}`);
    await ready(page, 'graph');
    assert.equal(await page.locator('#depth').inputValue(), '2', 'the depth comes from the URL');
    await page
      .locator('#path-result', { hasText: 'Shanghai Cooperation Organisation' })
      .waitFor({ timeout: 10_000 })
      .catch(() => assert.fail('no path from Andrei Denisov to the SCO'));
    const highlighted = await page.evaluate(() => window.explorer.cy.nodes('.path').map((n) => n.id()));
    assert.ok(highlighted.includes('person:andrei-denisov') && highlighted.includes('organisation:shanghai-cooperation-organisation'), `path nodes: ${highlighted}`);
    await ready(page, 'panel');
    await shot(page, 'explorer-path');

    // A date filter that excludes every meeting empties the MET edges.
    await page.locator('#to').fill('2020-01-01'); // fires change
    await page.waitForURL(/to=2020-01-01/);
    await ready(page, 'graph');
    const met = await page.evaluate(() => window.explorer.cy.edges('[relation = "MET"]').length);
    assert.equal(met, 0, 'no meeting before 2020: no MET edges');
    assert.deepEqual(outside, [], 'no request leaves 127.0.0.1');
    assert.deepEqual(errors, [], 'no errors in the page');
  } finally {
    await browser.close();
  }
});
