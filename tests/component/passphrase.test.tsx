import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PassphraseFields } from '../../renderer/src/components/PassphraseFields';
import { renderScreen } from './render';

const fields = (passphrase: string) => renderScreen(<PassphraseFields passphrase={passphrase} confirm="" onPassphrase={() => {}} onConfirm={() => {}} errors={{}} required />);

describe('PassphraseFields', () => {
  it('says a short passphrase is too short and how to fix it', () => {
    fields('kettle');
    expect(screen.getByText(/Strength: too short/)).toBeTruthy();
    expect(screen.getByText(/Use at least 12 characters/)).toBeTruthy();
  });
  it('calls a few unrelated words strong', () => {
    fields('kettle orchard lantern meadow');
    expect(screen.getByText(/Strength: strong/)).toBeTruthy();
  });
  it('calls a repeated character weak, however long', () => {
    fields('aaaaaaaaaaaaaaaa');
    expect(screen.getByText(/Strength: weak/)).toBeTruthy();
  });
  it('asks for a new passphrase, with field ids of its own form, when the passphrase is changed', () => {
    renderScreen(<PassphraseFields isNew idPrefix="change-passphrase" passphrase="kettle" confirm="" onPassphrase={() => {}} onConfirm={() => {}} errors={{ confirmPassphrase: 'Type the same passphrase twice' }} />);
    expect(screen.getByLabelText('New passphrase').id).toBe('field-change-passphrase-passphrase');
    expect(screen.getByLabelText('Type the new passphrase again').id).toBe('field-change-passphrase-confirmPassphrase');
    expect(screen.getByRole('progressbar', { name: 'New passphrase strength: too short' })).toBeTruthy();
    expect(screen.getByText('Type the same passphrase twice')).toBeTruthy();
    expect(screen.queryByLabelText(/^Passphrase/)).toBeNull();
  });
  it('asks for the passphrase, marked required, when the office is created', () => {
    fields('');
    expect(screen.getByLabelText(/^Passphrase/).id).toBe('field-passphrase');
    expect(screen.getByLabelText(/^Type the passphrase again/).id).toBe('field-confirmPassphrase');
  });
});
