// The submit of a form that checks itself with the contract's schema before calling the backend, and
// shows what either refused: the GOV.UK pattern the error summary follows.
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { fieldErrors } from '../../../shared/contract/channels';
import { problemOf } from '../api/client';
import { CHECK_BELOW } from './ErrorSummary';

export type Problem = { message: string; fields: Record<string, string> };

export function useCheckedSubmit<S extends z.ZodType>(schema: S, send: (input: z.input<S>, onError: (err: unknown) => void) => void) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = (input: z.input<S>) => (e: FormEvent) => {
    e.preventDefault();
    const checked = schema.safeParse(input);
    if (!checked.success) return setProblem({ message: CHECK_BELOW, fields: fieldErrors(checked.error) });
    setProblem(null);
    send(input, (err) => setProblem(problemOf(err)));
  };
  return { problem, submit };
}
