// A pay period's state in words, with colour as a second cue.
import { Badge } from '@mantine/core';
import type { PeriodStatus } from '../../../../shared/contract/payroll-model';
import { STATUS_COLOURS, STATUS_WORDS } from './words';

export function StatusBadge({ status, testId }: { status: PeriodStatus; testId?: string }) {
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" c="dark.8" tt="none" size="lg" radius="sm" data-testid={testId}>
      {STATUS_WORDS[status]}
    </Badge>
  );
}
