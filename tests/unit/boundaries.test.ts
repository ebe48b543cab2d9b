// The boundary lint must actually fail when a line is crossed: each case lints a one-line file placed
// in a folder where that import is forbidden, and one where it is allowed.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, 'tests/eslint.config.js') });

async function restricted(code: string, filePath: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('process boundaries', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", 'renderer/src/features/x.ts'],
    ["import { ipcRenderer } from 'electron';", 'renderer/src/features/x.ts'],
    ["import Database from 'better-sqlite3';", 'renderer/src/features/x.tsx'],
    ["import { createBackend } from '../../../electron/backend/backend';", 'renderer/src/features/x.ts'],
    ["import { app } from 'electron';", 'electron/backend/members/x.ts'],
    ["import { registerIpc } from '../../main/ipc';", 'electron/backend/members/x.ts'],
    ["import { join } from 'node:path';", 'shared/domain/x.ts'],
    ["import { useState } from 'react';", 'shared/domain/x.ts'],
    ["import { z } from 'zod';", 'electron/preload/x.ts'],
    ["import { contract } from '../../shared/contract/channels';", 'electron/preload/x.ts'],
  ])('refuses %s in %s', async (code, file) => {
    expect(await restricted(code, file)).toBe(true);
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", 'electron/backend/members/x.ts'],
    ["import { app } from 'electron';", 'electron/main/x.ts'],
    ["import { z } from 'zod';", 'shared/contract/x.ts'],
    ["import type { PeerOfficeApi } from '../../shared/contract/channels';", 'electron/preload/x.ts'],
    ["import { useState } from 'react';", 'renderer/src/features/x.ts'],
  ])('allows %s in %s', async (code, file) => {
    expect(await restricted(code, file)).toBe(false);
  });
});
