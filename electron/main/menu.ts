// The native menu: File, Edit, View, Help. Lock (Ctrl+L) closes the database and shows the unlock screen.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  lock(): void;
  print(): void;
  openHelp(): void;
  about(): void;
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    {
      label: '&File',
      submenu: [
        { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: () => actions.lock() },
        { label: 'Print this page…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
        { type: 'separator' },
        { role: 'quit', label: 'Exit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: '&View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'GOV.UK: employing people', click: () => actions.openHelp() },
        { label: 'About Peer Office', click: () => actions.about() },
      ],
    },
  ];
}
