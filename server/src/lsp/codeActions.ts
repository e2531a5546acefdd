// Code actions for DFS Guard diagnostics: the fixes carried in diagnostic data, in a predictable order
// (preferred safe fix first, then suggestions), plus source.fixAll.dfsGuard with safe fixes only.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { dropOverlapping } from '../engine/text';
import type { Finding } from '../engine/types';
import { SOURCE, type DiagnosticData } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.dfsGuard`;

export function isDfsDiagnostic(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  return d.source === SOURCE && typeof d.data === 'object' && d.data !== null && 'ruleId' in d.data;
}

export function quickFixes(uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (!isDfsDiagnostic(d)) continue;
    const { ruleId, fixes } = d.data;
    let preferredTaken = false;
    for (const fix of fixes) {
      const preferred = fix.kind === 'safe' && !preferredTaken;
      if (preferred) preferredTaken = true;
      actions.push({
        title: `${fix.title} (${ruleId})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: preferred,
        edit: { changes: { [uri]: fix.edits } },
      });
    }
  }
  return actions;
}

/** One action with every safe fix in the document (never suggestions: fix-all must not change behaviour). */
export function fixAllAction(uri: string, findings: Finding[]): CodeAction | undefined {
  const edits = dropOverlapping(findings.flatMap((f) => f.fixes.find((x) => x.kind === 'safe')?.edits ?? []));
  if (edits.length === 0) return undefined;
  return { title: 'Fix all safe DFS Guard problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } };
}
