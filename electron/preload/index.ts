// The preload: a narrow, named bridge. It exposes invoke(channel, input) for the contract's channels,
// on(event) for the contract's events, print.page/print.ready for printing and remember.* for "remember on
// this Windows account", never ipcRenderer itself.
// It imports channel names, types and the print checks only, so it bundles to one small CommonJS file
// that runs in the sandbox.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, EVENTS, type AppEvent } from '../../shared/contract/channel-names';
import type { PeerOfficeApi } from '../../shared/contract/channels';
import { PRINT_PAGE_CHANNEL, PRINT_READY_CHANNEL, printRequestProblem, type PrintBridge } from '../../shared/contract/print';
import { REMEMBER_CHANNELS, type RememberBridge } from '../../shared/contract/remember';

const allowed = new Set<string>(CHANNEL_NAMES);
const events = new Set<string>(EVENTS);

// Checked here as well as in main, so a bad request never leaves the page; only the three fields go on.
const print: PrintBridge = {
  page: (request) => {
    const problem = printRequestProblem(request);
    if (problem) return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: problem } });
    return ipcRenderer.invoke(PRINT_PAGE_CHANNEL, { path: request.path, action: request.action, fileName: request.fileName });
  },
  ready: () => ipcRenderer.send(PRINT_READY_CHANNEL),
};

// Only a passphrase (a string) goes to main; main checks it again and unlocks through the backend.
const remember: RememberBridge = {
  status: () => ipcRenderer.invoke(REMEMBER_CHANNELS.status),
  unlockAndRemember: (passphrase) => ipcRenderer.invoke(REMEMBER_CHANNELS.unlockAndRemember, typeof passphrase === 'string' ? passphrase : ''),
  unlockRemembered: () => ipcRenderer.invoke(REMEMBER_CHANNELS.unlockRemembered),
  forget: () => ipcRenderer.invoke(REMEMBER_CHANNELS.forget),
};

const api: PeerOfficeApi = {
  host: 'electron',
  print,
  remember,
  invoke: (channel, input) => {
    if (!allowed.has(channel)) return Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: 'Unknown request.' } });
    return ipcRenderer.invoke(channel, input);
  },
  on: (event: AppEvent, listener: () => void) => {
    if (!events.has(event)) return () => {};
    const wrapped = () => listener();
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
};

contextBridge.exposeInMainWorld('peerOffice', api);
