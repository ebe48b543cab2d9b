// Roles over time: each spell has a role, a start date and (once it ends) an end date.
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { ROLES, type Role } from '../../../../shared/domain/members';
import { fieldId } from '../../components/ErrorSummary';
import { UkDateInput } from '../../components/UkDateInput';
import { optionsOf } from '../../components/format';
import type { MemberFormValues } from './memberForm';

interface Props {
  roles: MemberFormValues['roles'];
  onChange: (roles: MemberFormValues['roles']) => void;
  errors: Record<string, string>;
  today: string;
}

export function RolesEditor({ roles, onChange, errors, today }: Props) {
  const set = (i: number, patch: Partial<MemberFormValues['roles'][number]>) => onChange(roles.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="sm">
      {roles.length === 0 && <Text size="sm" c="gray.7">No roles recorded.</Text>}
      {roles.map((r, i) => (
        <Group key={i} align="flex-start" gap="sm" wrap="wrap">
          <NativeSelect
            id={fieldId(`roles.${i}.role`)}
            label={`Role ${i + 1}`}
            value={r.role}
            onChange={(e) => set(i, { role: e.currentTarget.value as Role })}
            data={optionsOf(ROLES)}
            error={errors[`roles.${i}.role`]}
            w={190}
          />
          <UkDateInput id={fieldId(`roles.${i}.startedOn`)} name={`roles.${i}.startedOn`} label="From" value={r.startedOn} onChange={(v) => set(i, { startedOn: v })} error={errors[`roles.${i}.startedOn`]} w={170} />
          <UkDateInput id={fieldId(`roles.${i}.endedOn`)} name={`roles.${i}.endedOn`} label="Until" description="Leave empty if current" value={r.endedOn} onChange={(v) => set(i, { endedOn: v })} error={errors[`roles.${i}.endedOn`]} w={170} />
          <Button variant="subtle" color="red" c="red.9" mt={24} onClick={() => onChange(roles.filter((_, j) => j !== i))} aria-label={`Remove role ${i + 1} (${r.role})`}>
            Remove
          </Button>
        </Group>
      ))}
      <Group>
        <Button variant="light" onClick={() => onChange([...roles, { role: 'volunteer', startedOn: today, endedOn: '' }])}>Add a role</Button>
      </Group>
    </Stack>
  );
}
