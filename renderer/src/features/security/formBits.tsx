// Small pieces the passphrase and locking forms share: several forms sit on the Settings page, so each
// one's field ids carry its own prefix, and its error summary links to those.
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import type { Problem } from '../../components/useCheckedSubmit';

export const fid = (prefix: string, name: string): string => fieldId(`${prefix}.${name}`);

const withPrefix = (prefix: string, entries: Record<string, string>) =>
  Object.fromEntries(Object.entries(entries).map(([name, text]) => [name === 'form' ? name : `${prefix}.${name}`, text]));

/** The GOV.UK error summary of one prefixed form. */
export function FormProblem({ problem, prefix, labels }: { problem: Problem | null; prefix: string; labels: Record<string, string> }) {
  return <ErrorSummary message={problem?.message ?? null} fields={withPrefix(prefix, problem?.fields ?? {})} labels={withPrefix(prefix, labels)} />;
}
