// The staff record of a person on the register: works number, NI number, role, contract and holiday.
import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { staffFormSchema, type StaffRecord } from '../../../../shared/contract/staff';
import { formatUkDate } from '../../../../shared/domain/dates';
import { latestProbationEnd, MAX_PROBATION_MONTHS } from '../../../../shared/domain/probation';
import { AGE_BANDS, formatNiNumber, CONTRACT_TYPE_LABELS, CONTRACT_TYPES, HOLIDAY_SCHEME_LABELS, HOLIDAY_SCHEMES, type AgeBand, type ContractType, type HolidayScheme } from '../../../../shared/domain/staff';
import { useStaffWrite } from '../../api/staff';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { formatHours, parseHours } from '../../components/money';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

const AGE_BAND_LABELS: Record<AgeBand, string> = { '21-and-over': '21 and over', '18-20': '18 to 20', 'under-18': 'Under 18' };
const LABELS: Record<string, string> = {
  worksNumber: 'Works number', niNumber: 'National Insurance number', jobRole: 'Job role', contractType: 'Contract', weeklyMinutes: 'Hours a week',
  startDate: 'Start date', probationEndDate: 'Probation ends', endDate: 'End date', leavingReason: 'Reason for leaving', holidayScheme: 'Holiday',
  rolledUpHoliday: 'Rolled-up holiday pay', ageBand: 'Age band', apprenticeshipStartDate: 'Apprenticeship start',
};

interface Props { personId: number; record: StaffRecord | null; jobRoles: string[]; today: string; onDone?: () => void }

export function StaffForm({ personId, record, jobRoles, today, onDone }: Props) {
  const [v, setV] = useState({
    worksNumber: record?.worksNumber ?? '', niNumber: record ? formatNiNumber(record.niNumber) : '', jobRole: record?.jobRole ?? jobRoles[0] ?? '',
    contractType: (record?.contractType ?? 'bank') as ContractType, hours: record?.weeklyMinutes ? formatHours(record.weeklyMinutes) : '',
    startDate: record?.startDate ?? today, probationEndDate: record?.probationEndDate ?? '', endDate: record?.endDate ?? '',
    leavingReason: record?.leavingReason ?? '', holidayScheme: (record?.holidayScheme ?? 'irregular') as HolidayScheme,
    rolledUpHoliday: record?.rolledUpHoliday ?? false, ageBand: (record?.ageBand ?? '') as '' | AgeBand, apprenticeshipStartDate: record?.apprenticeshipStartDate ?? '',
  });
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [key]: value }));
  const save = useStaffWrite('staff:save');
  const { problem, submit } = useCheckedSubmit(staffFormSchema(record), (input, onError) => save.mutate(input, { onError, onSuccess: () => onDone?.() }));
  const errors = problem?.fields ?? {};
  const { hours, ...rest } = v;
  // Hours typed as "16", "7.5" or "7:30"; anything else is passed on as not-a-number for the schema to name.
  const weeklyMinutes = hours.trim() === '' ? null : parseHours(hours) ?? Number.NaN;
  const roles = [...new Set([...jobRoles, ...(v.jobRole ? [v.jobRole] : [])])];
  // The latest end the start date typed allows; just the rule while the start is not yet a date.
  const longest = `; at most ${MAX_PROBATION_MONTHS} months${/^\d{4}-\d{2}-\d{2}$/.test(v.startDate) ? `, to ${formatUkDate(latestProbationEnd(v.startDate))}` : ''}`;

  return (
    <form onSubmit={submit({ ...rest, personId, weeklyMinutes })} noValidate aria-label="Staff record">
      <Stack gap="md">
        <ErrorSummary message={problem?.message ?? null} fields={errors} labels={LABELS} />
        {save.isSuccess && !problem && <div role="status" className="saved-note">Staff record saved.</div>}
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput id={fieldId('worksNumber')} label={LABELS['worksNumber']} description="Exactly as your payroll software has it" value={v.worksNumber} onChange={(e) => set('worksNumber', e.currentTarget.value)} error={errors['worksNumber']} required />
          <TextInput id={fieldId('niNumber')} label={LABELS['niNumber']} description="For example, AB 12 34 56 C" value={v.niNumber} onChange={(e) => set('niNumber', e.currentTarget.value)} error={errors['niNumber']} />
          <NativeSelect id={fieldId('jobRole')} label={LABELS['jobRole']} value={v.jobRole} onChange={(e) => set('jobRole', e.currentTarget.value)} data={roles} error={errors['jobRole']} />
        </SimpleGrid>
        <Fieldset legend="Contract">
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <NativeSelect id={fieldId('contractType')} label={LABELS['contractType']} value={v.contractType} onChange={(e) => set('contractType', e.currentTarget.value as ContractType)} data={CONTRACT_TYPES.map((c) => ({ value: c, label: CONTRACT_TYPE_LABELS[c] }))} error={errors['contractType']} />
            <TextInput id={fieldId('weeklyMinutes')} label={LABELS['weeklyMinutes']} description="Part-time only, like 16 or 7:30" value={v.hours} onChange={(e) => set('hours', e.currentTarget.value)} error={errors['weeklyMinutes']} />
            <UkDateInput id={fieldId('startDate')} name="startDate" label={LABELS['startDate']} value={v.startDate} onChange={(d) => set('startDate', d)} error={errors['startDate']} required />
            <UkDateInput id={fieldId('probationEndDate')} name="probationEndDate" label={LABELS['probationEndDate']} description={`Leave empty for six months after the start${longest}`} value={v.probationEndDate} onChange={(d) => set('probationEndDate', d)} error={errors['probationEndDate']} />
            <UkDateInput id={fieldId('endDate')} name="endDate" label={LABELS['endDate']} description="Only when the contract has ended" value={v.endDate} onChange={(d) => set('endDate', d)} error={errors['endDate']} />
            <TextInput id={fieldId('leavingReason')} label={LABELS['leavingReason']} value={v.leavingReason} onChange={(e) => set('leavingReason', e.currentTarget.value)} error={errors['leavingReason']} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Holiday and the minimum wage">
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <NativeSelect id={fieldId('holidayScheme')} label={LABELS['holidayScheme']} value={v.holidayScheme} onChange={(e) => set('holidayScheme', e.currentTarget.value as HolidayScheme)} data={HOLIDAY_SCHEMES.map((h) => ({ value: h, label: HOLIDAY_SCHEME_LABELS[h] }))} error={errors['holidayScheme']} />
            <NativeSelect id={fieldId('ageBand')} label={LABELS['ageBand']} description="Only if the register has no date of birth" value={v.ageBand} onChange={(e) => set('ageBand', e.currentTarget.value as '' | AgeBand)} data={[{ value: '', label: 'From the date of birth' }, ...AGE_BANDS.map((b) => ({ value: b, label: AGE_BAND_LABELS[b] }))]} error={errors['ageBand']} />
            <UkDateInput id={fieldId('apprenticeshipStartDate')} name="apprenticeshipStartDate" label={LABELS['apprenticeshipStartDate']} description="Only for an apprentice" value={v.apprenticeshipStartDate} onChange={(d) => set('apprenticeshipStartDate', d)} error={errors['apprenticeshipStartDate']} />
          </SimpleGrid>
          <Checkbox id={fieldId('rolledUpHoliday')} mt="md" label="Paid rolled-up holiday pay with each payslip (irregular hours only)" checked={v.rolledUpHoliday} onChange={(e) => set('rolledUpHoliday', e.currentTarget.checked)} error={errors['rolledUpHoliday']} />
        </Fieldset>
        <Group justify="flex-end">
          {onDone && !record && <Button variant="default" onClick={onDone}>Cancel</Button>}
          <Button type="submit" loading={save.isPending}>{record ? 'Save the staff record' : 'Make them staff'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
