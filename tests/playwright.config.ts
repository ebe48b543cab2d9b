// End-to-end tests: the real renderer in Debian's Chromium, through the browser host, against the real
// backend and a real encrypted database file in a fresh folder for every test.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
    trace: 'off',
    screenshot: 'off',
    launchOptions: {
      // npx playwright install cannot download browsers here: use the system's Chromium.
      executablePath: process.env['PEER_OFFICE_CHROMIUM'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
});
