// The office's supervision settings: how often probation supervisions come, the pace a new member of
// staff gets after probation, and the notice a probation decision must leave.
import { Alert, Button, Fieldset, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { supervisionSettingsSchema, type SupervisionSettings } from '../../../../shared/contract/supervision';
import { useSaveSupervisionSettings, useSupervisionSettings } from '../../api/supervision';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { fid, FormProblem } from '../../components/FormProblem';
import { CadenceFields, cadenceToForm, cadenceToInput, wholeNumber } from './formBits';

/** A short box for a small number, under a label and description that keep their full width. */
const NARROW = { wrapper: { width: 150 } };

const LABELS: Record<string, string> = {
  probationIntervalMonths: 'Months between probation supervisions', defaultCadenceWeeks: 'After probation, supervision', probationNoticeDays: 'Notice in probation',
};

export function SupervisionSettingsForm() {
  const settings = useSupervisionSettings();
  if (settings.isPending) return <Loader aria-label="Loading the supervision settings" />;
  if (settings.isError) return <Alert color="red" role="alert">{settings.error.message}</Alert>;
  // Built once from what was loaded: a save answers with the same values, and rebuilding would lose "Saved".
  return <SettingsForm initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: SupervisionSettings }) {
  const [months, setMonths] = useState(String(initial.probationIntervalMonths));
  const [cadence, setCadence] = useState(cadenceToForm(initial.defaultCadenceWeeks));
  const [notice, setNotice] = useState(String(initial.probationNoticeDays));
  const [saved, setSaved] = useState(false);
  const save = useSaveSupervisionSettings();
  const { problem, submit } = useCheckedSubmit(supervisionSettingsSchema, (input, onError) => save.mutate(input, { onError, onSuccess: () => setSaved(true) }));
  const errors = problem?.fields ?? {};
  const prefix = 'supervision';
  const changed = <T,>(set: (v: T) => void) => (v: T) => { set(v); setSaved(false); };
  const input = { probationIntervalMonths: wholeNumber(months), defaultCadenceWeeks: cadenceToInput(cadence), probationNoticeDays: wholeNumber(notice) };
  return (
    <form onSubmit={submit(input)} noValidate aria-label="Supervision">
      <Fieldset legend="Supervision">
        <Stack gap="sm">
          <Text size="sm">How often people are supervised. A change applies to plans made from now on; plans already made keep their dates. Each person’s pace after probation can be changed on their staff record.</Text>
          <FormProblem problem={problem} prefix={prefix} labels={LABELS} />
          {saved && !problem && <Alert color="teal" variant="light" c="dark.8" role="status">Supervision settings saved.</Alert>}
          <TextInput
            id={fid(prefix, 'probationIntervalMonths')} label="During probation, a supervision every" description="Months: 1 for monthly" inputMode="numeric" autoComplete="off"
            value={months} onChange={(e) => changed(setMonths)(e.currentTarget.value)} error={errors['probationIntervalMonths']} w={560} styles={NARROW} rightSection={<Text size="sm" pr="sm">months</Text>} rightSectionWidth={70}
          />
          <CadenceFields id={fid(prefix, 'defaultCadenceWeeks')} label="After probation, for someone new" value={cadence} onChange={changed(setCadence)} error={errors['defaultCadenceWeeks']} />
          <TextInput
            id={fid(prefix, 'probationNoticeDays')} label="Notice in probation" description="Days: a decision to end employment must come this long before the end of probation" inputMode="numeric" autoComplete="off"
            value={notice} onChange={(e) => changed(setNotice)(e.currentTarget.value)} error={errors['probationNoticeDays']} w={560} styles={NARROW} rightSection={<Text size="sm" pr="sm">days</Text>} rightSectionWidth={60}
          />
          <Group><Button type="submit" variant="light" loading={save.isPending}>Save the supervision settings</Button></Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
