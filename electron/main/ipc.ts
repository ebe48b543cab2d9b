// Wires every contract channel to the backend. Each call is checked: it must come from our own window's
// top frame, and the backend validates its input against the contract's schema before anything runs.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS } from '../../shared/contract/channels';
import { fail } from '../../shared/contract/result';
import type { Backend } from '../backend/backend';
import { isOwnPage } from './security';

export function isTrustedSender(event: IpcMainInvokeEvent, ownContents: () => WebContents | null, pageUrl: string): boolean {
  const frame = event.senderFrame;
  const contents = ownContents();
  if (!frame || !contents || event.sender !== contents) return false;
  // Only the top frame of our own page: never an iframe, never a page we navigated away to.
  return frame === contents.mainFrame && isOwnPage(frame.url, pageUrl);
}

export function registerIpc(ipcMain: IpcMain, backend: Backend, ownContents: () => WebContents | null, pageUrl: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event, ownContents, pageUrl)) {
        return fail('FORBIDDEN', 'This request did not come from the Peer Office window.');
      }
      return backend.invokeUnknown(channel, input);
    });
  }
}
