// Who supervises someone, and how often after probation. Naming a new supervisor moves their planned
// meetings over, which the form says before it is saved.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { saveArrangementSchema, type PersonSupervision } from '../../../../shared/contract/supervision';
import type { StaffRow } from '../../../../shared/contract/staff';
import { useSupervisionWrite } from '../../api/supervision';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { fid, FormProblem } from '../../components/FormProblem';
import { CadenceFields, cadenceToForm, cadenceToInput, StaffSelect } from './formBits';

const LABELS: Record<string, string> = { supervisorStaffId: 'Supervisor', cadenceWeeks: 'After probation, supervision' };

export function ArrangementForm({ person, staff }: { person: PersonSupervision; staff: readonly StaffRow[] }) {
  const [supervisor, setSupervisor] = useState(person.supervisor ? String(person.supervisor.staffId) : '');
  const [cadence, setCadence] = useState(cadenceToForm(person.cadenceWeeks));
  const [saved, setSaved] = useState(false);
  const save = useSupervisionWrite('supervision:saveArrangement');
  const { problem, submit } = useCheckedSubmit(saveArrangementSchema, (input, onError) => save.mutate(input, { onError, onSuccess: () => setSaved(true) }));
  const errors = problem?.fields ?? {};
  const prefix = 'arrangement';
  const changingSupervisor = supervisor !== (person.supervisor ? String(person.supervisor.staffId) : '');
  const input = { staffId: person.staff.staffId, supervisorStaffId: supervisor === '' ? null : Number(supervisor), cadenceWeeks: cadenceToInput(cadence) };
  return (
    <form onSubmit={submit(input)} noValidate aria-label="Supervisor and how often">
      <Stack gap="sm">
        <FormProblem problem={problem} prefix={prefix} labels={LABELS} />
        {saved && !problem && <Alert color="teal" variant="light" role="status" title="Saved">Supervisor and how often are saved.</Alert>}
        <Group align="flex-start" gap="xl">
          <StaffSelect
            id={fid(prefix, 'supervisorStaffId')} label={LABELS['supervisorStaffId']!} description="Any member of staff: a manager, or a peer" staff={staff}
            empty="Nobody named yet" exclude={String(person.staff.staffId)} value={supervisor} error={errors['supervisorStaffId']}
            onChange={(value) => { setSaved(false); setSupervisor(value); }}
          />
          <CadenceFields
            id={fid(prefix, 'cadenceWeeks')} label={LABELS['cadenceWeeks']!} value={cadence} error={errors['cadenceWeeks']}
            onChange={(value) => { setSaved(false); setCadence(value); }}
          />
        </Group>
        {changingSupervisor && supervisor !== '' && (
          <Text size="sm">Their planned meetings that are still with {person.supervisor?.name ?? 'nobody named'} move to the new supervisor.</Text>
        )}
        <Group><Button type="submit" variant="light" loading={save.isPending}>Save supervisor and how often</Button></Group>
      </Stack>
    </form>
  );
}
