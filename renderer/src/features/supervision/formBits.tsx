// Small pieces the supervision forms share. Several of these forms can be on one page (the staff record
// has the member form above them), so every field id carries its form's prefix: the error summary's links
// go to the right input, and no two inputs share an id.
import { Badge, Group, NativeSelect, Radio, Text, Textarea, TextInput } from '@mantine/core';
import type { SupervisionStatus } from '../../../../shared/contract/supervision';
import type { StaffRow } from '../../../../shared/contract/staff';
import { Notice } from '../../components/Notice';
import { parseClock } from '../rota/sessionForm';
import { STATUS_COLOURS } from './words';

/** Whole numbers as typed; anything else is passed on as not-a-number for the contract to name the field. */
export const wholeNumber = (text: string): number => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** An optional time of day: '' is none; anything unreadable goes on as not-a-number for the schema's message. */
export const optionalClock = (text: string): number | null => (text.trim() === '' ? null : parseClock(text) ?? Number.NaN);

/** Staff to choose from: current ones, plus whoever is already chosen (a leaver stays visible, marked). */
export function staffOptions(staff: readonly StaffRow[], current: string, empty: string, exclude?: string) {
  const shown = staff.filter((s) => String(s.staffId) !== exclude && (s.isCurrent || String(s.staffId) === current));
  return [{ value: '', label: empty }, ...shown.map((s) => ({ value: String(s.staffId), label: s.isCurrent ? s.name : `${s.name} (left)` }))];
}

export function StaffSelect(props: {
  id: string; label: string; description?: string; value: string; onChange: (value: string) => void; error?: string | undefined;
  staff: readonly StaffRow[]; empty: string; exclude?: string; w?: number;
}) {
  return (
    <NativeSelect
      id={props.id} label={props.label} description={props.description} value={props.value} error={props.error} w={props.w ?? 320}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      data={staffOptions(props.staff, props.value, props.empty, props.exclude)}
    />
  );
}

/**
 * The one-line reason for extending or ending probation, which goes in the letter. Like the agreed actions,
 * it says what does not belong there: a reason for ending someone's employment is where health details creep in.
 */
export function ReasonField({ id, value, onChange, error }: {
  id: string; value: string; onChange: (value: string) => void; error: string | undefined;
}) {
  return (
    <Textarea
      id={id} label="Reason" rows={2} value={value} onChange={(e) => onChange(e.currentTarget.value)} error={error}
      description="A line for the letter, up to 300 characters. Nothing about anyone’s health or diagnoses, or about anyone on the wards."
    />
  );
}

/**
 * Notes beside a meeting's date (meetingDateNotes): said, not refused. The live region is always there,
 * so a note appearing as the date is typed is read out.
 */
export function DateNotes({ notes }: { notes: readonly string[] }) {
  return (
    <div role="status" aria-live="polite">
      {notes.length > 0 && (
        <Notice role="note" title="Check the date" data-testid="date-notes">
          {notes.map((n) => <Text key={n} size="sm">{n}</Text>)}
        </Notice>
      )}
    </div>
  );
}

/** How often someone is supervised after probation: every N weeks, or as required. */
export interface CadenceValues { asRequired: boolean; weeks: string }
export const cadenceToForm = (weeks: number | null, fallback = 6): CadenceValues =>
  ({ asRequired: weeks === null, weeks: String(weeks ?? fallback) });
export const cadenceToInput = (v: CadenceValues): number | null => (v.asRequired ? null : wholeNumber(v.weeks));

export function CadenceFields({ id, label, value, onChange, error }: {
  id: string; label: string; value: CadenceValues; onChange: (v: CadenceValues) => void; error?: string | undefined;
}) {
  return (
    <Radio.Group label={label} error={error} value={value.asRequired ? 'as-required' : 'every'} onChange={(choice) => onChange({ ...value, asRequired: choice === 'as-required' })}>
      <Group gap="lg" mt={6} align="flex-start">
        <Group gap="xs" align="center">
          <Radio value="every" label="Every" aria-label="Every so many weeks" />
          <TextInput
            id={id} aria-label="Weeks between supervisions" value={value.weeks} w={70} inputMode="numeric" autoComplete="off"
            disabled={value.asRequired} error={error ? true : undefined} onChange={(e) => onChange({ ...value, weeks: e.currentTarget.value })}
          />
          <Text size="sm">weeks</Text>
        </Group>
        <Radio value="as-required" label="As required" mt={8} />
      </Group>
    </Radio.Group>
  );
}

// A badge squeezed by a crowded row would cut its words short ("Held on 07/..."): they must read whole.
const NO_SHRINK = { flexShrink: 0, overflow: 'visible' } as const;

/** A meeting's status as a word on a tint: the word carries it, the colour only helps. */
export function StatusBadge({ status, words, overdue = false }: { status: SupervisionStatus; words: string; overdue?: boolean }) {
  return <Badge variant="light" color={overdue ? 'red' : STATUS_COLOURS[status]} c="dark.8" tt="none" radius="sm" style={NO_SHRINK}>{words}</Badge>;
}
