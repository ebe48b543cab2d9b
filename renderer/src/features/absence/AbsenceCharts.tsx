// The office's absence at a glance: days lost each month over the last 12 months (bars stacked by kind)
// and days lost by kind over the rolling 52 weeks. Plain SVG with labelled axes, a visible legend, and each
// kind in a colour and a pattern of its own. The same figures are in a table under each chart: always there
// for a screen reader, and shown on the page with "Show as a table".
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { AbsenceOverview, AbsenceType } from '../../../../shared/contract/absence';
import { axisTicks, fillOf, kindStyles, PatternDefs, Swatch, useChartId, type KindStyle } from './chartStyles';
import { daysNumber, daysText, monthShort, monthWords, spellsText } from './words';

const INK = '#25262b';
const GRID = '#ced4da';

interface Props {
  overview: AbsenceOverview;
  /** Every kind of absence, in their order: a kind keeps its look across both charts. */
  types: readonly AbsenceType[];
}

export function AbsenceCharts({ overview, types }: Props) {
  const styles = kindStyles(types);
  return (
    <Stack gap="lg">
      <MonthChart overview={overview} types={types} styles={styles} />
      <KindChart overview={overview} styles={styles} />
    </Stack>
  );
}

/** A chart's frame: its heading, the picture, and its table, shown on request. */
function ChartPanel({ id, title, children, table }: { id: string; title: string; children: ReactNode; table: ReactNode }) {
  const [shown, setShown] = useState(false);
  return (
    <Paper component="section" aria-labelledby={`${id}-heading`} withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={2} size="h3" id={`${id}-heading`}>{title}</Title>
          <Button variant="subtle" size="compact-sm" onClick={() => setShown((s) => !s)}>
            {shown ? 'Hide the table' : 'Show as a table'}
          </Button>
        </Group>
        {children}
        <div id={`${id}-table`} className={shown ? undefined : 'visually-hidden'}>{table}</div>
      </Stack>
    </Paper>
  );
}

// ---------------------------------------------------------------------------------------------------
// By month

const M = { width: 960, height: 320, left: 56, right: 12, top: 22, bottom: 62 };

function MonthChart({ overview, types, styles }: { overview: AbsenceOverview; types: readonly AbsenceType[]; styles: Map<number, KindStyle> }) {
  const prefix = `month-${useChartId()}`;
  const months = overview.byMonth;
  const dayOf = (m: (typeof months)[number], typeId: number) => m.days.find((d) => d.typeId === typeId)?.days ?? 0;
  // Only the kinds with days in these months: an empty kind in the legend is noise.
  const shown = types.filter((t) => months.some((m) => dayOf(m, t.id) > 0));
  const totals = months.map((m) => m.days.reduce((sum, d) => sum + d.days, 0));
  const ticks = axisTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1]!;
  const plotW = M.width - M.left - M.right;
  const plotH = M.height - M.top - M.bottom;
  const band = plotW / Math.max(months.length, 1);
  const barW = band * 0.62;
  const y = (days: number) => M.top + plotH - (days / top) * plotH;
  const first = months[0]?.month;
  const last = months[months.length - 1]?.month;
  const span = first && last ? `${monthWords(first)} to ${monthWords(last)}` : 'the last 12 months';
  const shownStyles = new Map(shown.map((t) => [t.id, styles.get(t.id)!]));

  const table = (
    <Table aria-label="Days lost each month, by kind" striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Month</Table.Th>
          {shown.map((t) => <Table.Th scope="col" key={t.id}>{t.name}</Table.Th>)}
          <Table.Th scope="col">All kinds</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {months.map((m, i) => (
          <Table.Tr key={m.month}>
            <Table.Th scope="row">{monthWords(m.month)}</Table.Th>
            {shown.map((t) => <Table.Td key={t.id}>{daysNumber(dayOf(m, t.id))}</Table.Td>)}
            <Table.Td>{daysNumber(totals[i]!)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <ChartPanel id="absence-by-month" title="Days lost each month" table={table}>
      {shown.length === 0 ? (
        <Text size="sm">No absence recorded from {span}.</Text>
      ) : (
        <>
          <Legend kinds={shown} styles={styles} />
          <svg
            viewBox={`0 0 ${M.width} ${M.height}`} width="100%" role="img" style={{ display: 'block' }}
            aria-label={`Bar chart: days lost each month from ${span}, each bar stacked by kind of absence. The same figures are in the table that follows.`}
          >
            <PatternDefs prefix={prefix} styles={shownStyles} />
            {ticks.map((t) => (
              <g key={t}>
                <line x1={M.left} x2={M.width - M.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? INK : GRID} strokeWidth={1} />
                <text x={M.left - 8} y={y(t) + 4} textAnchor="end" fontSize={12} fill={INK}>{t}</text>
              </g>
            ))}
            <text transform={`translate(16 ${M.top + plotH / 2}) rotate(-90)`} textAnchor="middle" fontSize={13} fill={INK}>Days lost</text>
            {months.map((m, i) => {
              const x = M.left + i * band + (band - barW) / 2;
              let base = 0;
              const year = i === 0 || m.month.endsWith('-01') ? m.month.slice(0, 4) : '';
              return (
                <g key={m.month}>
                  {shown.map((t) => {
                    const days = dayOf(m, t.id);
                    if (days <= 0) return null;
                    const y0 = y(base);
                    base += days;
                    const y1 = y(base);
                    return (
                      <rect key={t.id} x={x} y={y1} width={barW} height={Math.max(y0 - y1, 0)} fill={fillOf(prefix, t.id, styles.get(t.id)!)} stroke="#fff" strokeWidth={1.5}>
                        <title>{`${monthWords(m.month)}, ${t.name}: ${daysText(days)}`}</title>
                      </rect>
                    );
                  })}
                  {totals[i]! > 0 && <text x={x + barW / 2} y={y(totals[i]!) - 5} textAnchor="middle" fontSize={12} fontWeight={600} fill={INK}>{daysNumber(totals[i]!)}</text>}
                  <text x={x + barW / 2} y={M.top + plotH + 18} textAnchor="middle" fontSize={12} fill={INK}>{monthShort(m.month)}</text>
                  {year && <text x={x + barW / 2} y={M.top + plotH + 33} textAnchor="middle" fontSize={11} fill={INK}>{year}</text>}
                </g>
              );
            })}
            <text x={M.left + plotW / 2} y={M.height - 6} textAnchor="middle" fontSize={13} fill={INK}>Month</text>
          </svg>
        </>
      )}
    </ChartPanel>
  );
}

function Legend({ kinds, styles }: { kinds: readonly AbsenceType[]; styles: Map<number, KindStyle> }) {
  return (
    <Group gap="lg" component="ul" aria-label="Key to the kinds of absence" m={0} p={0} style={{ listStyle: 'none' }}>
      {kinds.map((t) => (
        <Group key={t.id} component="li" gap={6} wrap="nowrap">
          <Swatch typeId={t.id} style={styles.get(t.id)!} />
          <Text size="sm">{t.name}</Text>
        </Group>
      ))}
    </Group>
  );
}

// ---------------------------------------------------------------------------------------------------
// By kind

const K = { width: 960, right: 150, top: 8, row: 34, axis: 50 };
/** Room for the longest kind's name beside the bars (about 7.5 units a character at this size). */
const labelRoom = (names: readonly string[]) => Math.min(360, Math.max(120, Math.ceil(Math.max(0, ...names.map((n) => n.length)) * 7.5) + 20));

function KindChart({ overview, styles }: { overview: AbsenceOverview; styles: Map<number, KindStyle> }) {
  const prefix = `kind-${useChartId()}`;
  const rows = overview.byType.filter((r) => r.days > 0 || r.spells > 0);
  const ticks = axisTicks(Math.max(0, ...rows.map((r) => r.days)));
  const top = ticks[ticks.length - 1]!;
  const left = labelRoom(rows.map((r) => r.type.name));
  const plotW = K.width - left - K.right;
  const height = K.top + rows.length * K.row + K.axis;
  const x = (days: number) => left + (days / top) * plotW;
  const axisY = K.top + rows.length * K.row;
  const shownStyles = new Map(rows.map((r) => [r.type.id, styles.get(r.type.id)!]));

  const table = (
    <Table aria-label="Days lost by kind in the last 52 weeks" striped withTableBorder>
      <Table.Thead>
        <Table.Tr>{['Kind', 'Days lost', 'Spells'].map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}</Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.type.id}>
            <Table.Th scope="row">{r.type.name}</Table.Th>
            <Table.Td>{daysNumber(r.days)}</Table.Td>
            <Table.Td>{r.spells}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <ChartPanel id="absence-by-kind" title="Days lost by kind, last 52 weeks" table={table}>
      {rows.length === 0 ? (
        <Text size="sm">No absence recorded in the last 52 weeks.</Text>
      ) : (
        <svg
          viewBox={`0 0 ${K.width} ${height}`} width="100%" role="img" style={{ display: 'block' }}
          aria-label="Bar chart: days lost in the last 52 weeks for each kind of absence. The same figures are in the table that follows."
        >
          <PatternDefs prefix={prefix} styles={shownStyles} />
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={K.top} y2={axisY} stroke={t === 0 ? INK : GRID} strokeWidth={1} />
              <text x={x(t)} y={axisY + 16} textAnchor="middle" fontSize={12} fill={INK}>{t}</text>
            </g>
          ))}
          {rows.map((r, i) => {
            const rowY = K.top + i * K.row;
            const barH = K.row * 0.6;
            const barY = rowY + (K.row - barH) / 2;
            return (
              <g key={r.type.id}>
                {/* The kind's name beside its bar: the chart reads without the colours. */}
                <text x={left - 10} y={rowY + K.row / 2 + 4} textAnchor="end" fontSize={13} fill={INK}>{r.type.name}</text>
                {r.days > 0 && (
                  <rect x={left} y={barY} width={Math.max(x(r.days) - left, 0)} height={barH} fill={fillOf(prefix, r.type.id, styles.get(r.type.id)!)} stroke="#fff" strokeWidth={1}>
                    <title>{`${r.type.name}: ${daysText(r.days)}, ${spellsText(r.spells)}`}</title>
                  </rect>
                )}
                <text x={x(r.days) + 8} y={rowY + K.row / 2 + 4} fontSize={12} fill={INK}>{`${daysText(r.days)}, ${spellsText(r.spells)}`}</text>
              </g>
            );
          })}
          <text x={left + plotW / 2} y={height - 6} textAnchor="middle" fontSize={13} fill={INK}>Days lost</text>
        </svg>
      )}
    </ChartPanel>
  );
}
