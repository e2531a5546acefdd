// Core types of the analysis engine. Pure data: no LSP, no VS Code, no file system.

/** Zero-based line and UTF-16 column, the same convention as LSP and web-tree-sitter on JS strings. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** The rule model's scale; the editor and SARIF map it to their own levels. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

/**
 * safe: deterministic and behaviour-preserving; preferred and applied by fix-all.
 * suggestion: changes behaviour or needs follow-up; offered, never automatic.
 * guidance: no edit; the rule page explains the fix.
 */
export type FixKind = 'safe' | 'suggestion' | 'guidance';

export interface Fix {
  title: string;
  kind: Exclude<FixKind, 'guidance'>;
  edits: TextEdit[];
}

/** What kind of file a document is, decided from its path (and, for XML, its root element). */
export type FileKind =
  | 'java'
  | 'kotlin'
  | 'manifest'
  | 'network-security-config'
  | 'res-xml'
  | 'layout'
  | 'values'
  | 'gradle'
  | 'gradle-kts'
  | 'version-catalog'
  | 'proguard'
  | 'other';

export interface RelatedLocation {
  path: string;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  path: string;
  range: Range;
  fixes: Fix[];
  related?: RelatedLocation[];
}

/** A per-file problem that is not a rule finding: unreadable, binary, too large, a crashed rule. */
export interface FileProblem {
  path: string;
  message: string;
  kind: 'io' | 'binary' | 'too-large' | 'parse' | 'rule-error';
}

export interface SuppressedFindingInfo {
  finding: Finding;
  /** The reason written with the suppression ('' when missing). */
  justification: string;
}

export interface AnalysisResult {
  findings: Finding[];
  /** Findings hidden by an in-source suppression, kept for audit (CLI summary, SARIF suppressions). */
  suppressed?: SuppressedFindingInfo[];
  problems: FileProblem[];
  /** Number of ERROR/MISSING nodes in the tree, so lost recall is visible. */
  parseErrors: number;
}
