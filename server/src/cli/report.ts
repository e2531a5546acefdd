// What a scan produced, before formatting.
import type { AnyRule } from '../engine/rule';
import type { FileProblem, Finding } from '../engine/types';

export interface ScanReport {
  /** Paths are relative to the working directory, with forward slashes. */
  findings: Finding[];
  problems: FileProblem[];
  filesScanned: number;
  filesWithParseErrors: number;
  rules: readonly AnyRule[];
  durationMs: number;
}
