// Choosing a passphrase, typed twice, with a plain-words strength hint: when the office (or the demo) is
// created, and when the passphrase is changed in Settings. One component, so the rules and words match.
import { PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../../shared/domain/passphrase';
import { fieldId } from './ErrorSummary';
import { fid } from './FormProblem';

const LEVEL = { 'too short': { value: 15, color: 'red' }, weak: { value: 35, color: 'orange' }, fair: { value: 65, color: 'yellow' }, strong: { value: 100, color: 'teal' } } as const;

interface Props {
  passphrase: string;
  confirm: string;
  onPassphrase: (v: string) => void;
  onConfirm: (v: string) => void;
  errors: Record<string, string>;
  /** Changing the passphrase asks for "New passphrase" (beside the current one); creating an office, "Passphrase". */
  isNew?: boolean;
  /** Where several forms share a page, each one's field ids carry its own prefix (see FormProblem's fid). */
  idPrefix?: string;
  /** Marked required where the whole form is (the first-run forms). */
  required?: boolean;
  /** A fixed width beside other fields of that width; the full width of the form otherwise. */
  width?: number;
}

/** The two fields' labels, for the form's error summary: it names each field as the field itself does. */
export const passphraseLabels = (isNew: boolean) => ({
  passphrase: isNew ? 'New passphrase' : 'Passphrase',
  confirmPassphrase: isNew ? 'Type the new passphrase again' : 'Type the passphrase again',
});

export function PassphraseFields({ passphrase, confirm, onPassphrase, onConfirm, errors, isNew = false, idPrefix, required = false, width }: Props) {
  const { strength, hint } = passphraseStrength(passphrase);
  const id = (name: string) => (idPrefix ? fid(idPrefix, name) : fieldId(name));
  const labels = passphraseLabels(isNew);
  const label = labels.passphrase;
  return (
    <Stack gap="sm">
      <PasswordInput
        id={id('passphrase')}
        label={label}
        description={`At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
        autoComplete="new-password"
        value={passphrase}
        onChange={(e) => onPassphrase(e.currentTarget.value)}
        error={errors['passphrase']}
        required={required}
        w={width}
      />
      {passphrase.length > 0 && (
        <div aria-live="polite" style={width ? { maxWidth: width } : undefined}>
          <Progress value={LEVEL[strength].value} color={LEVEL[strength].color} size="sm" aria-label={`${label} strength: ${strength}`} />
          <Text size="sm" mt={4}>
            <strong>Strength: {strength}.</strong> {hint}
          </Text>
        </div>
      )}
      <PasswordInput
        id={id('confirmPassphrase')}
        label={labels.confirmPassphrase}
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => onConfirm(e.currentTarget.value)}
        error={errors['confirmPassphrase']}
        required={required}
        w={width}
      />
    </Stack>
  );
}
