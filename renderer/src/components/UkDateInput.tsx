// A date typed the UK way (27/11/2026). Keeps exactly what was typed; reports the ISO date when it is one.
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatUkDate, parseUkDate } from '../../../shared/domain/dates';

interface Props extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string; // ISO date or ''
  onChange: (iso: string) => void;
  name: string;
}

/** Text that is not a date yet is passed up as-is, so validation can say "enter a real date". */
export function UkDateInput({ value, onChange, name, description, ...rest }: Props) {
  const [text, setText] = useState(formatUkDate(value));
  useEffect(() => {
    // Follow outside changes (a reset, a loaded record) without fighting the person typing.
    if ((parseUkDate(text) ?? text) !== value) setText(formatUkDate(value));
  }, [value]);
  return (
    <TextInput
      {...rest}
      name={name}
      inputMode="numeric"
      autoComplete="off"
      description={description ?? 'For example, 27/03/2024'}
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        onChange(next.trim() === '' ? '' : parseUkDate(next) ?? next);
      }}
    />
  );
}
