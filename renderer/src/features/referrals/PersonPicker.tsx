// Choose anyone on the register for a referral: a member or a member of staff, found by typing part of
// their name or member number. The whole register is a few thousand names, filtered as you type.
import { Select } from '@mantine/core';
import type { MemberRow } from '../../../../shared/contract/members';
import { formatMemberNumber } from '../../../../shared/domain/members';
import { useMemberSearch } from '../../api/members';

/** "Alba Quaintance (M00001)", with "left" for someone no longer on the register's active list. */
export const personLabel = (r: Pick<MemberRow, 'name' | 'memberNumber' | 'status'>): string =>
  `${r.name} (${formatMemberNumber(r.memberNumber)})${r.status === 'left' ? ', left' : ''}`;

// Enough to find someone by a few letters without a long list to scroll.
const SHOWN = 30;

interface Props {
  id: string;
  value: number | null;
  onChange: (personId: number | null) => void;
  error: string | undefined;
}

export function PersonPicker({ id, value, onChange, error }: Props) {
  const people = useMemberSearch({ query: '', sort: 'name' });
  const data = (people.data?.rows ?? []).map((r) => ({ value: String(r.id), label: personLabel(r) }));
  return (
    <Select
      id={id}
      label="Person"
      description="Type part of their name or member number, then choose them"
      placeholder={people.isPending ? 'Loading the register…' : 'Start typing a name'}
      searchable
      limit={SHOWN}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
      nothingFoundMessage="Nobody on the register matches"
      error={error}
      w={420}
    />
  );
}
