// The preload: a narrow, named bridge. It exposes invoke(channel, input) for the contract's channels and
// on(event) for the contract's events, never ipcRenderer itself. It imports channel names and types only,
// so it bundles to one small CommonJS file that runs in the sandbox.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, EVENTS, type AppEvent } from '../../shared/contract/channel-names';
import type { PeerOfficeApi } from '../../shared/contract/channels';

const allowed = new Set<string>(CHANNEL_NAMES);
const events = new Set<string>(EVENTS);

const api: PeerOfficeApi = {
  host: 'electron',
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
