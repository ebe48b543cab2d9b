// An approved period's one action: export it as the file the payroll product takes in. Exporting again
// makes another copy (and is recorded again). A file the product would refuse is never written: the
// problems come back one a line and are shown as a list to work through.
import { Alert, Button, Group, Loader, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { exportPayrollSchema, PAYROLL_FORMAT_LABELS, PAYROLL_FORMATS, type PayrollFormat, type PeriodDetail } from '../../../../shared/contract/payroll';
import { saveBase64File } from '../../api/client';
import { useExportPayroll } from '../../api/payroll';
import { fieldId } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { NameInput } from './NameInput';
import { PayrollProblem, prefixed } from './PayrollProblem';
import { FILE_TYPES, formatWords, londonDateTime } from './words';

interface Props { detail: PeriodDetail; name: string; onNameChange: (name: string) => void }

/**
 * A second file for the same period is easy to make and easy to pay twice from: say when, by whom and as
 * what the last one went, before the button. The history lists events oldest first.
 */
function ExportedBefore({ detail }: { detail: PeriodDetail }) {
  const last = detail.events.findLast((e) => e.action === 'exported');
  if (!last) return null;
  const when = `on ${londonDateTime(last.at)} by ${last.by} as ${formatWords(last.detail)}`;
  return (
    <Notice title="Already exported" data-testid="exported-before" maw={640}>
      {detail.status === 'exported'
        ? `Exported ${when}. Exporting again makes another copy of the same figures: make sure payroll does not pay anyone twice.`
        : `Exported before, ${when}, then reopened. This file has the figures as approved now: make sure payroll uses it in place of the earlier one, not as well.`}
    </Notice>
  );
}

export function ExportForm({ detail, name, onNameChange }: Props) {
  const exporter = useExportPayroll();
  const [format, setFormat] = useState<PayrollFormat>('xlsx');
  const [saved, setSaved] = useState<string | null>(null);
  const { problem, submit } = useCheckedSubmit(exportPayrollSchema, (input, onError) => {
    if (exporter.isPending) return;
    setSaved(null);
    exporter.mutate(input, {
      onError,
      onSuccess: (file) => {
        saveBase64File(file.fileName, file.contentBase64, FILE_TYPES[input.format]);
        setSaved(file.fileName);
      },
    });
  });
  const errors = prefixed('export', problem?.fields);
  return (
    <form onSubmit={submit({ key: detail.key, format, by: name })} noValidate aria-label="Export for payroll">
      <Stack gap="sm" align="flex-start">
        <PayrollProblem problem={problem} prefix="export" labels={{ format: 'File format', by: 'Your name' }} />
        {saved && <Alert color="teal" variant="light" c="dark.8" role="status" data-testid="export-saved">Saved {saved}. Send it to your payroll software or bureau.</Alert>}
        <ExportedBefore detail={detail} />
        <Radio.Group
          id={fieldId('export.format')}
          label="File format"
          description="Choose what your payroll software takes in"
          value={format}
          onChange={(v) => setFormat(v as PayrollFormat)}
          error={errors['export.format']}
        >
          <Stack gap={6} mt="xs">
            {PAYROLL_FORMATS.map((f) => <Radio key={f} value={f} label={PAYROLL_FORMAT_LABELS[f]} />)}
          </Stack>
        </Radio.Group>
        <NameInput prefix="export" value={name} onChange={onNameChange} error={errors['export.by']} />
        <Group gap="sm">
          <Button type="submit" loading={exporter.isPending}>Export for payroll</Button>
          {exporter.isPending && (
            <Group gap={6} role="status"><Loader size="xs" aria-hidden /><Text size="sm">Making the file…</Text></Group>
          )}
        </Group>
      </Stack>
    </form>
  );
}
