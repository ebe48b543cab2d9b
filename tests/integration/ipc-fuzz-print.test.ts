// Property tests for the one IPC channel outside the contract: 'print:page' (electron/main/print.ts).
// Its handler checks the sender, then printRequestProblem() decides whether the request is one of ours;
// only then is a hidden window opened on the path. So that check must never throw, must explain every
// refusal, and must let through only a print route inside our own page and a plain file name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRINT_ACTIONS, printFileName, printRequestProblem } from '../../shared/contract/print';
import { AWKWARD_STRINGS, anyCloneable, extremeInput } from '../helpers/fuzz-inputs';

const PATHS = [
  '/print/probation/12', '/print/supervisions?month=2026-11', '/print/x', '/print/../../etc/passwd', '/print//evil', '/print/x#y', '/print/x?a=1&b=2',
  'https://evil.example.org/print/x', 'javascript:alert(1)', '//evil.example.org', '/print/x/../y', '/print/x?next=//evil', '\\print\\x', '/PRINT/x',
  `/print/${'a'.repeat(300)}`,
];
const FILE_NAMES = ['Probation schedule, Cordelia Dunstable.pdf', '../../.bashrc.pdf', '.hidden.pdf', 'a/b.pdf', 'a\\b.pdf', 'CON.pdf', 'x.PDF', 'x.pdf\u0000.exe', `${'a'.repeat(200)}.pdf`];

// Requests the app itself makes: some must get through, so that the checks on what gets through run.
const ours = fc.record({
  path: fc.constantFrom('/print/probation/12', '/print/supervisions?month=2026-11', '/print/support-year?year=2026'),
  action: fc.constantFrom(...PRINT_ACTIONS),
  fileName: fc.oneof(fc.constantFrom('Probation schedule, Cordelia Dunstable.pdf'), fc.string({ unit: 'grapheme', maxLength: 150 }).map(printFileName)),
});

const requests = fc.oneof(
  ours,
  anyCloneable,
  extremeInput,
  fc.record(
    {
      path: fc.oneof(fc.constantFrom(...PATHS), fc.constantFrom(...AWKWARD_STRINGS), fc.string({ unit: 'binary' }).map((s) => `/print/${s}`), anyCloneable),
      action: fc.oneof(fc.constantFrom(...PRINT_ACTIONS, 'PRINT', 'open', 'exec'), anyCloneable),
      fileName: fc.oneof(fc.constantFrom(...FILE_NAMES), fc.string({ unit: 'binary' }).map((s) => `${s}.pdf`), anyCloneable),
    },
    { requiredKeys: [] },
  ),
);

describe('print:page requests, random and malformed', () => {
  it('are refused in words, or are a print route of our own page and a plain PDF name', () => {
    let accepted = 0;
    fc.assert(
      fc.property(requests, (request) => {
        const problem = printRequestProblem(structuredClone(request));
        if (problem !== null) {
          expect(problem.trim()).not.toBe('');
          return;
        }
        const { path, action, fileName } = request as { path: string; action: string; fileName: string };
        expect(path).toMatch(/^\/print\/[a-z-]+/);
        for (const escape of ['..', '//', '#', ':', '\\']) expect(path).not.toContain(escape);
        expect(PRINT_ACTIONS).toContain(action);
        expect(fileName).toMatch(/\.pdf$/);
        expect(fileName.startsWith('.')).toBe(false);
        for (const escape of ['/', '\\', '\u0000']) expect(fileName).not.toContain(escape);
        expect(fileName.length).toBeLessThanOrEqual(120);
        accepted++;
      }),
      { numRuns: 3_000 },
    );
    // Some requests must have got through, or the checks on what gets through were never run.
    expect(accepted).toBeGreaterThan(0);
  });

  it('accepts the file name it suggests for any title a page can have', () => {
    // Letters outside the Basic Multilingual Plane (𝐀, 𠀀) take two UTF-16 units: a cut between them leaves half a letter.
    const letters = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '.', '𝐀', '𠀀', '🙂'), minLength: 100, maxLength: 140 });
    const titles = fc.oneof(letters, fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...AWKWARD_STRINGS));
    fc.assert(
      fc.property(titles, (title) => {
        const fileName = printFileName(title);
        expect(printRequestProblem({ path: '/print/probation/12', action: 'pdf', fileName })).toBeNull();
      }),
      { numRuns: 3_000 },
    );
  });
});
