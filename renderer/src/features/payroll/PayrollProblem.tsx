// What a payroll action refused, in the GOV.UK error pattern. The backend lists several problems one a
// line ("No file was written: Sage 50 would refuse it.\n- ...\n- ..."): those become a list to work through.
import { Alert, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { Problem } from '../../components/useCheckedSubmit';

/** Fields of one form among several on the page, so each summary links to its own inputs. */
export const prefixed = (prefix: string, fields: Record<string, string> = {}): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).map(([name, message]) => [name === 'form' ? name : `${prefix}.${name}`, message]));

export function splitLines(message: string): { intro: string; items: string[] } {
  const lines = message.split('\n').map((l) => l.trim()).filter(Boolean);
  return {
    intro: lines.filter((l) => !l.startsWith('- ')).join(' '),
    items: lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2)),
  };
}

interface Props { problem: Problem | null; prefix: string; labels?: Record<string, string> }

export function PayrollProblem({ problem, prefix, labels }: Props) {
  if (!problem) return null;
  const { intro, items } = splitLines(problem.message);
  if (items.length === 0) {
    const prefixedLabels = labels ? Object.fromEntries(Object.entries(labels).map(([k, v]) => [`${prefix}.${k}`, v])) : undefined;
    return <ErrorSummary message={problem.message} fields={prefixed(prefix, problem.fields)} labels={prefixedLabels} />;
  }
  return <ProblemList intro={intro} items={items} />;
}

function ProblemList({ intro, items }: { intro: string; items: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = `${intro}|${items.join('|')}`;
  useEffect(() => ref.current?.focus(), [key]);
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" title="There is a problem" role="alert" mb="md">
      <Text size="sm" mb="xs">{intro}</Text>
      <List size="sm" spacing={4} data-testid="problem-list">
        {items.map((item, i) => <List.Item key={i}>{item}</List.Item>)}
      </List>
    </Alert>
  );
}
