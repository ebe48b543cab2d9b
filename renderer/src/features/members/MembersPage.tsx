// The register: search as you type, filter, sort, and open a person's record.
import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import type { MemberSearch } from '../../../../shared/contract/members';
import { ROLES, STATUSES } from '../../../../shared/domain/members';
import { useMemberSearch } from '../../api/members';
import { useOfficeSettings } from '../../api/office';
import { optionsOf } from '../../components/format';
import { ExportMembersButton } from './ExportMembersButton';
import { MembersTable } from './MembersTable';

const people = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'person' : 'people'}`;

/** The whole register comes back; the table draws only the rows in view. */
const SHOWN = 100_000;

export function MembersPage() {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [role, setRole] = useState('');
  const [locality, setLocality] = useState('');
  const [sort, setSort] = useState<{ by: NonNullable<MemberSearch['sort']>; direction: 'asc' | 'desc' }>({ by: 'name', direction: 'asc' });
  const settings = useOfficeSettings();

  // Typing stays responsive: React draws the table for the latest query when it has a moment.
  const deferredQuery = useDeferredValue(query);
  const search: MemberSearch = {
    query: deferredQuery,
    sort: sort.by,
    direction: sort.direction,
    limit: SHOWN,
    ...(status ? { status: status as (typeof STATUSES)[number] } : {}),
    ...(role ? { role: role as (typeof ROLES)[number] } : {}),
    ...(locality ? { locality } : {}),
  };
  const result = useMemberSearch(search);
  const data = result.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Members</Title>
        <Group>
          <Button component={Link} to="/members/import" variant="default">Import a list</Button>
          <ExportMembersButton search={search} />
          <Button component={Link} to="/members/new">Add a member</Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label="Search"
          description="Name, member number, postcode, phone or email"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={340}
          autoFocus
        />
        <NativeSelect label="Status" value={status} onChange={(e) => setStatus(e.currentTarget.value)} data={[{ value: '', label: 'Any status' }, ...optionsOf(STATUSES)]} />
        <NativeSelect label="Role" value={role} onChange={(e) => setRole(e.currentTarget.value)} data={[{ value: '', label: 'Any role' }, ...optionsOf(ROLES)]} />
        <NativeSelect label="Locality" value={locality} onChange={(e) => setLocality(e.currentTarget.value)} data={[{ value: '', label: 'Anywhere' }, ...(settings.data?.localities ?? [])]} />
      </Group>
      {data && (
        <Text size="sm" aria-live="polite" data-testid="member-count">
          {data.total === data.counts.all ? people(data.total) : `${data.total.toLocaleString('en-GB')} of ${people(data.counts.all)} match`}
          {' · '}
          {data.counts.active} active, {data.counts.lapsed} lapsed, {data.counts.left} left
          {data.total > data.rows.length && ` · showing the first ${data.rows.length}; search to narrow the list`}
        </Text>
      )}
      {result.isError && <Text role="alert" c="red.9">{result.error.message}</Text>}
      {data && data.counts.all === 0 ? (
        <Text py="xl">Nobody is on the register yet. Add a member, or import the list you already keep.</Text>
      ) : (
        data && <MembersTable rows={data.rows} sort={sort} onSort={setSort} />
      )}
    </Stack>
  );
}
