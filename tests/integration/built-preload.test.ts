// The preload as built for the sandbox: one CommonJS file that needs only 'electron' and lists exactly
// the contract's channels (a stale build would refuse new channels or allow removed ones).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract/channels';
import { EVENTS } from '../../shared/contract/channel-names';

const BUILT = fileURLToPath(new URL('../../out/preload/index.cjs', import.meta.url));

describe('the built preload', () => {
  const code = existsSync(BUILT) ? readFileSync(BUILT, 'utf8') : null;

  it('exists (npm test builds it first; otherwise run "npx electron-vite build")', () => {
    expect(code, `no ${BUILT}`).not.toBeNull();
  });

  it('requires nothing but electron, and carries no schema library', () => {
    const required = [...code!.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/\bzod\b|ZodObject|safeParse/);
    expect(code!.length).toBeLessThan(8_000);
  });

  it('lists exactly the contract’s channels and events', () => {
    const listed = /CHANNEL_NAMES\s*=\s*\[([^\]]*)\]/.exec(code!)?.[1];
    expect(listed).toBeDefined();
    const names = [...listed!.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(Object.keys(contract).sort());
    for (const event of EVENTS) expect(code).toContain(`"${event}"`);
  });
});
