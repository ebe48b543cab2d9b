import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PassphraseFields } from '../../renderer/src/components/PassphraseFields';
import { renderScreen } from './render';

const fields = (passphrase: string) => renderScreen(<PassphraseFields passphrase={passphrase} confirm="" onPassphrase={() => {}} onConfirm={() => {}} errors={{}} />);

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
});
