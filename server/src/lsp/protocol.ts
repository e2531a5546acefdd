// Custom requests and notifications between the VS Code client and the server, declared once here; the
// client imports these types (architecture-and-style.md §3.6). Plain method names and payload shapes, so
// the server stays testable without VS Code.
import type { Range } from '../engine/types';

/** dfsGuard/scanWorkspace (client → server request): analyse every file of the given folders. */
export const SCAN_WORKSPACE = 'dfsGuard/scanWorkspace';
export interface ScanWorkspaceParams {
  /** Absolute folder paths (the workspace folders). */
  folders: string[];
  /** Glob patterns (VS Code `files.exclude` entries set to true), matched against folder-relative paths. */
  exclude?: string[];
}
export interface ScanWorkspaceResult {
  filesScanned: number;
  findings: number;
  suppressed: number;
  baselined: number;
  /** Baseline entries of scanned files that matched no finding (fixed or changed code). */
  stale: number;
  /** Files that could not be analysed (too large, binary, unreadable). */
  problems: { path: string; message: string }[];
  durationMs: number;
  cancelled: boolean;
}

/** dfsGuard/scanProgress (server → client notification) during a workspace scan. */
export const SCAN_PROGRESS = 'dfsGuard/scanProgress';
export interface ScanProgressParams {
  done: number;
  total: number;
}

/** dfsGuard/status (server → client notification): state and counts for the language status item. */
export const STATUS = 'dfsGuard/status';
export interface StatusParams {
  state: 'ready' | 'analysing' | 'error';
  /** Findings currently shown (open files and the last workspace scan). */
  findings: number;
  /** Findings hidden by in-source suppressions, so reviewers can audit them. */
  suppressed: number;
  /** Findings matched by the baseline (hidden or dimmed per dfsGuard.baseline.display). */
  baselined: number;
  /** Files with results (open files and the last workspace scan). */
  files: number;
  /** Configuration files with errors. */
  configErrors: number;
  message?: string;
}

/** dfsGuard/findings (client → server request): the findings tree, grouped. */
export const FINDINGS = 'dfsGuard/findings';
export type GroupBy = 'itu' | 'masvs' | 'rule' | 'file';
export interface FindingsParams {
  groupBy: GroupBy;
}
export interface FindingLeaf {
  uri: string;
  range: Range;
  ruleId: string;
  message: string;
  severity: string;
}
export interface FindingGroup {
  /** Stable key of the group (rule id, MASVS control, ITU category code, file URI). */
  key: string;
  label: string;
  description?: string;
  count: number;
  findings: FindingLeaf[];
}

/** dfsGuard/baseline (client → server request): create or update the baseline file of a folder. */
export const BASELINE = 'dfsGuard/baseline';
export interface BaselineParams {
  folder: string;
  exclude?: string[];
}
export interface BaselineResult {
  path: string;
  entries: number;
  /** Entries of the previous baseline that no longer match a finding (fixed or changed code). */
  stale: number;
  cancelled: boolean;
}

/** dfsGuard/trust (client → server notification): the workspace trust state changed. */
export const TRUST = 'dfsGuard/trust';
export interface TrustParams {
  trusted: boolean;
}

/** Command ids the server puts into code actions; the client registers them. */
export const COMMANDS = {
  showRuleDocumentation: 'dfsGuard.showRuleDocumentation',
  selectSuppressionReason: 'dfsGuard.selectSuppressionReason',
} as const;

/** The text a new suppression's reason starts with; the client selects it so the user types over it. */
export { REASON_PLACEHOLDER } from '../engine/suppress';
