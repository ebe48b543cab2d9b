// The audit log's filters: days (in England), area, what was done, and the record. A choice from a list
// applies at once; dates and the record apply on Enter or "Show entries" (and quietly on leaving
// the box when they are right), so a half-typed date never flashes an error and nothing moves under the
// pointer on its way to the button. Checked by the contract's own schema.
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  AUDIT_ACTION_WORDS, AUDIT_ACTIONS, AUDIT_AREA_WORDS, AUDIT_AREAS, AUDIT_RECORD_TYPES, auditExportSchema, capitalised, type AuditFilters as Filters,
} from '../../../../shared/contract/audit';
import { fieldErrors } from '../../../../shared/contract/channels';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { UkDateInput } from '../../components/UkDateInput';

export const NO_FILTERS: Filters = { from: '', to: '', area: '', action: '', recordType: '', record: '' };

const LABELS: Record<string, string> = { from: 'From', to: 'To', record: 'Record' };

/** The draft as the filters it stands for, or what is wrong with it. */
function checkFilters(draft: Filters): { filters: Filters } | { problems: Record<string, string> } {
  const parsed = auditExportSchema.safeParse(draft);
  return parsed.success ? { filters: parsed.data } : { problems: fieldErrors(parsed.error) };
}

export function AuditFilters({ applied, onApply }: { applied: Filters; onApply: (filters: Filters) => void }) {
  const [draft, setDraft] = useState<Filters>(applied);
  const [problems, setProblems] = useState<Record<string, string>>({});

  /** Applies the filters when they are right; says what is wrong only when asked to (Enter, "Show entries"). */
  const apply = (next: Filters, sayWhatIsWrong = false) => {
    const checked = checkFilters(next);
    if ('problems' in checked) {
      if (sayWhatIsWrong) setProblems(checked.problems);
      return;
    }
    setProblems({});
    onApply(checked.filters);
  };
  const set = <K extends keyof Filters>(key: K, value: Filters[K], now = false) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    if (now) apply(next, true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply(draft, true);
  };
  const problemCount = Object.keys(problems).length;

  return (
    <form onSubmit={submit} noValidate aria-label="Filter the audit log">
      <Stack gap="sm">
        <ErrorSummary message={problemCount ? (problemCount === 1 ? Object.values(problems)[0]! : `${problemCount} filters need putting right`) : null} fields={problems} labels={LABELS} />
        <Group align="flex-start" gap="md" wrap="wrap">
          <UkDateInput id={fieldId('from')} name="from" label="From" w={180} value={draft.from} onChange={(v) => set('from', v)} onBlur={() => apply(draft)} error={problems['from']} />
          <UkDateInput id={fieldId('to')} name="to" label="To" w={180} value={draft.to} onChange={(v) => set('to', v)} onBlur={() => apply(draft)} error={problems['to']} />
          <NativeSelect
            label="Area" value={draft.area} onChange={(e) => set('area', e.currentTarget.value as Filters['area'], true)}
            data={[{ value: '', label: 'Every area' }, ...AUDIT_AREAS.map((a) => ({ value: a, label: AUDIT_AREA_WORDS[a] }))]}
          />
          <NativeSelect
            label="What was done" value={draft.action} onChange={(e) => set('action', e.currentTarget.value as Filters['action'], true)}
            data={[{ value: '', label: 'Anything' }, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_WORDS[a] }))]}
          />
          <NativeSelect
            label="Kind of record" value={draft.recordType} onChange={(e) => set('recordType', e.currentTarget.value as Filters['recordType'], true)}
            data={[{ value: '', label: 'Any record' }, ...AUDIT_RECORD_TYPES.map((t) => ({ value: t, label: capitalised(t) }))]}
          />
          {/* What the table shows in "Record": a person by either number, or a pay period. */}
          <TextInput
            id={fieldId('record')} label="Record" description="Membership or works number, or pay period: M01001, PS900, 2026-10" w={300}
            value={draft.record} onChange={(e) => set('record', e.currentTarget.value)} onBlur={() => apply(draft)} error={problems['record']}
          />
        </Group>
        <Group gap="sm">
          <Button type="submit" variant="default">Show entries</Button>
          <Button
            variant="subtle"
            onClick={() => {
              setDraft(NO_FILTERS);
              apply(NO_FILTERS, true);
            }}
          >
            Clear the filters
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
