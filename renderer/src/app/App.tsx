// Which screen to show follows the office's state: none yet, locked, or unlocked.
import { Center, Loader, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { forgetLastRestore } from '../api/backup';
import { startAfresh, useOfficeStatus } from '../api/office';
import { forgetPersonalData } from '../api/security';
import { YourNameProvider } from '../features/payroll/yourName';
import { WelcomeScreen } from '../features/setup/WelcomeScreen';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import { PrintStandalone } from '../features/print/PrintRoutes';
import { Shell } from './Shell';

export function App() {
  const status = useOfficeStatus();
  const client = useQueryClient();
  const { pathname } = useLocation();

  useEffect(
    // The desktop menu's Lock happens in the main process; it tells us so we can show the unlock screen.
    () => window.peerOffice.on('office:locked', () => void startAfresh(client)),
    [client],
  );

  const state = status.data?.state;
  useEffect(() => {
    // However the office came to be locked (Lock, Ctrl+L, auto-lock, Windows locking) or unlocked, once
    // the screens that were showing are gone, nothing they read or had typed into them stays in the caches.
    if (state !== undefined) forgetPersonalData(client, state);
    if (state === 'unlocked') forgetLastRestore();
  }, [state, client]);

  if (status.isPending) return <Center h="100vh"><Loader aria-label="Loading" /></Center>;
  if (status.isError) return <Center h="100vh"><Text role="alert">{status.error.message}</Text></Center>;
  if (status.data.state === 'none') return <main><WelcomeScreen /></main>;
  if (status.data.state === 'locked') return <main><UnlockScreen /></main>;
  // A print page stands alone, without the app's frame: it is the paper a print window prints.
  if (pathname.startsWith('/print/')) return <PrintStandalone />;
  // Held only while unlocked: locking unmounts the provider, and the name typed for payroll goes with it.
  return <YourNameProvider><Shell status={status.data} /></YourNameProvider>;
}
