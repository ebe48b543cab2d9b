// Unit, integration and contract tests run under Node; component tests of the renderer under jsdom.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export default defineConfig({
  root,
  test: {
    projects: [
      // Generous limits: no test is timed (speed is measured by `npm run bench`), and CI's machine may be busy.
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'], testTimeout: 90_000 },
      },
      {
        extends: true,
        plugins: [react()],
        test: { name: 'renderer', environment: 'jsdom', include: ['tests/component/**/*.test.tsx'], setupFiles: ['tests/component/setup.ts'], testTimeout: 60_000 },
      },
    ],
  },
});
