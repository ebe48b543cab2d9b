// The print bridge: the desktop app prints a page through a hidden window of its own, so what reaches the
// printer is the paper layout alone and only once its data and fonts are in. No zod here: the sandboxed
// preload imports these checks, and they must stay a few lines of plain code.
import type { Result } from './result';

export const PRINT_ACTIONS = ['print', 'pdf'] as const;
export type PrintAction = (typeof PRINT_ACTIONS)[number];

export interface PrintRequest {
  /** A print page's route inside the app, like '/print/probation/12' or '/print/supervisions?month=2026-11'. */
  path: string;
  action: PrintAction;
  /** The name the Save dialog suggests, like 'Probation schedule, Cordelia Dunstable.pdf'. */
  fileName: string;
}

export interface PrintBridge {
  /** Print ('print': the system dialog) or save as PDF ('pdf': a Save dialog); savedTo is null when cancelled. */
  page(request: PrintRequest): Promise<Result<{ savedTo: string | null }>>;
  /** Called by a print page once its data is shown and its fonts are loaded; only a print window's call counts. */
  ready(): void;
}

/** IPC names of the bridge: kept apart from the contract's channels, which all go to the backend. */
export const PRINT_PAGE_CHANNEL = 'print:page';
export const PRINT_READY_CHANNEL = 'print:ready';

/**
 * The backend calls a print page makes (and the app frame around it): a print window may read only these,
 * never write, so a page that went wrong in a hidden window can change nothing.
 */
export const PRINT_WINDOW_CHANNELS: readonly string[] = ['office:status', 'supervision:person', 'supervision:month', 'support:year'];

const MAX_PATH = 200;
// The print routes and nothing else: '/print/' then letters, digits and the few marks a query needs.
// No '..', no '//', no '#', no scheme: the path is appended to our own page's URL after '#'.
const PRINT_PATH = /^\/print\/[a-z-]+(\/[0-9]+)?(\?[a-z]+=[0-9A-Za-z-]+(&[a-z]+=[0-9A-Za-z-]+)*)?$/;

export function isPrintPath(path: unknown): path is string {
  return typeof path === 'string' && path.length <= MAX_PATH && PRINT_PATH.test(path);
}

const MAX_FILE_NAME = 120;
// A plain file name, no folders: letters (accented ones too, for names), digits, spaces and , . ' ( ) -
const FILE_NAME = /^[\p{L}\p{N} ,.'()-]+\.pdf$/u;

/** Turns a title into a file name the Save dialog can suggest: anything unusual becomes a space. */
export function printFileName(title: string): string {
  const plain = title.replace(/[\u2018\u2019]/g, "'").replace(/[^\p{L}\p{N} ,.'()-]+/gu, ' ').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  // Whole characters only: a cut through a letter outside the BMP (𠀀, two UTF-16 units) would leave half
  // of it, which the check below refuses (found by tests/integration/ipc-fuzz-print.test.ts).
  let name = '';
  for (const character of plain || 'Peer Office') {
    if (name.length + character.length > MAX_FILE_NAME - 4) break;
    name += character;
  }
  return `${name.trim()}.pdf`;
}

/** Why a print request cannot be made, in words for the person; null when it is fine. */
export function printRequestProblem(request: unknown): string | null {
  if (typeof request !== 'object' || request === null) return 'Choose a page to print.';
  const { path, action, fileName } = request as Record<string, unknown>;
  if (!isPrintPath(path)) return 'Only Peer Office print pages can be printed.';
  if (typeof action !== 'string' || !(PRINT_ACTIONS as readonly string[]).includes(action)) return 'Choose Print or Save as PDF.';
  if (typeof fileName !== 'string' || fileName.length > MAX_FILE_NAME || !FILE_NAME.test(fileName) || fileName.startsWith('.')) {
    return 'The file name for the PDF is not a plain file name.';
  }
  return null;
}
