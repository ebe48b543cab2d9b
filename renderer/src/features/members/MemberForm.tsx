// Adding or editing a person. Checks run here first (the same rules the backend applies), so most
// mistakes are caught at once; whatever the backend still refuses is shown the same way. Nothing
// typed is lost when a save fails: the values live here until the save succeeds.
import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { fieldErrors } from '../../../../shared/contract/channels';
import { memberInputSchema } from '../../../../shared/contract/members';
import { CONTACT_METHODS, STATUSES, type ContactMethod, type MemberStatus } from '../../../../shared/domain/members';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { UkDateInput } from '../../components/UkDateInput';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { capitalise, optionsOf } from '../../components/format';
import { labelFor, type MemberFormValues } from './memberForm';
import { RolesEditor } from './RolesEditor';

export interface FormProblem { message: string; fields: Record<string, string> }

interface Props {
  initial: MemberFormValues;
  localities: string[];
  involvements: string[];
  today: string;
  saving: boolean;
  submitLabel: string;
  /** The backend's refusal, if the last save failed. */
  serverProblem: FormProblem | null;
  onSave: (values: MemberFormValues) => void;
  /** Buttons beside Save, told whether the form holds unsaved changes. */
  actions?: (unsaved: boolean) => ReactNode;
  /**
   * "Saved", shown only while the form holds exactly what was loaded: an edit hides it (it would no longer be
   * true), and it comes back when the saved record reloads. Until then the buttons beside Save are the old
   * record's, so nothing is started on a form the reload is about to replace.
   */
  savedNotice?: ReactNode;
}

export function MemberForm({ initial, localities, involvements, today, saving, submitLabel, serverProblem, onSave, actions, savedNotice }: Props) {
  const [values, setValues] = useState(initial);
  const [localProblem, setLocalProblem] = useState<FormProblem | null>(null);
  // Sent for saving and not refused: leaving (to the new record's page) is then expected, not a loss.
  const [sent, setSent] = useState(false);
  useEffect(() => {
    if (serverProblem) setSent(false);
  }, [serverProblem]);
  const edited = JSON.stringify(values) !== JSON.stringify(initial);
  const unsaved = !sent && edited;
  const problem = localProblem ?? serverProblem;
  const errors = problem?.fields ?? {};
  const set = <K extends keyof MemberFormValues>(key: K, value: MemberFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const text = (key: keyof MemberFormValues & string, props: { label: string; description?: string; autoComplete?: string; required?: boolean; type?: string }) => (
    <TextInput
      id={fieldId(key)}
      name={key}
      {...props}
      value={values[key] as string}
      onChange={(e) => set(key, e.currentTarget.value as never)}
      error={errors[key]}
    />
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = memberInputSchema.safeParse(values);
    if (!checked.success) {
      const fields = fieldErrors(checked.error);
      const count = Object.keys(fields).length;
      setLocalProblem({ message: `${count === 1 ? 'One thing needs' : `${count} things need`} putting right before this can be saved.`, fields });
      return;
    }
    setLocalProblem(null);
    setSent(true);
    onSave(values);
  };

  // Involvements the list no longer has stay visible on records that hold them.
  const involvementChoices = [...new Set([...involvements, ...values.involvements])];
  const localityChoices = [...new Set([...localities, ...(values.locality ? [values.locality] : [])])];

  return (
    <form onSubmit={submit} noValidate aria-label="Member details">
      <UnsavedChangesGuard when={unsaved} />
      <Stack gap="lg">
        {!edited && savedNotice}
        <ErrorSummary message={problem?.message ?? null} fields={errors} labels={Object.fromEntries(Object.keys(errors).map((k) => [k, labelFor(k)]))} />
        <Fieldset legend="Name">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {text('firstName', { label: 'First name', autoComplete: 'off', required: true })}
            {text('lastName', { label: 'Last name', autoComplete: 'off', required: true })}
            {text('preferredName', { label: 'Preferred name', description: 'What they like to be called, if different' })}
            {text('pronouns', { label: 'Pronouns', description: 'For example, she/her, they/them' })}
            <UkDateInput id={fieldId('dateOfBirth')} name="dateOfBirth" label="Date of birth (optional)" value={values.dateOfBirth} onChange={(v) => set('dateOfBirth', v)} error={errors['dateOfBirth']} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Contact details">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {text('addressLine1', { label: 'Address' })}
            {text('addressLine2', { label: 'Address line 2 (optional)' })}
            {text('town', { label: 'Town' })}
            {text('postcode', { label: 'Postcode', description: 'For example, BN11 1AA' })}
            {text('phone', { label: 'Phone', description: 'For example, 01243 123456 or 07700 900123', type: 'tel' })}
            {text('email', { label: 'Email', type: 'email' })}
            <NativeSelect id={fieldId('locality')} label="Locality" value={values.locality} onChange={(e) => set('locality', e.currentTarget.value)} data={[{ value: '', label: 'Not known' }, ...localityChoices]} error={errors['locality']} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Membership">
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <UkDateInput id={fieldId('joinedOn')} name="joinedOn" label="Date joined" value={values.joinedOn} onChange={(v) => set('joinedOn', v)} error={errors['joinedOn']} required />
            <NativeSelect id={fieldId('status')} label="Status" value={values.status} onChange={(e) => set('status', e.currentTarget.value as MemberStatus)} data={optionsOf(STATUSES)} error={errors['status']} />
            <UkDateInput id={fieldId('leftOn')} name="leftOn" label="Date left" description="Only when the status is Left" value={values.leftOn} onChange={(v) => set('leftOn', v)} error={errors['leftOn']} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Roles">
          <RolesEditor roles={values.roles} onChange={(roles) => set('roles', roles)} errors={errors} today={today} />
        </Fieldset>
        <Fieldset legend="Involvement">
          <Checkbox.Group id={fieldId('involvements')} label="What they take part in" value={values.involvements} onChange={(v) => set('involvements', v)} error={errors['involvements']}>
            <Group mt="xs">{involvementChoices.map((name) => <Checkbox key={name} value={name} label={name} />)}</Group>
          </Checkbox.Group>
        </Fieldset>
        <Fieldset legend="Keeping in touch">
          <Stack>
            <Checkbox.Group id={fieldId('contactMethods')} label="How they like to be contacted" value={values.contactMethods} onChange={(v) => set('contactMethods', v as ContactMethod[])} error={errors['contactMethods']}>
              <Group mt="xs">{CONTACT_METHODS.map((m) => <Checkbox key={m} value={m} label={capitalise(m)} />)}</Group>
            </Checkbox.Group>
            <Group align="flex-start">
              <Checkbox id={fieldId('contactConsent')} mt={30} label="They have agreed to be contacted this way" checked={values.contactConsent} onChange={(e) => set('contactConsent', e.currentTarget.checked)} />
              <UkDateInput id={fieldId('contactConsentOn')} name="contactConsentOn" label="Date they agreed" value={values.contactConsentOn} onChange={(v) => set('contactConsentOn', v)} error={errors['contactConsentOn']} w={200} />
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend="Emergency contact">
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {text('emergencyContactName', { label: 'Name' })}
            {text('emergencyContactPhone', { label: 'Phone', type: 'tel' })}
            {text('emergencyContactRelationship', { label: 'Relationship', description: 'For example, partner or friend' })}
          </SimpleGrid>
        </Fieldset>
        <Group justify="space-between">
          <Group>{actions?.(unsaved)}</Group>
          <Button type="submit" size="md" loading={saving}>{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
