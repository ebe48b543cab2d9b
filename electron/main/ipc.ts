// Wires every contract channel to the backend. Each call is checked: it must come from the top frame of
// our own window (or of a hidden print window we opened), and the backend validates its input against
// the contract's schema before anything runs.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS } from '../../shared/contract/channels';
import { PRINT_WINDOW_CHANNELS } from '../../shared/contract/print';
import { fail } from '../../shared/contract/result';
import type { Backend } from '../backend/backend';
import { isOwnPage } from './security';

const NO_PRINT_WINDOWS: ReadonlySet<WebContents> = new Set();
const printWindowChannels = new Set(PRINT_WINDOW_CHANNELS);

export function isTrustedSender(
  event: IpcMainInvokeEvent,
  ownContents: () => WebContents | null,
  pageUrl: string,
  printContents: ReadonlySet<WebContents> = NO_PRINT_WINDOWS,
): boolean {
  const frame = event.senderFrame;
  const contents = ownContents();
  const ours = (contents !== null && event.sender === contents) || printContents.has(event.sender);
  if (!frame || !ours) return false;
  // Only the top frame of our own page: never an iframe, never a page we navigated away to.
  return frame === event.sender.mainFrame && isOwnPage(frame.url, pageUrl);
}

export function registerIpc(
  ipcMain: IpcMain,
  backend: Backend,
  ownContents: () => WebContents | null,
  pageUrl: string,
  printContents: ReadonlySet<WebContents> = NO_PRINT_WINDOWS,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event, ownContents, pageUrl, printContents)) {
        return fail('FORBIDDEN', 'This request did not come from the Peer Office window.');
      }
      // A print window only reads what its page shows: it never writes, unlocks or exports.
      if (event.sender !== ownContents() && !printWindowChannels.has(channel)) {
        return fail('FORBIDDEN', 'A print window can only read the page it prints.');
      }
      return backend.invokeUnknown(channel, input);
    });
  }
}
