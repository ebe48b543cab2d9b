// The new passphrase, typed twice, with the same plain-words strength hint as when the office was created.
import { PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../../../shared/domain/passphrase';
import { fid } from './formBits';

const LEVEL = { 'too short': { value: 15, color: 'red' }, weak: { value: 35, color: 'orange' }, fair: { value: 65, color: 'yellow' }, strong: { value: 100, color: 'teal' } } as const;

interface Props {
  prefix: string;
  passphrase: string;
  confirm: string;
  onPassphrase: (v: string) => void;
  onConfirm: (v: string) => void;
  errors: Record<string, string>;
}

export function NewPassphraseFields({ prefix, passphrase, confirm, onPassphrase, onConfirm, errors }: Props) {
  const { strength, hint } = passphraseStrength(passphrase);
  return (
    <Stack gap="sm">
      <PasswordInput
        id={fid(prefix, 'passphrase')}
        label="New passphrase"
        description={`At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
        autoComplete="new-password"
        value={passphrase}
        onChange={(e) => onPassphrase(e.currentTarget.value)}
        error={errors['passphrase']}
        w={420}
      />
      {passphrase.length > 0 && (
        <div aria-live="polite" style={{ maxWidth: 420 }}>
          <Progress value={LEVEL[strength].value} color={LEVEL[strength].color} size="sm" aria-label={`New passphrase strength: ${strength}`} />
          <Text size="sm" mt={4}>
            <strong>Strength: {strength}.</strong> {hint}
          </Text>
        </div>
      )}
      <PasswordInput
        id={fid(prefix, 'confirmPassphrase')}
        label="Type the new passphrase again"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => onConfirm(e.currentTarget.value)}
        error={errors['confirmPassphrase']}
        w={420}
      />
    </Stack>
  );
}
