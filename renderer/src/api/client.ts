// The renderer's only way to the backend: window.peerOffice, typed from the shared contract.
import type { Channel, InputOf, OutputOf, PeerOfficeApi } from '../../../shared/contract/channels';
import type { AppError } from '../../../shared/contract/result';

declare global {
  interface Window {
    peerOffice: PeerOfficeApi;
  }
}

/** A failed call, carrying the backend's error so forms can show `message` and mark `fields`. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
  get fields(): Record<string, string> {
    return this.error.fields ?? {};
  }
}

/** Calls a channel and returns its value, or throws ApiError (which TanStack Query passes to the screen). */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await window.peerOffice.invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export const errorOf = (err: unknown): AppError =>
  err instanceof ApiError ? err.error : { code: 'INTERNAL', message: 'Something went wrong. Try again.' };

/** What a form shows after a failed call: the message for the summary, and where each problem is. */
export const problemOf = (err: unknown): { message: string; fields: Record<string, string> } => {
  const { message, fields } = errorOf(err);
  return { message, fields: fields ?? {} };
};

/** Base64 <-> bytes for files crossing the bridge. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Saves a file the backend made: a download in the browser, a Save As dialog in Electron. */
export function saveBase64File(fileName: string, contentBase64: string, type: string): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
