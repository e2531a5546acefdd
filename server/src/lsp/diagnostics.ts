// Finding → LSP Diagnostic. Every diagnostic carries its identity: code = rule id, source, a link to the
// bundled rule page, and data with the fixes so that a code action is a lookup, not a re-analysis.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { EditorSeverity, Settings } from '../config';
import { docsUrl, type AnyRule } from '../engine/rule';
import { severityRank, type Finding, type Fix } from '../engine/types';

export const SOURCE = 'dfs-guard';

export interface DiagnosticData {
  ruleId: string;
  /** Document version the fixes were computed for. */
  version: number;
  fixes: Fix[];
}

const LSP_SEVERITY: Record<EditorSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(
  findings: Finding[],
  opts: { settings: Settings; version: number; docsBase: string; rulesById: Map<string, AnyRule> },
): Diagnostic[] {
  const min = severityRank(opts.settings.minimumSeverity);
  return findings
    .filter((f) => severityRank(f.severity) >= min)
    .map((f) => {
      const data: DiagnosticData = { ruleId: f.ruleId, version: opts.version, fixes: f.fixes };
      const rule = opts.rulesById.get(f.ruleId);
      return {
        range: f.range,
        severity: LSP_SEVERITY[opts.settings.severityMapping[f.severity]],
        source: SOURCE,
        code: f.ruleId,
        codeDescription: { href: docsUrl(f.ruleId, opts.docsBase) },
        message: rule ? `${f.message} [${rule.meta.title}]` : f.message,
        relatedInformation: f.related?.map((r) => ({ location: { uri: r.path, range: r.range }, message: r.message })),
        data,
      };
    });
}
