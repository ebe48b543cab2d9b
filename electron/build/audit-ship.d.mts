// Types for audit-ship.mjs, so its rules can be unit-tested from TypeScript.
export interface LsTree { dependencies?: Record<string, LsTree> }
export interface AuditVulnerability { name: string; severity: string; range: string; via?: (string | { title: string })[] }
export interface AuditReport { vulnerabilities?: Record<string, AuditVulnerability> }
export declare function namesInTree(tree: LsTree, into?: Set<string>): Set<string>;
export declare function blockingAdvisories(audit: AuditReport, shipped: Set<string>): { name: string; severity: string; range: string; titles: string[] }[];
