// A moment typed as a UK date and a 24-hour time side by side (when notice came, when a session was offered).
import { Fieldset, Group, TextInput } from '@mantine/core';
import { fieldId } from '../../components/ErrorSummary';
import { UkDateInput } from '../../components/UkDateInput';

interface Props {
  /** The contract's field: the summary's link goes to the date, the message shows beside the pair. */
  field: string;
  legend: string;
  /** Labels that make sense on their own ("Date of notice"), as a screen reader may read them without the legend. */
  dateLabel: string;
  timeLabel: string;
  description?: string;
  date: string;
  time: string;
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  error?: string;
}

export function DateTimeFields({ field, legend, dateLabel, timeLabel, description, date, time, onDate, onTime, error }: Props) {
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Group align="flex-start" gap="sm">
        <UkDateInput id={fieldId(field)} name={`${field}-date`} label={dateLabel} description={description ?? 'For example, 27/11/2026'} value={date} onChange={onDate} error={error} w={200} />
        <TextInput id={fieldId(`${field}-time`)} label={timeLabel} description="24-hour, like 14:30" value={time} onChange={(e) => onTime(e.currentTarget.value)} error={error ? true : undefined} w={150} autoComplete="off" />
      </Group>
    </Fieldset>
  );
}
