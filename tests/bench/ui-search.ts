// Prints how long the members list takes to follow typing in the search box, in Chromium, over 3,000
// people: from the key press to the table showing the new count. A figure to watch, not a pass mark.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startBrowserHost } from '../../electron/browser-host/server';
import { populateDemo } from '../../electron/backend/members/demo';

const PEOPLE = 3000;
const PASSPHRASE = 'kettle orchard lantern';

const dataDir = mkdtempSync(join(tmpdir(), 'peer-office-bench-ui-'));
const host = await startBrowserHost({ dataDir, port: 0 });
await host.backend.session.create({ officeName: 'Bench office', passphrase: PASSPHRASE, demo: true, populate: (ctx) => populateDemo(ctx, PEOPLE) });
host.backend.session.lock();
const browser = await chromium.launch({
  executablePath: process.env['PEER_OFFICE_CHROMIUM'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  await page.goto(host.url);
  await page.getByLabel(/^Passphrase/).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByTestId('member-count').waitFor();
  const search = page.getByLabel('Search');
  const timings: number[] = [];
  for (const word of ['smith', 'bn11', 'jo', 'rh1', '07700 9001', 'ca', 'wil']) {
    await search.fill('');
    await page.waitForFunction((n) => document.querySelector('[data-testid=member-count]')?.textContent?.startsWith(`${n.toLocaleString('en-GB')} people`), PEOPLE);
    let typed = '';
    for (const ch of word) {
      typed += ch;
      // The count the list must reach for what has been typed so far, asked of the backend directly.
      const expected = await host.backend.invoke('members:search', { query: typed, limit: 1 });
      if (!expected.ok) throw new Error(expected.error.message);
      const want = expected.value.total === PEOPLE ? `${PEOPLE.toLocaleString('en-GB')} people` : `${expected.value.total.toLocaleString('en-GB')} of`;
      const t0 = performance.now();
      await search.press(ch === ' ' ? 'Space' : ch);
      await page.waitForFunction((w) => document.querySelector('[data-testid=member-count]')?.textContent?.startsWith(w), want, { polling: 5 });
      timings.push(Math.round(performance.now() - t0));
    }
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!;
  process.stdout.write(`UI search over ${PEOPLE} people, key press to updated list (${timings.length} key presses): median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${timings[timings.length - 1]} ms\n`);
} finally {
  await browser.close();
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
}
