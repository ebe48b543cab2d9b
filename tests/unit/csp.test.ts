// The CSP lives in two places: the header Electron and the browser host send, and the meta tag in
// index.html that guards the page even before either has a say. They must not drift apart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';

const html = readFileSync(fileURLToPath(new URL('../../renderer/index.html', import.meta.url)), 'utf8');

describe('content security policy', () => {
  it('is the same in index.html as in the header, less what a meta tag cannot carry', () => {
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    // frame-ancestors is ignored in a meta tag, so only the header carries it.
    const header = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta).toBe(header);
  });
});
