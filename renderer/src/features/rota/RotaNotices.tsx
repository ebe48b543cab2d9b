// What the office should look at on the rota shown, and what the last save did, with the backend's own words.
import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { RotaWarning } from '../../../../shared/contract/rota';
import { Notice } from '../../components/Notice';

export interface Flash {
  tone: 'done' | 'failed';
  title: string;
  text: string;
  /** What the save set off (never blocking): shown at once, worded as the backend gives them. */
  warnings: RotaWarning[];
  /** When several sessions were marked: the ones refused, each with why. */
  problems?: string[];
}

export function FlashNotice({ flash, onClose }: { flash: Flash; onClose: () => void }) {
  return (
    <Alert
      color={flash.tone === 'done' ? 'teal' : 'red'}
      variant="light"
      role={flash.tone === 'done' ? 'status' : 'alert'}
      title={flash.title}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
      data-testid="rota-flash"
    >
      <Stack gap="xs">
        <Text size="sm">{flash.text}</Text>
        {flash.problems && flash.problems.length > 0 && (
          <List size="sm" spacing={2}>{flash.problems.map((p) => <List.Item key={p}>{p}</List.Item>)}</List>
        )}
        {flash.warnings.length > 0 && (
          <Notice title="To look at" data-testid="saved-warnings">
            <List size="sm" spacing={2}>{flash.warnings.map((w) => <List.Item key={`${w.kind}:${w.message}`}>{w.message}</List.Item>)}</List>
          </Notice>
        )}
      </Stack>
    </Alert>
  );
}

/** Every warning on the stretch shown; each opens the first session it is about. */
export function RotaWarnings({ warnings, hrefFor }: { warnings: RotaWarning[]; hrefFor: (sessionId: number) => string }) {
  if (warnings.length === 0) return null;
  const sorted = [...warnings].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Notice title={`To look at (${warnings.length})`} data-testid="rota-warnings">
      <List size="sm" spacing={4}>
        {sorted.map((w) => (
          <List.Item key={`${w.kind}:${w.sessionIds.join(',')}:${w.message}`}>
            {w.sessionIds[0] === undefined ? w.message : <Anchor component={Link} to={hrefFor(w.sessionIds[0])} c="dark.8" underline="always">{w.message}</Anchor>}
          </List.Item>
        ))}
      </List>
    </Notice>
  );
}
