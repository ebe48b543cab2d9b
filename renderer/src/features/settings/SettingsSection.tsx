// The heading of one Settings page under the area's "Settings" h1, with an optional line saying what is here.
// A page that is one box whose legend already says its name (Supervision, Absence) keeps the heading for
// screen readers only, rather than showing the same word twice.
import { Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  intro?: string;
  /** The page's only box already shows the title as its legend. */
  titleShownByLegend?: boolean;
  /** The page's one main action, beside the heading (the audit log's export). */
  action?: ReactNode;
  children: ReactNode;
}

export function SettingsSection({ title, intro, titleShownByLegend = false, action, children }: Props) {
  const headingId = useId();
  const heading = <Title order={2} size="h3" id={headingId}>{title}</Title>;
  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      {titleShownByLegend ? <VisuallyHidden>{heading}</VisuallyHidden> : action ? <Group justify="space-between" align="flex-end">{heading}{action}</Group> : heading}
      {intro && <Text size="sm">{intro}</Text>}
      {children}
    </Stack>
  );
}
