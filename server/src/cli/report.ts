// What a scan produced, before formatting.
import type { BaselineEntry } from '../baseline';
import type { AnyRule } from '../engine/rule';
import type { FileProblem, Finding, SuppressedFindingInfo } from '../engine/types';

export const TOOL_VERSION = '0.1.0';

export interface ScanReport {
  /** Findings to act on (not suppressed, not baselined). Paths are relative to the working directory, with forward slashes. */
  findings: Finding[];
  problems: FileProblem[];
  filesScanned: number;
  filesWithParseErrors: number;
  /** Findings hidden by in-source suppressions (with their justification), for audit. */
  suppressed: SuppressedFindingInfo[];
  rules: readonly AnyRule[];
  durationMs: number;
  /** Findings accepted in the baseline file (hidden from the findings list, counted in the summary). */
  baselined?: Finding[];
  /** Baseline entries no finding matched any more (fixed or changed code). */
  staleBaseline?: BaselineEntry[];
  /** The baseline file used, relative to the working directory. */
  baselinePath?: string;
  /** Content fingerprint of each finding, baselined and suppressed finding (baseline and SARIF key). */
  fingerprints?: Map<Finding, string>;
  /** Working directory (absolute): report paths are relative to it. */
  cwd?: string;
  /** Repository root (absolute): SARIF and baseline paths are relative to it. */
  root?: string;
  /** The text of every file with a finding, keyed by report path (code excerpts). */
  sources?: Map<string, string>;
  /** Only lines changed since this git ref were reported. */
  changedSince?: string;
  /** The repo config file used, relative to the working directory. */
  configPath?: string;
  /** Emit suppressed and baselined findings in SARIF with `suppressions` (--include-suppressed). */
  includeSuppressed?: boolean;
  /** Name shown in report titles (the scanned folder). */
  projectName?: string;
  /** SARIF automationDetails.id category (before the final `/`). */
  category?: string;
}
