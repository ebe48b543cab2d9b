// Exports the list as it stands (search, filters, order) to an Excel workbook.
import { Button, Modal, Text } from '@mantine/core';
import type { MemberSearch } from '../../../../shared/contract/members';
import { saveBase64File } from '../../api/client';
import { useExportMembers } from '../../api/members';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ExportMembersButton({ search }: { search: MemberSearch }) {
  const exporter = useExportMembers();
  const { limit: _limit, ...filters } = search;
  return (
    <>
      <Button
        variant="default"
        loading={exporter.isPending}
        onClick={() => exporter.mutate(filters, { onSuccess: (file) => saveBase64File(file.fileName, file.contentBase64, XLSX) })}
      >
        Export to Excel
      </Button>
      <Modal opened={exporter.isError} onClose={() => exporter.reset()} title="The export did not work">
        <Text role="alert">{exporter.error?.message} Nothing was saved; try again.</Text>
      </Modal>
    </>
  );
}
