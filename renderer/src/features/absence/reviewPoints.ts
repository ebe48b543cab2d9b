// Review points typed as a list ("51, 201, 401, 601"), for the office's settings and a person's own.
import type { Problem } from '../../components/useCheckedSubmit';

export const reviewPointsText = (points: readonly number[]): string => points.join(', ');

/**
 * "51, 201, 401" -> [51, 201, 401]. Anything that is not a whole number goes on as not-a-number, so the
 * contract's schema says "Enter each review point as a whole number"; an empty box gives [], and the
 * schema asks for at least one. Spaces and a trailing comma are forgiven.
 */
export function parseReviewPoints(text: string): number[] {
  return text.split(',').map((p) => p.trim()).filter((p) => p !== '').map((p) => (/^\d{1,6}$/.test(p) ? Number(p) : Number.NaN));
}

/** The schema names a bad point by its place ('reviewPoints.2'); the form has one box, so they all go to it. */
export function oneBoxForPoints(problem: Problem | null): Problem | null {
  if (!problem) return null;
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(problem.fields)) {
    const key = name.startsWith('reviewPoints') ? 'reviewPoints' : name;
    fields[key] ??= message;
  }
  return { message: problem.message, fields };
}
