// Edits one of the office's lists as text, one entry a line: quick to type, easy to reorder.
import { Alert, Button, Fieldset, Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorOf } from '../../api/client';
import { useUpdateSettings } from '../../api/office';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import type { ListKind } from '../../../../shared/contract/office';

interface Props { kind: ListKind; legend: string; description: string; items: string[] }

export function ListEditor({ kind, legend, description, items }: Props) {
  const { updateList } = useUpdateSettings();
  const [text, setText] = useState(items.join('\n'));
  const [saved, setSaved] = useState(false);
  const problem = updateList.error ? errorOf(updateList.error) : null;
  // The backend names the entry at fault ("items" or "items.3"); show it beside the one text box.
  const fieldError = problem?.fields ? Object.values(problem.fields)[0] : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const entries = text.split('\n').map((s) => s.trim()).filter(Boolean);
    updateList.mutate({ kind, items: entries }, { onSuccess: () => setSaved(true) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Fieldset legend={legend}>
        <Stack>
          <ErrorSummary message={problem?.message ?? null} fields={fieldError ? { [kind]: fieldError } : undefined} labels={{ [kind]: legend }} />
          {saved && <Alert color="teal" variant="light" role="status">{legend} saved.</Alert>}
          <Textarea
            id={fieldId(kind)}
            label={`${legend}, one on each line`}
            description={`${description} People keep what they already have if you rename or remove an entry.`}
            autosize
            minRows={5}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError}
          />
          <Group><Button type="submit" variant="light" loading={updateList.isPending}>Save {legend.toLowerCase()}</Button></Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
