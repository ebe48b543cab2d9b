// The GOV.UK error pattern: a summary at the top of the form that takes focus and links to each field.
import { Alert, Anchor, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';

export interface ErrorSummaryProps {
  /** The backend's or the form's overall message. */
  message: string | null;
  /** Field name -> message; each becomes a link to the input with id `field-<name>`. */
  fields?: Record<string, string>;
  labels?: Record<string, string>;
}

export const fieldId = (name: string) => `field-${name.replace(/\./g, '-')}`;

/** The summary's line above its links when the form's own check finds problems (useCheckedSubmit). */
export const CHECK_BELOW = 'Check the details below.';

const NO_FIELDS: Record<string, string> = {};
const NO_LABELS: Record<string, string> = {};

export function ErrorSummary({ message, fields = NO_FIELDS, labels = NO_LABELS }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fields).filter(([name]) => name !== 'form');
  // Focus moves to the summary when a new problem appears, never on a mere re-render: the person may
  // be typing in a field to put it right.
  const problemKey = message ? `${message}|${entries.map(([k, v]) => `${k}:${v}`).join('|')}` : '';
  useEffect(() => {
    if (problemKey) ref.current?.focus();
  }, [problemKey]);
  if (!message) return null;
  // A refusal about one field often says the same words overall: the link alone says it, once, and the
  // line above it says what every other summary with links says.
  const sameAsField = entries.some(([, text]) => text === message);
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" title="There is a problem" role="alert" aria-labelledby={undefined} mb="md">
      <Text size="sm" mb={entries.length ? 'xs' : 0}>{sameAsField ? CHECK_BELOW : message}</Text>
      {entries.length > 0 && (
        <List size="sm" spacing={4}>
          {entries.map(([name, text]) => (
            <List.Item key={name}>
              <Anchor
                href={`#${fieldId(name)}`}
                c="red.9"
                onClick={(e) => {
                  e.preventDefault();
                  // A group of checkboxes has no focus of its own: go to its first box.
                  const field = document.getElementById(fieldId(name));
                  const target = field?.matches('input, select, textarea, button') ? field : field?.querySelector<HTMLElement>('input, select, textarea, button');
                  target?.focus();
                }}
              >
                {labels[name] ? `${labels[name]}: ` : ''}
                {text}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
