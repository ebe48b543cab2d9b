// How each kind of absence looks in the charts: a colour dark enough to stand out against white (3:1 and
// more) and a pattern of its own, so kinds can be told apart without seeing colour, and in print.
import { useId, type ReactNode } from 'react';
import type { AbsenceType } from '../../../../shared/contract/absence';

type Pattern = 'solid' | 'stripes' | 'dots' | 'horizontal' | 'cross' | 'vertical';
export interface KindStyle { colour: string; pattern: Pattern }

const STYLES: readonly KindStyle[] = [
  { colour: '#1c5d99', pattern: 'solid' },
  { colour: '#b5500b', pattern: 'stripes' },
  { colour: '#0f7b6c', pattern: 'dots' },
  { colour: '#7a4fa3', pattern: 'horizontal' },
  { colour: '#5f6770', pattern: 'cross' },
  { colour: '#a3334b', pattern: 'vertical' },
];

/** Each kind's style, by its place among all kinds: the same kind looks the same in both charts. */
export function kindStyles(types: readonly AbsenceType[]): Map<number, KindStyle> {
  return new Map(types.map((t, i) => [t.id, STYLES[i % STYLES.length]!]));
}

/** An id for a chart's patterns, fit for url(#...): React's own ids carry characters it cannot take. */
export const useChartId = (): string => useId().replace(/[^a-zA-Z0-9_-]/g, '');

/** The pattern's id in the page: each chart has its own defs, so ids carry the chart's prefix. */
const patternId = (prefix: string, typeId: number) => `${prefix}-kind-${typeId}`;

export const fillOf = (prefix: string, typeId: number, style: KindStyle): string =>
  style.pattern === 'solid' ? style.colour : `url(#${patternId(prefix, typeId)})`;

const MARKS: Record<Exclude<Pattern, 'solid'>, ReactNode> = {
  stripes: <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#fff" strokeWidth={1.6} />,
  dots: <circle cx={4} cy={4} r={1.7} fill="#fff" />,
  horizontal: <path d="M0,4 H8" stroke="#fff" strokeWidth={1.8} />,
  cross: <path d="M0,0 L8,8 M8,0 L0,8" stroke="#fff" strokeWidth={1.3} />,
  vertical: <path d="M4,0 V8" stroke="#fff" strokeWidth={1.8} />,
};

/** The patterns of the kinds shown, for one chart's <defs>. */
export function PatternDefs({ prefix, styles }: { prefix: string; styles: Map<number, KindStyle> }) {
  return (
    <defs>
      {[...styles].filter(([, s]) => s.pattern !== 'solid').map(([typeId, s]) => (
        <pattern key={typeId} id={patternId(prefix, typeId)} width={8} height={8} patternUnits="userSpaceOnUse">
          <rect width={8} height={8} fill={s.colour} />
          {MARKS[s.pattern as Exclude<Pattern, 'solid'>]}
        </pattern>
      ))}
    </defs>
  );
}

/** A small square of a kind's colour and pattern, for the legend. */
export function Swatch({ typeId, style }: { typeId: number; style: KindStyle }) {
  const prefix = `swatch-${useChartId()}`;
  return (
    <svg width={18} height={18} aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      <PatternDefs prefix={prefix} styles={new Map([[typeId, style]])} />
      <rect x={0.5} y={0.5} width={17} height={17} fill={fillOf(prefix, typeId, style)} stroke="#25262b" strokeWidth={1} />
    </svg>
  );
}

/** Whole-number steps for an axis up to `max`, about five of them: 0, 2, 4, 6, 8. */
export function axisTicks(max: number): number[] {
  const raw = Math.max(max, 1) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top + 1e-9; t += step) ticks.push(t);
  return ticks;
}
