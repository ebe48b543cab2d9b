// A print page inside the app, as it will be on paper, with Print and Save as PDF. In the desktop app both
// go through a hidden print window (electron/main/print.ts) that loads the same page on its own; in the
// browser host both open Chromium's print dialog, whose printer list offers Save as PDF.
import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { PrintAction } from '../../../../shared/contract/print';
import { ApiError } from '../../api/client';
import { PrintRoutes } from './PrintRoutes';
import { PrintModeContext, type PrintMode, type ReadyPage } from './printMode';

/** Where Back goes when the preview was opened directly (no page before it in this window). */
function fallbackFor(rest: string): string {
  if (rest.startsWith('support')) return '/support';
  if (rest.startsWith('probation')) return '/staff';
  return '/supervision';
}

export function PrintPreview() {
  const rest = useParams()['*'] ?? '';
  const location = useLocation();
  const navigate = useNavigate();
  const printPath = `/print/${rest}${location.search}`;
  const [ready, setReady] = useState<{ path: string; page: ReadyPage } | null>(null);
  // Buttons wake only once this page's data is shown: never print a sheet that says "Loading".
  const page = ready?.path === printPath ? ready.page : null;
  const mode = useMemo<PrintMode>(() => ({ kind: 'preview', onReady: (p) => setReady({ path: printPath, page: p }) }), [printPath]);
  const bridge = window.peerOffice.print;

  const send = useMutation({
    mutationFn: async ({ action, fileName }: { action: PrintAction; fileName: string }) => {
      const result = await bridge!.page({ path: printPath, action, fileName });
      if (!result.ok) throw new ApiError(result.error);
      return { action, savedTo: result.value.savedTo };
    },
  });
  const start = (action: PrintAction) => {
    if (!page) return;
    if (bridge) send.mutate({ action, fileName: page.fileName });
    else window.print();
  };
  const back = () => (location.key === 'default' ? navigate(fallbackFor(rest)) : navigate(-1));

  return (
    <>
      <div className="no-print">
        <Group justify="space-between" mb="md" wrap="wrap">
          <Button variant="default" onClick={back}>Back</Button>
          <Group gap="sm">
            <Button onClick={() => start('print')} disabled={!page} loading={send.isPending && send.variables.action === 'print'}>Print…</Button>
            <Button variant="default" onClick={() => start('pdf')} disabled={!page} loading={send.isPending && send.variables.action === 'pdf'}>Save as PDF…</Button>
          </Group>
        </Group>
        {!bridge && (
          <Text size="sm" mb="md">To save a PDF, choose Save as PDF as the printer in the print dialog.</Text>
        )}
        {send.isPending && <Text size="sm" mb="md" role="status">Preparing the page for {send.variables.action === 'pdf' ? 'the PDF' : 'the printer'}…</Text>}
        {send.isSuccess && send.data.savedTo && <Text size="sm" mb="md" role="status" className="saved-note">Saved to {send.data.savedTo}</Text>}
        {send.isError && (
          <Alert color="red" role="alert" mb="md" title="Not printed">{send.error.message}</Alert>
        )}
      </div>
      <PrintModeContext.Provider value={mode}>
        <PrintRoutes />
      </PrintModeContext.Provider>
    </>
  );
}
