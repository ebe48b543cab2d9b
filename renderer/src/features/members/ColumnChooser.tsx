// Which column of the spreadsheet fills which field of the register.
import { Fieldset, NativeSelect, SimpleGrid } from '@mantine/core';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField } from '../../../../shared/contract/transfer';
import { fieldId } from '../../components/ErrorSummary';

interface Props {
  columns: string[];
  mapping: Partial<Record<ImportField, number>>;
  onChange: (field: ImportField, column: number | null) => void;
  errors: Record<string, string>;
}

export function ColumnChooser({ columns, mapping, onChange, errors }: Props) {
  const options = [{ value: '', label: 'Not in the file' }, ...columns.map((c, i) => ({ value: String(i), label: c || `Column ${i + 1}` }))];
  return (
    <Fieldset legend="Match the columns">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {IMPORT_FIELDS.map((field) => (
          <NativeSelect
            key={field}
            id={fieldId(`mapping.${field}`)}
            label={IMPORT_FIELD_LABELS[field]}
            value={mapping[field] === undefined ? '' : String(mapping[field])}
            onChange={(e) => onChange(field, e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
            data={options}
            error={errors[`mapping.${field}`]}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
