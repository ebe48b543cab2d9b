// Which stretch of the rota is on screen and for whom: week or month, previous and next, this week,
// and one person or one place (or everyone).
import { Button, Group, NativeSelect, SegmentedControl, Title } from '@mantine/core';
import type { Place } from '../../../../shared/contract/rota';
import type { StaffRow } from '../../../../shared/contract/staff';
import type { RotaParams } from './useRotaParams';
import type { RotaScope } from './rotaRange';

interface Props {
  params: RotaParams;
  title: string;
  staff: StaffRow[];
  places: Place[];
  onScope: (scope: RotaScope) => void;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
  onPerson: (staffId: number | null) => void;
  onPlace: (placeId: number | null) => void;
}

const idOrNull = (value: string): number | null => (value === '' ? null : Number(value));

export function RotaToolbar({ params, title, staff, places, onScope, onStep, onToday, onPerson, onPlace }: Props) {
  const unit = params.scope === 'week' ? 'week' : 'month';
  return (
    <Group justify="space-between" align="flex-end" gap="md">
      <Group gap="sm" align="center">
        <Button variant="default" onClick={() => onStep(-1)} aria-label={`Previous ${unit}`}>← Previous</Button>
        <Button variant="default" onClick={onToday}>This {unit}</Button>
        <Button variant="default" onClick={() => onStep(1)} aria-label={`Next ${unit}`}>Next →</Button>
        <Title order={2} size="h3" ml="sm" data-testid="rota-range">{title}</Title>
      </Group>
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          aria-label="Show a week or a month"
          value={params.scope}
          onChange={(value) => onScope(value as RotaScope)}
          data={[{ value: 'week', label: 'Week' }, { value: 'month', label: 'Month' }]}
        />
        <NativeSelect
          label="Person"
          value={params.staffId === null ? '' : String(params.staffId)}
          onChange={(e) => onPerson(idOrNull(e.currentTarget.value))}
          data={[{ value: '', label: 'Everyone' }, ...staff.map((s) => ({ value: String(s.staffId), label: s.isCurrent ? s.name : `${s.name} (left)` }))]}
          w={220}
        />
        <NativeSelect
          label="Place"
          value={params.placeId === null ? '' : String(params.placeId)}
          onChange={(e) => onPlace(idOrNull(e.currentTarget.value))}
          data={[{ value: '', label: 'All places' }, ...places.map((p) => ({ value: String(p.id), label: p.active ? p.label : `${p.label} (retired)` }))]}
          w={260}
        />
      </Group>
    </Group>
  );
}
