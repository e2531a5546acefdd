// What a scan produced, before formatting.
import type { AnyRule } from '../engine/rule';
import type { FileProblem, Finding, SuppressedFindingInfo } from '../engine/types';

export interface ScanReport {
  /** Paths are relative to the working directory, with forward slashes. */
  findings: Finding[];
  problems: FileProblem[];
  filesScanned: number;
  filesWithParseErrors: number;
  /** Findings hidden by in-source suppressions (with their justification), for audit. */
  suppressed: SuppressedFindingInfo[];
  rules: readonly AnyRule[];
  durationMs: number;
}
