// Import the office's existing list: choose the file, match its columns, check every row, then import
// all of it or nothing.
import { Alert, Anchor, Button, Checkbox, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportField, ImportFileInput, ImportPreview } from '../../../../shared/contract/transfer';
import { fileToBase64, problemOf } from '../../api/client';
import { useCommitImport, usePreviewImport } from '../../api/members';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { ColumnChooser } from './ColumnChooser';
import { ImportPreviewTable } from './ImportPreviewTable';

export function ImportPage() {
  const [chosen, setChosen] = useState<File | null>(null);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [mapping, setMapping] = useState<ImportFileInput['mapping']>(undefined);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const previewer = usePreviewImport();
  const committer = useCommitImport();

  const runPreview = (input: ImportFileInput) => {
    setProblem(null);
    committer.reset();
    previewer.mutate(input, {
      onSuccess: (p) => {
        setPreview(p);
        setMapping(p.mapping);
      },
      onError: (err) => setProblem(problemOf(err)),
    });
  };

  const choose = async (picked: File | null) => {
    setChosen(picked);
    setPreview(null);
    setMapping(undefined);
    if (!picked) return setFile(null);
    committer.reset();
    const next = { fileName: picked.name, contentBase64: await fileToBase64(picked) };
    setFile(next);
    runPreview({ ...next, skipDuplicates });
  };

  const changeMapping = (field: ImportField, column: number | null) => {
    const next = { ...mapping };
    if (column === null) delete next[field];
    else next[field] = column;
    setMapping(next);
    if (file) runPreview({ ...file, mapping: next, skipDuplicates });
  };

  const changeSkip = (skip: boolean) => {
    setSkipDuplicates(skip);
    if (file) runPreview({ ...file, mapping, skipDuplicates: skip });
  };

  const commit = () => {
    if (!file) return;
    setProblem(null);
    committer.mutate({ ...file, mapping, skipDuplicates }, {
      onError: (err) => setProblem(problemOf(err)),
      // Done with this file: clear it, so nothing suggests its rows are still waiting to be imported.
      onSuccess: () => {
        setChosen(null);
        setFile(null);
        setPreview(null);
        setMapping(undefined);
      },
    });
  };

  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} to="/members" size="sm">← Back to members</Anchor>
      <Title order={1}>Import a members list</Title>
      <Text>
        Choose a spreadsheet (.xlsx or .csv) with one person per row and a heading on each column. You will see every row checked before
        anything is added, and nothing is added unless every row is right.
      </Text>
      <ErrorSummary message={problem?.message ?? null} fields={problem?.fields} />
      {committer.data && (
        <Alert color="teal" variant="light" role="status" title="Import finished">
          Imported {committer.data.imported} {committer.data.imported === 1 ? 'person' : 'people'}
          {committer.data.skippedDuplicates > 0 && `, and left out ${committer.data.skippedDuplicates} already on the register`}.{' '}
          <Anchor component={Link} to="/members">See the members list</Anchor>
        </Alert>
      )}
      <FileInput
        id={fieldId('file')}
        label="Spreadsheet"
        description="An .xlsx or .csv file, up to 10 MB"
        accept=".xlsx,.csv"
        clearable
        clearButtonProps={{ 'aria-label': 'Remove the chosen file' }}
        value={chosen}
        onChange={(f) => void choose(f)}
        w={420}
      />
      {previewer.isPending && <Text role="status">Checking every row…</Text>}
      {preview && file && (
        <>
          <ColumnChooser columns={preview.columns} mapping={mapping ?? {}} onChange={changeMapping} errors={problem?.fields ?? {}} />
          <Text fw={600} aria-live="polite" data-testid="import-summary">
            {preview.summary.rows} rows: {preview.summary.toImport} ready to import, {preview.summary.withErrors} with problems,{' '}
            {preview.summary.duplicates} already on the register.
          </Text>
          {preview.notices.map((notice) => (
            <Alert key={notice} color="blue" variant="light">{notice}</Alert>
          ))}
          {preview.summary.withErrors > 0 && (
            <Alert color="red" variant="light" title="Some rows need putting right">
              Correct the rows marked below in your spreadsheet, save it, and choose it again. Nothing will be imported until every row is right.
            </Alert>
          )}
          <Checkbox label="Leave out people who are already on the register" checked={skipDuplicates} onChange={(e) => changeSkip(e.currentTarget.checked)} />
          <ImportPreviewTable preview={preview} skipDuplicates={skipDuplicates} />
          <Group justify="flex-end">
            {/* Never disabled (a disabled button cannot say why): with problems left, it explains instead. */}
            <Button size="md" onClick={commit} loading={committer.isPending}>
              {preview.summary.withErrors > 0 ? 'Import' : `Import ${preview.summary.toImport} ${preview.summary.toImport === 1 ? 'person' : 'people'}`}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
