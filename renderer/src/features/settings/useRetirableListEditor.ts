// What the Settings editors of places and pay elements share: a draft that adds or changes one entry,
// the form's checked submit, field errors keyed with a prefix (several forms share the Settings page, so
// the error summary's links must stay unique), a line saying what was saved, and retiring or bringing
// back an entry from its row. Entries in use are retired, never deleted: past sessions and files name them.
import { useState } from 'react';
import type { z } from 'zod';
import { problemOf } from '../../api/client';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

type Save<S extends z.ZodType> = (input: z.input<S>, callbacks: { onSuccess: () => void; onError: (err: unknown) => void }) => void;

export function useRetirableListEditor<S extends z.ZodType, D extends { id?: number; name: string }>(options: {
  schema: S;
  empty: D;
  /** 'place' makes field ids like 'place-name'. */
  prefix: string;
  save: Save<S>;
}) {
  const { schema, empty, prefix, save } = options;
  const [draft, setDraft] = useState<D>(empty);
  const [saved, setSaved] = useState<string | null>(null);
  const [rowProblem, setRowProblem] = useState<string | null>(null);
  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((old) => ({ ...old, [key]: value }));
  const { problem, submit } = useCheckedSubmit(schema, (input, onError) => {
    setSaved(null);
    const { name, id } = input as { name: string; id?: number };
    save(input, { onError, onSuccess: () => { setSaved(`${name} ${id ? 'saved' : 'added'}.`); setDraft(empty); } });
  });
  const errors = Object.fromEntries(Object.entries(problem?.fields ?? {}).map(([k, v]) => [`${prefix}-${k}`, v]));

  /** Starts changing an entry in the form below the list. */
  const edit = (next: D) => {
    setSaved(null);
    setDraft(next);
  };

  /** Retires an entry or brings it back, straight from its row; `words` says what happened. */
  const toggle = (input: z.input<S>, words: string) => {
    setSaved(null);
    setRowProblem(null);
    save(input, { onSuccess: () => setSaved(words), onError: (err) => setRowProblem(problemOf(err).message) });
  };

  return { draft, set, edit, cancel: () => setDraft(empty), saved, rowProblem, problem, submit, errors, editing: draft.id !== undefined, toggle };
}
