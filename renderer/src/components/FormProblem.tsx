// The error summary of one form among several on a page (a Settings page, a member's page, a dialog over
// the unlock screen): every field id carries the form's prefix, so the summary's links go to the right
// input and no two inputs share an id.
import { ErrorSummary, fieldId } from './ErrorSummary';
import type { Problem } from './useCheckedSubmit';

/** The input id for a field of the form with this prefix: `field-hold-heldOn`. */
export const fid = (prefix: string, name: string): string => fieldId(`${prefix}.${name}`);

/** The summary at the top of a prefixed form, its problems in the order of `labels` (the form's order). */
export function FormProblem({ problem, prefix, labels }: { problem: Problem | null; prefix: string; labels: Record<string, string> }) {
  if (!problem) return null;
  const order = Object.keys(labels);
  const rank = (key: string) => {
    const base = key.split('.')[0]!;
    return order.includes(base) ? order.indexOf(base) : order.length;
  };
  const entries = Object.entries(problem.fields).filter(([name]) => name !== 'form').sort(([a], [b]) => rank(a) - rank(b));
  const fields = Object.fromEntries(entries.map(([name, message]) => [`${prefix}.${name}`, message]));
  const prefixedLabels = Object.fromEntries(entries.map(([name]) => [`${prefix}.${name}`, labelFor(labels, name)]));
  return <ErrorSummary message={problem.message} fields={fields} labels={prefixedLabels} />;
}

/** "newActions.1" reads "New action 2"; other fields by their label. */
function labelFor(labels: Record<string, string>, name: string): string {
  const [base, index] = name.split('.');
  if (index !== undefined && /^\d+$/.test(index)) return `${labels[base!] ?? base} ${Number(index) + 1}`;
  return labels[name] ?? '';
}
