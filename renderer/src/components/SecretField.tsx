// The passphrase or the recovery key, whichever the person has chosen to type: on the unlock screen and
// when opening a backup to restore. One component, so both ask for each secret in the same words and the
// recovery key is never spell-checked or offered for saving.
import { PasswordInput, TextInput } from '@mantine/core';

export type SecretKind = 'passphrase' | 'recoveryKey';

export const SECRET_LABELS: Record<SecretKind, string> = { passphrase: 'Passphrase', recoveryKey: 'Recovery key' };

const RECOVERY_KEY_SHAPE = '25 characters in five groups, like 7KQ2M-W9D4R-…';

interface Props {
  kind: SecretKind;
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Which passphrase or key, said before the key's shape ("The one in use when this backup was made."). */
  which?: string;
  /** The office's own passphrase may come from the browser's password manager; a backup's older one is never saved. */
  autoComplete: 'current-password' | 'off';
  autoFocus?: boolean;
}

export function SecretField({ kind, id, value, onChange, error, which, autoComplete, autoFocus }: Props) {
  return kind === 'passphrase' ? (
    <PasswordInput
      id={id}
      label={SECRET_LABELS.passphrase}
      description={which}
      autoComplete={autoComplete}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      autoFocus={autoFocus}
    />
  ) : (
    <TextInput
      id={id}
      label={SECRET_LABELS.recoveryKey}
      description={which ? `${which} ${RECOVERY_KEY_SHAPE}` : RECOVERY_KEY_SHAPE}
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      autoFocus={autoFocus}
    />
  );
}
