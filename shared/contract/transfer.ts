// Import and export of the members list. Files cross the bridge as base64 so the same contract
// works over Electron IPC and over the browser host's HTTP.
import { z } from 'zod';
import { memberSearchSchema } from './members';

/** The register fields a spreadsheet column can fill. Order is the order shown in the column chooser. */
export const IMPORT_FIELDS = [
  'firstName', 'lastName', 'preferredName', 'pronouns', 'dateOfBirth', 'addressLine1', 'addressLine2', 'town',
  'postcode', 'phone', 'email', 'locality', 'joinedOn', 'status', 'leftOn', 'roles', 'involvements', 'memberNumber',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  firstName: 'First name', lastName: 'Last name', preferredName: 'Preferred name', pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth', addressLine1: 'Address line 1', addressLine2: 'Address line 2', town: 'Town',
  postcode: 'Postcode', phone: 'Phone', email: 'Email', locality: 'Locality', joinedOn: 'Date joined',
  status: 'Status', leftOn: 'Date left', roles: 'Roles', involvements: 'Involvement', memberNumber: 'Member number',
};

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const importFileSchema = z.object({
  fileName: z.string().trim().min(1, 'Choose a file').max(260).refine((n) => /\.(xlsx|csv)$/i.test(n), 'Choose an .xlsx or .csv file'),
  // base64 grows 4/3: the limit applies to the decoded file
  contentBase64: z.string().min(1, 'The file is empty').max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'The file is larger than 10 MB'),
  /** Field -> zero-based column index; omitted on the first preview so the backend suggests one. */
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(500)).optional(),
  /** Rows that match someone already on the register are left out rather than added twice. */
  skipDuplicates: z.boolean().default(true),
});
export type ImportFileInput = z.input<typeof importFileSchema>;

export interface ImportRowPreview {
  /** The row number as the spreadsheet shows it (header is row 1). */
  rowNumber: number;
  values: Partial<Record<ImportField, string>>;
  errors: { field: ImportField | 'row'; message: string }[];
  /** Set when the row matches someone already on the register: their member number and name. */
  duplicateOf: { memberNumber: number; name: string } | null;
}

export interface ImportPreview {
  columns: string[];
  mapping: Partial<Record<ImportField, number>>;
  rows: ImportRowPreview[];
  summary: { rows: number; withErrors: number; duplicates: number; toImport: number };
  /** Things true of the whole file that the person should know before importing it. */
  notices: string[];
}

export interface ImportOutcome { imported: number; skippedDuplicates: number }

export const exportMembersSchema = memberSearchSchema.omit({ limit: true });

export interface ExportedFile { fileName: string; contentBase64: string; rows: number }
