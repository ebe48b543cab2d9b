import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MemberForm } from '../../renderer/src/features/members/MemberForm';
import { emptyMember } from '../../renderer/src/features/members/memberForm';
import { renderScreen } from './render';

const props = { localities: ['Worthing', 'Crawley'], involvements: ['Training'], today: '2026-11-27', saving: false, submitLabel: 'Add this member', serverProblem: null };

describe('MemberForm', () => {
  it('shows every problem in a summary that links to the field, keeps what was typed, and does not save', async () => {
    const onSave = vi.fn();
    renderScreen(<MemberForm {...props} initial={emptyMember('2026-11-27')} onSave={onSave} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^First name/), 'Zebedee');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'zebedee.example.org');
    await user.type(screen.getByLabelText(/^Postcode/), 'XX1');
    await user.click(screen.getByRole('button', { name: 'Add this member' }));

    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('3 things need putting right');
    expect(summary.textContent).toContain('Last name: Enter a last name');
    expect(summary.textContent).toContain('Enter a UK postcode, like BN11 1AA');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveProperty('value', 'zebedee.example.org');
    expect(screen.getByLabelText(/^First name/)).toHaveProperty('value', 'Zebedee');

    await user.click(screen.getByRole('link', { name: /Email:/ }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Email' }));
  });

  it('saves clean values, with the date typed the UK way', async () => {
    const onSave = vi.fn();
    renderScreen(<MemberForm {...props} initial={emptyMember('2026-11-27')} onSave={onSave} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^First name/), 'Zebedee');
    await user.type(screen.getByLabelText(/^Last name/), 'Quaintance');
    await user.type(screen.getByLabelText(/^Date of birth/), '05/04/1971');
    await user.selectOptions(screen.getByLabelText('Locality'), 'Crawley');
    await user.click(screen.getByRole('button', { name: 'Add this member' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toMatchObject({ firstName: 'Zebedee', lastName: 'Quaintance', dateOfBirth: '1971-04-05', locality: 'Crawley', joinedOn: '2026-11-27' });
  });

  it('shows what the backend refused beside the field', () => {
    renderScreen(<MemberForm {...props} initial={emptyMember('2026-11-27')} onSave={() => {}} serverProblem={{ message: 'Enter a UK phone number, like 01243 123456 or 07700 900123.', fields: { phone: 'Enter a UK phone number, like 01243 123456 or 07700 900123' } }} />);
    expect(screen.getByRole('alert').textContent).toContain('Phone: Enter a UK phone number');
    // Beside the field, and the field itself marked invalid for screen readers.
    expect(screen.getByText('Enter a UK phone number, like 01243 123456 or 07700 900123')).toBeTruthy();
    expect(document.getElementById('field-phone')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('hides "Saved" once anything is edited, and keeps it hidden after sending (the reload of the saved record brings it back)', async () => {
    const initial = { ...emptyMember('2026-11-27'), firstName: 'Zebedee', lastName: 'Quaintance' };
    const notice = <div role="status">Zebedee Quaintance's record is saved.</div>;
    const onSave = vi.fn();
    renderScreen(<MemberForm {...props} submitLabel="Save changes" initial={initial} onSave={onSave} savedNotice={notice} />);
    expect(screen.getByRole('status').textContent).toContain('record is saved');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Postcode/), 'BN11 1AA');
    expect(screen.queryByRole('status')).toBeNull();
    // Sent: the old record's notice must not come back while the reload that replaces this form is on its way.
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
