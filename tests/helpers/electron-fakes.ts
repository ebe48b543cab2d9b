// Stand-ins for the few Electron objects electron/main touches, so its wiring is tested under Node
// (no Electron binary can run on this machine).
import { vi } from 'vitest';

export interface FakeFrame { url: string }

export function fakeWebContents(url = 'file:///app/out/renderer/index.html') {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    mainFrame: { url } as FakeFrame,
    on: vi.fn((event: string, handler: (...args: unknown[]) => void) => void handlers.set(event, handler)),
    send: vi.fn(),
    print: vi.fn(),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => { action: string }) => void (openHandler = handler)),
    /** Fires a webContents event the way Electron would; returns whether the handler cancelled it. */
    emit(event: string, ...args: unknown[]): boolean {
      const e = { preventDefault: vi.fn() };
      handlers.get(event)?.(e, ...args);
      return e.preventDefault.mock.calls.length > 0;
    },
    openWindow: (url: string) => openHandler!({ url }),
    handlers,
  };
}
export type FakeWebContents = ReturnType<typeof fakeWebContents>;

export function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  return { handlers, handle: vi.fn((channel: string, fn: (event: unknown, input: unknown) => unknown) => void handlers.set(channel, fn)) };
}
