// Importing the office's existing members list: choose columns, preview every row with its problems and
// likely duplicates, then import all-or-nothing. The preview and the import run the same checks.
import { memberInputSchema, type MemberInput } from '../../../shared/contract/members';
import { IMPORT_FIELDS, type ImportField, type ImportFileInput, type ImportOutcome, type ImportPreview, type ImportRowPreview } from '../../../shared/contract/transfer';
import { importFileSchema } from '../../../shared/contract/transfer';
import { AppFailure } from '../../../shared/contract/result';
import { formatUkDate, londonToday, parseUkDate } from '../../../shared/domain/dates';
import { duplicateKeys, formatMemberNumber, parseMemberNumber, ROLES, STATUSES, displayName, type Role } from '../../../shared/domain/members';
import type { OfficeContext } from '../context';
import { readList } from '../lists/service';
import { allForDuplicateCheck, memberNumberTaken, nextMemberNumber, writeMember } from '../members/repository';
import { readSheet } from './spreadsheet';

// Header words people use in their own spreadsheets, for suggesting which column fills which field.
const HEADER_HINTS: Record<ImportField, RegExp> = {
  firstName: /^(first ?name|forename|given ?name|first)$/i,
  lastName: /^(last ?name|surname|family ?name|last)$/i,
  preferredName: /^(preferred|preferred ?name|known ?as|nickname)$/i,
  pronouns: /^pronouns?$/i,
  dateOfBirth: /^(dob|date ?of ?birth|birth ?date|birthday)$/i,
  addressLine1: /^(address|address ?(line)? ?1|street)$/i,
  addressLine2: /^(address ?(line)? ?2)$/i,
  town: /^(town|city|town\/city)$/i,
  postcode: /^(post ?code|postal ?code|zip)$/i,
  phone: /^(phone|telephone|tel|mobile|phone ?number)$/i,
  email: /^(e-?mail|e-?mail ?address)$/i,
  locality: /^(locality|area|district)$/i,
  joinedOn: /^(joined|date ?joined|join ?date|joined ?on|member ?since|start ?date)$/i,
  status: /^(status|membership ?status)$/i,
  leftOn: /^(left|date ?left|left ?on|leaving ?date|date ?of ?leaving)$/i,
  roles: /^(roles?)$/i,
  involvements: /^(involvement|involvements|interests|groups)$/i,
  memberNumber: /^(member ?(no|number|#|id)|membership ?(no|number))$/i,
};

function suggestMapping(headers: string[]): Partial<Record<ImportField, number>> {
  const mapping: Partial<Record<ImportField, number>> = {};
  for (const field of IMPORT_FIELDS) {
    const index = headers.findIndex((h) => HEADER_HINTS[field].test(h.trim()));
    if (index >= 0 && !Object.values(mapping).includes(index)) mapping[field] = index;
  }
  return mapping;
}

const splitList = (value: string) => value.split(/[;,]/).map((s) => s.trim()).filter(Boolean);

interface CheckedRow extends ImportRowPreview {
  input: MemberInput | null;
  memberNumber: number | null;
}

async function checkFile(ctx: OfficeContext, raw: ImportFileInput): Promise<{ preview: ImportPreview; checked: CheckedRow[]; skipDuplicates: boolean }> {
  const file = importFileSchema.parse(raw);
  const sheet = await readSheet(file.fileName, Buffer.from(file.contentBase64, 'base64'));
  const headers = sheet[0] ?? [];
  const mapping = file.mapping ?? suggestMapping(headers);
  for (const [field, index] of Object.entries(mapping)) {
    if (index >= headers.length) throw new AppFailure('VALIDATION', `The column chosen for ${field} is not in the file.`, { [`mapping.${field}`]: 'Choose a column from the file' });
  }
  const mappingErrors: Record<string, string> = {};
  if (mapping.firstName === undefined) mappingErrors['mapping.firstName'] = 'Choose the column that holds first names';
  if (mapping.lastName === undefined) mappingErrors['mapping.lastName'] = 'Choose the column that holds last names';

  const today = londonToday(ctx.now());
  const localities = new Map(readList(ctx.db, 'localities').map((l) => [l.toLowerCase(), l]));
  const involvements = new Map(readList(ctx.db, 'involvements').map((l) => [l.toLowerCase(), l]));
  const existing = new Map<string, { memberNumber: number; name: string }>();
  const existingNumbers = new Map<number, { memberNumber: number; name: string }>();
  for (const p of allForDuplicateCheck(ctx.db)) {
    const who = { memberNumber: p.memberNumber, name: displayName(p) };
    for (const key of duplicateKeys(p)) existing.set(key, who);
    existingNumbers.set(p.memberNumber, who);
  }
  const seenInFile = new Map<string, number>();

  const checked: CheckedRow[] = [];
  sheet.slice(1).forEach((cells, i) => {
    const rowNumber = i + 2;
    if (cells.every((c) => c === '')) return; // blank lines at the end of a sheet are not people
    const values: Partial<Record<ImportField, string>> = {};
    for (const [field, index] of Object.entries(mapping) as [ImportField, number][]) values[field] = cells[index] ?? '';
    const errors: ImportRowPreview['errors'] = [];
    const addError = (field: ImportField | 'row', message: string) => errors.push({ field, message });

    const date = (field: 'dateOfBirth' | 'joinedOn' | 'leftOn') => {
      const v = values[field] ?? '';
      if (!v) return '';
      const iso = parseUkDate(v, today);
      if (!iso) addError(field, `"${v}" is not a date. Write it like 27/11/2026`);
      return iso ?? '';
    };
    const dateOfBirth = date('dateOfBirth');
    const joinedGiven = date('joinedOn');
    // A blank cell in a "date joined" column is a gap to fill, not a guess to make.
    if (mapping.joinedOn !== undefined && !values.joinedOn) addError('joinedOn', 'Enter the date they joined, like 27/11/2026');
    const joinedOn = joinedGiven || today;
    // A left member needs the date they left: the schema below asks for it rather than guessing one.
    const leftOn = date('leftOn');

    const statusText = (values.status ?? '').toLowerCase() || 'active';
    const status = (STATUSES as readonly string[]).includes(statusText) ? (statusText as (typeof STATUSES)[number]) : null;
    if (!status) addError('status', `"${values.status}" is not a status. Use active, lapsed or left`);

    const roleNames = splitList(values.roles ?? '').map((r) => r.toLowerCase());
    const unknownRoles = roleNames.filter((r) => !(ROLES as readonly string[]).includes(r));
    if (unknownRoles.length) addError('roles', `${unknownRoles.join(', ')}: not a role. Use ${ROLES.join(', ')}`);
    const roles = (roleNames.length ? roleNames : ['member']).filter((r): r is Role => (ROLES as readonly string[]).includes(r));

    const locality = values.locality ? localities.get(values.locality.toLowerCase()) : '';
    if (locality === undefined) addError('locality', `"${values.locality}" is not on your list of localities. Correct it, or add it in Settings, Lists and places first`);
    const involvementNames = splitList(values.involvements ?? '').map((n) => {
      const known = involvements.get(n.toLowerCase());
      if (!known) addError('involvements', `"${n}" is not on your list of involvements. Correct it, or add it in Settings, Lists and places first`);
      return known ?? n;
    });

    let memberNumber: number | null = null;
    if (values.memberNumber) {
      memberNumber = parseMemberNumber(values.memberNumber);
      if (memberNumber === null) addError('memberNumber', `"${values.memberNumber}" is not a member number. Use digits, like 1001 or M01001`);
    }

    const input: MemberInput = {
      firstName: values.firstName ?? '', lastName: values.lastName ?? '', preferredName: values.preferredName ?? '',
      pronouns: values.pronouns ?? '', dateOfBirth, addressLine1: values.addressLine1 ?? '', addressLine2: values.addressLine2 ?? '',
      town: values.town ?? '', postcode: values.postcode ?? '', phone: values.phone ?? '', email: values.email ?? '',
      locality: locality ?? '', joinedOn, leftOn, status: status ?? 'active',
      involvements: involvementNames, roles: roles.map((role) => ({ role, startedOn: joinedOn, endedOn: leftOn })),
    };
    const parsed = memberInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = (IMPORT_FIELDS as readonly string[]).includes(String(issue.path[0])) ? (issue.path[0] as ImportField) : 'row';
        if (!errors.some((e) => e.field === field)) addError(field, issue.message);
      }
    }

    let duplicateOf: ImportRowPreview['duplicateOf'] = memberNumber !== null ? existingNumbers.get(memberNumber) ?? null : null;
    const keys = parsed.success ? duplicateKeys(parsed.data) : [];
    for (const key of keys) {
      duplicateOf ??= existing.get(key) ?? null;
      const earlier = seenInFile.get(key);
      if (earlier !== undefined && !errors.some((e) => e.field === 'row')) addError('row', `Same person as row ${earlier} (same ${key.startsWith('email') ? 'email' : 'name and postcode'})`);
    }
    for (const key of keys) if (!seenInFile.has(key)) seenInFile.set(key, rowNumber);
    if (memberNumber !== null) {
      const numberKey = `number:${memberNumber}`;
      const earlier = seenInFile.get(numberKey);
      if (earlier !== undefined) addError('memberNumber', `Member number ${formatMemberNumber(memberNumber)} is also on row ${earlier}`);
      else seenInFile.set(numberKey, rowNumber);
    }

    checked.push({ rowNumber, values, errors, duplicateOf, input: parsed.success ? input : null, memberNumber });
  });

  const withErrors = checked.filter((r) => r.errors.length > 0).length;
  const duplicates = checked.filter((r) => r.duplicateOf).length;
  const toImport = checked.filter((r) => r.errors.length === 0 && !(file.skipDuplicates && r.duplicateOf)).length;
  if (Object.keys(mappingErrors).length) {
    throw new AppFailure('VALIDATION', 'Choose which columns hold first and last names.', mappingErrors);
  }
  return {
    preview: { columns: headers, mapping, notices: fileNotices(mapping, today), rows: checked.map(({ input: _i, memberNumber: _m, ...row }) => row), summary: { rows: checked.length, withErrors, duplicates, toImport } },
    checked,
    skipDuplicates: file.skipDuplicates,
  };
}

function fileNotices(mapping: Partial<Record<ImportField, number>>, today: string): string[] {
  const notices: string[] = [];
  if (mapping.joinedOn === undefined) {
    notices.push(`No column is chosen for the date people joined, so everyone will be recorded as joining today (${formatUkDate(today)}). Choose the column if your file has one.`);
  }
  if (mapping.roles === undefined) notices.push('No column is chosen for roles, so everyone will be recorded as a member.');
  return notices;
}

export async function previewImport(ctx: OfficeContext, input: ImportFileInput): Promise<ImportPreview> {
  return (await checkFile(ctx, input)).preview;
}

/** All or nothing: one row with a problem and not a single person is added. */
export async function commitImport(ctx: OfficeContext, input: ImportFileInput): Promise<ImportOutcome> {
  const { preview, checked, skipDuplicates } = await checkFile(ctx, input);
  if (preview.summary.withErrors > 0) {
    const n = preview.summary.withErrors;
    throw new AppFailure('VALIDATION', `${n} ${n === 1 ? 'row has a problem' : 'rows have problems'}, so nothing was imported. Correct the file and preview it again.`);
  }
  if (preview.summary.toImport === 0) throw new AppFailure('VALIDATION', 'There is nobody new to import in this file.');
  const nowIso = ctx.now().toISOString();
  let skipped = 0;
  // Rows that bring their own member number go first, so a number handed out automatically to an
  // earlier row can never take the one a later row holds (which would then be silently renumbered).
  const ordered = [...checked.filter((r) => r.memberNumber !== null), ...checked.filter((r) => r.memberNumber === null)];
  ctx.sqlite.transaction(() => {
    for (const row of ordered) {
      if (row.duplicateOf && skipDuplicates) { skipped++; continue; }
      const values = memberInputSchema.parse(row.input);
      let memberNumber = row.memberNumber ?? nextMemberNumber(ctx.db);
      if (row.memberNumber !== null && memberNumberTaken(ctx.db, row.memberNumber)) memberNumber = nextMemberNumber(ctx.db);
      writeMember(ctx.db, values, { memberNumber, nowIso });
    }
  })();
  return { imported: preview.summary.toImport, skippedDuplicates: skipped };
}
