import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RotaSession } from '../../shared/contract/rota';
import { SessionDialog } from '../../renderer/src/features/rota/SessionDialog';
import { renderScreen } from './render';

const paid: RotaSession = {
  id: 41, staffId: 2, personId: 102, name: 'Philippa Grimsditch', date: '2026-10-06', startMinutes: 600, endMinutes: 750, breakMinutes: 0,
  workedMinutes: 150, placeId: 2, placeLabel: 'Oaklands Ward, Meadowfield Hospital', placeKind: 'ward', elementId: 1, elementName: 'Ward one-to-one and groups',
  status: 'worked', cancelledAt: '', offeredAt: '', milesTenths: 84, supportedOneToOne: 2, supportedInGroups: 7, locked: true, createdAt: '', updatedAt: '',
};

const props = { as: null, defaults: { date: '2026-10-06' }, staff: [], places: [], elements: [], onClose: () => {}, onSaved: () => {}, onDeleted: () => {} };

describe('SessionDialog', () => {
  it('opens a session in a closed pay period read-only, saying why and linking to Payroll', async () => {
    renderScreen(<SessionDialog {...props} open={41} sessions={[paid]} />);
    const dialog = await screen.findByRole('dialog', { name: 'A locked session' });
    expect(dialog.textContent).toContain('approved or exported to payroll, so it cannot change');
    expect(screen.getByRole('link', { name: 'Payroll page' }).getAttribute('href')).toBe('/payroll');
    expect(screen.getByRole('table', { name: 'The session' }).textContent).toContain('8.4');
    expect(screen.queryByRole('button', { name: 'Save the session' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete this session' })).toBeNull();
  });

  it('says so when the linked session is not on the rota shown', async () => {
    renderScreen(<SessionDialog {...props} open={99} sessions={[paid]} />);
    expect((await screen.findByRole('dialog')).textContent).toContain('That session is not on the rota shown');
  });

  it('opens an open session for changing, with its delete', async () => {
    renderScreen(<SessionDialog {...props} open={41} sessions={[{ ...paid, locked: false }]} />);
    await screen.findByRole('dialog', { name: 'Change the session' });
    expect(screen.getByLabelText(/^Starts/)).toHaveProperty('value', '10:00');
    expect(screen.getByRole('button', { name: 'Delete this session' })).toBeTruthy();
  });
});
