// The playground renders and runs a query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, open, shot } from './browser.mjs';

test('the playground renders and runs a query', { timeout: 60_000 }, async () => {
  const { browser, page, outside, errors } = await open();
  try {
    await page.goto(`${base}/`);
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ timeout: 20_000 }).catch(() => assert.fail('no GraphiQL execute button: the playground did not render'));
    // The first tab is the first example of playground/examples.js.
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 20_000 });
    await run.click();
    const response = page.locator('.graphiql-response');
    await response
      .getByText('"data"', { exact: false })
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(async () => assert.fail(`the query's response did not show: ${(await response.innerText()).slice(0, 300)}`));
    const text = await response.innerText();
    assert.match(text, /"data":\s*\{\s*"\w+":\s*[{[]/, `the response holds data: ${text.slice(0, 200)}`);
    assert.doesNotMatch(text, /"errors"/, 'the response has no errors');
    await shot(page, 'playground');
    assert.deepEqual(outside, [], 'no request leaves 127.0.0.1');
    assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), [], 'no errors in the page');
  } finally {
    await browser.close();
  }
});
