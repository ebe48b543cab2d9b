// Choosing a passphrase: two inputs and a plain-words strength hint.
import { PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../../shared/domain/passphrase';
import { fieldId } from './ErrorSummary';

const LEVEL = { 'too short': { value: 15, color: 'red' }, weak: { value: 35, color: 'orange' }, fair: { value: 65, color: 'yellow' }, strong: { value: 100, color: 'teal' } } as const;

interface Props {
  passphrase: string;
  confirm: string;
  onPassphrase: (v: string) => void;
  onConfirm: (v: string) => void;
  errors: Record<string, string>;
}

export function PassphraseFields({ passphrase, confirm, onPassphrase, onConfirm, errors }: Props) {
  const { strength, hint } = passphraseStrength(passphrase);
  return (
    <Stack gap="sm">
      <PasswordInput
        id={fieldId('passphrase')}
        label="Passphrase"
        description={`At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
        autoComplete="new-password"
        value={passphrase}
        onChange={(e) => onPassphrase(e.currentTarget.value)}
        error={errors['passphrase']}
        required
      />
      {passphrase.length > 0 && (
        <div aria-live="polite">
          <Progress value={LEVEL[strength].value} color={LEVEL[strength].color} size="sm" aria-label={`Passphrase strength: ${strength}`} />
          <Text size="sm" mt={4}>
            <strong>Strength: {strength}.</strong> {hint}
          </Text>
        </div>
      )}
      <PasswordInput
        id={fieldId('confirmPassphrase')}
        label="Type the passphrase again"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => onConfirm(e.currentTarget.value)}
        error={errors['confirmPassphrase']}
        required
      />
    </Stack>
  );
}
