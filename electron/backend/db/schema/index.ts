// The office database's tables, one file per domain. Change a file here, then `npm run db:generate`
// writes a numbered migration; landed migrations are never edited.
export * from './office';
export * from './members';
export * from './staff';
export * from './rota';
export * from './payroll';
export * from './supervision';
export * from './absence';
export * from './referrals';
export * from './audit';
