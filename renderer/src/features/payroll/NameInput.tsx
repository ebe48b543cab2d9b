// "Your name": recorded with the time on every approval, export and reopening.
import { TextInput } from '@mantine/core';
import { fieldId } from '../../components/ErrorSummary';

interface Props { prefix: string; value: string; onChange: (name: string) => void; error?: string }

export function NameInput({ prefix, value, onChange, error }: Props) {
  return (
    <TextInput
      id={fieldId(`${prefix}.by`)}
      label="Your name"
      description="Recorded with the date and time, so the history shows who did it"
      autoComplete="name"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      w={360}
    />
  );
}
