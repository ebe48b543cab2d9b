// Builds the three parts of the desktop app: main process, preload and renderer.
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/** The database migrations travel with the main bundle, so a packaged app finds them beside itself. */
const copyMigrations = {
  name: 'peer-office-copy-migrations',
  closeBundle() {
    cpSync(resolve(__dirname, 'electron/backend/db/migrations'), resolve(__dirname, 'out/main/migrations'), { recursive: true });
  },
};

export default defineConfig({
  main: {
    plugins: [copyMigrations],
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts') },
      // A sandboxed preload cannot load ES modules or other files: one CommonJS file that needs only 'electron'.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
