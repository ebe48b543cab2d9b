// A recovery key as it is shown once, with "Print the recovery key": on the first-run screen and when a
// new key is made in Settings. One component, so both print the same sheet in the same way. Printing gives
// the key alone (styles.css leaves the rest of the window off the paper: a Settings page holds other forms),
// headed with whose key it is and the day it was made, because a key made later replaces it and an old
// printout must be told apart from the new one.
import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { formatUkDate, londonToday } from '../../../shared/domain/dates';

/** On <body> while the recovery key is being printed: styles.css then prints only the sheet. */
export const PRINTING_RECOVERY_KEY = 'printing-recovery-key';

const stopPrinting = () => document.body.classList.remove(PRINTING_RECOVERY_KEY);

function printRecoveryKey(): void {
  document.body.classList.add(PRINTING_RECOVERY_KEY);
  // The print dialog may return before the page is printed: the mark goes once printing is over.
  window.addEventListener('afterprint', stopPrinting, { once: true });
  window.print();
}

interface Props {
  recoveryKey: string;
  /** The key's accessible name on screen ("Recovery key", "New recovery key"). */
  label: string;
  'data-testid': string;
  /** Printed above the key, when known. */
  officeName?: string | null | undefined;
}

export function PrintableRecoveryKey({ recoveryKey, label, officeName, 'data-testid': testId }: Props) {
  // Leaving the screen mid-print must not leave the rest of the app hidden from the next print.
  useEffect(() => stopPrinting, []);
  const madeOn = formatUkDate(londonToday(new Date()));
  return (
    <Stack gap="md" className="recovery-key-sheet">
      {/* A plain div: Mantine's own display rule on a Stack would fight the class's. */}
      <div className="recovery-key-paper-only" data-testid="recovery-key-paper-heading">
        <Stack gap="xs">
          <Title order={2} size="h3">Peer Office recovery key</Title>
          <Text>{officeName ? `${officeName}. ` : ''}Made on {madeOn}.</Text>
          <Text>
            If the passphrase is forgotten, this key opens the records. Keep it somewhere safe, away from the PC. A newer recovery key
            made in Settings replaces it; backups made before then still open with this one.
          </Text>
        </Stack>
      </div>
      <Code block fz={26} ta="center" py="lg" data-testid={testId} aria-label={label}>{recoveryKey}</Code>
      <Group className="no-print">
        <Button variant="light" onClick={printRecoveryKey}>Print the recovery key</Button>
      </Group>
    </Stack>
  );
}
