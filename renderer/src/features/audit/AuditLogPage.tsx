// The audit log, a Settings page: every change, export, unlock, failed unlock, lock and restore, newest
// first, filtered and paged by the backend (the log grows to tens of thousands of entries), and exported
// to Excel. There is deliberately nothing here to change or delete an entry.
import { Box, Button, Group, Loader, Modal, NativeSelect, Pagination, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { AUDIT_PAGE_SIZES, type AuditFilters as Filters } from '../../../../shared/contract/audit';
import { useAuditPage, useExportAudit } from '../../api/audit';
import { saveBase64File } from '../../api/client';
import { SettingsSection } from '../settings/SettingsSection';
import { AuditFilters, NO_FILTERS } from './AuditFilters';
import { AuditTable } from './AuditTable';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type PageSize = (typeof AUDIT_PAGE_SIZES)[number];

const entriesWord = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'entry' : 'entries'}`;
const isFiltered = (f: Partial<Filters>) => Object.values(f).some(Boolean);

/** What the file holds: with filters set, only the entries they show, and the words say so. */
function exportedWords(rows: number, exported: Partial<Filters>): string {
  if (!isFiltered(exported)) return `the whole log, ${entriesWord(rows)}`;
  return rows === 0 ? 'no entries, as none match the filters' : `the ${entriesWord(rows)} the filters show`;
}

function ExportButton({ filters }: { filters: Filters }) {
  const exporter = useExportAudit();
  return (
    <>
      <Button loading={exporter.isPending} onClick={() => exporter.mutate(filters, { onSuccess: (file) => saveBase64File(file.fileName, file.contentBase64, XLSX) })}>
        Export to Excel (.xlsx)
      </Button>
      {exporter.isSuccess && <Text size="sm" role="status">Saved {exporter.data.fileName}: {exportedWords(exporter.data.rows, exporter.variables)}.</Text>}
      <Modal opened={exporter.isError} onClose={() => exporter.reset()} title="The export did not work">
        <Text role="alert">{exporter.error?.message} Nothing was saved; try again.</Text>
      </Modal>
    </>
  );
}

export function AuditLogPage() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<PageSize>(50);
  const result = useAuditPage({ ...filters, page, pageSize });
  const data = result.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const first = data ? (data.page - 1) * data.pageSize + 1 : 0;

  return (
    <SettingsSection title="Audit log" action={<Group gap="sm"><ExportButton filters={filters} /></Group>}>
      <Text maw={760}>
        Every change, export, unlock, failed unlock, lock and restore, newest first. An entry says what was done to which record and
        which fields changed, never what they say: no names, addresses, amounts, dates or reasons from the records. It does keep the
        name typed where a screen asks for yours (approving payroll, a probation decision), to show who did it.
      </Text>
      <Text maw={760} size="sm" c="gray.7">
        Peer Office has no way to change or delete an entry, and the database refuses to. The log is still about people (it names
        their records by membership and works number), so keep an export of it as carefully as the records themselves.
      </Text>
      <AuditFilters
        applied={filters}
        onApply={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {result.isError && <Text role="alert" c="red.9">{result.error.message}</Text>}
      {!data && !result.isError && <Loader aria-label="Loading the audit log" />}
      {data && (
        // While the next page (or the filtered one) loads, the last one stays, marked as busy.
        <Stack gap="md" aria-busy={result.isPlaceholderData} data-testid="audit-results">
          <Group gap="xs">
            <Text size="sm" aria-live="polite" data-testid="audit-count">
              {data.total === 0
                ? (isFiltered(filters) ? 'No entries match these filters.' : 'Nothing has been recorded yet.')
                : `Showing ${first.toLocaleString('en-GB')} to ${(first + data.entries.length - 1).toLocaleString('en-GB')} of ${entriesWord(data.total)}${isFiltered(filters) ? (data.total === 1 ? ' that matches' : ' that match') : ''}`}
            </Text>
            {result.isPlaceholderData && <Loader size="xs" aria-label="Loading the entries" />}
          </Group>
          {data.entries.length > 0 && <AuditTable entries={data.entries} />}
          <Group justify="space-between">
            {pages > 1 ? (
              <Pagination
                total={pages} value={data.page} onChange={setPage}
                getControlProps={(control) => ({ 'aria-label': control === 'previous' ? 'Newer entries' : control === 'next' ? 'Older entries' : control === 'first' ? 'Newest entries' : 'Oldest entries' })}
                getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
                withEdges
              />
            ) : <Box />}
            <NativeSelect
              label="Entries per page" value={String(pageSize)} w={140}
              onChange={(e) => {
                setPageSize(Number(e.currentTarget.value) as PageSize);
                setPage(1);
              }}
              data={AUDIT_PAGE_SIZES.map((n) => String(n))}
            />
          </Group>
        </Stack>
      )}
    </SettingsSection>
  );
}
