// Code actions for DFS Guard diagnostics: one predictable menu per finding (architecture-and-style.md §3.8):
//   1. the preferred fix (isPreferred only for a safe, behaviour-preserving fix);
//   2. other fixes, as suggestions (never preferred);
//   3. "Suppress <id> on this line" (a reasoned marker; never preferred, never in fix-all);
//   4. "Show documentation for <id>" (a command: the bundled page opens offline);
//   5. "Fix all <id> problems in this file" (safe fixes of that rule only).
// plus source.fixAll.dfsGuard with every safe fix of the document, for editor.codeActionsOnSave.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { dropOverlapping } from '../engine/text';
import type { FileKind, Finding, Fix } from '../engine/types';
import { SOURCE, type DiagnosticData } from './diagnostics';
import { COMMANDS } from './protocol';
import { suppressEdit } from './suppress-edit';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.dfsGuard`;
/** The rule whose findings are problems with suppression markers: suppressing those makes no sense. */
const SUPPRESSION_RULE_ID = 'dfs-guard-suppression';

export function isDfsDiagnostic(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  return d.source === SOURCE && typeof d.data === 'object' && d.data !== null && 'ruleId' in d.data;
}

export interface MenuContext {
  uri: string;
  text: string;
  kind: FileKind;
  /** Every finding of the document (for "Fix all <id> problems in this file"). */
  findings: Finding[];
  suppress: boolean;
  documentation: boolean;
}

/** The quick fixes only (fixes carried by the diagnostics), in menu order. */
export function quickFixes(uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) if (isDfsDiagnostic(d)) actions.push(...fixActions(uri, d));
  return actions;
}

function fixActions(uri: string, d: Diagnostic & { data: DiagnosticData }): CodeAction[] {
  const { ruleId, fixes } = d.data as DiagnosticData;
  // Preferred first: the first safe fix; then the others in the rule's order.
  const preferred: Fix | undefined = fixes.find((f) => f.kind === 'safe');
  const ordered = preferred ? [preferred, ...fixes.filter((f) => f !== preferred)] : fixes;
  return ordered.map((fix) => ({
    title: `${fix.title} (${ruleId})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: fix === preferred,
    edit: { changes: { [uri]: fix.edits } },
  }));
}

/** The full menu for the diagnostics in a code-action request. Shared entries (docs, fix all) appear once. */
export function menu(ctx: MenuContext, diagnostics: Diagnostic[]): CodeAction[] {
  const dfs = diagnostics.filter(isDfsDiagnostic);
  const fixes: CodeAction[] = [];
  const suppress: CodeAction[] = [];
  const docs: CodeAction[] = [];
  const fixAll: CodeAction[] = [];
  const seen = new Set<string>();
  const once = (list: CodeAction[], action: CodeAction) => {
    if (seen.has(action.title)) return;
    seen.add(action.title);
    list.push(action);
  };
  for (const d of dfs) {
    const { ruleId } = d.data as DiagnosticData;
    fixes.push(...fixActions(ctx.uri, d));
    if (ctx.suppress && ruleId !== SUPPRESSION_RULE_ID) {
      const s = suppressEdit(ctx.text, ctx.kind, d.range.start.line, ruleId);
      const title = `Suppress ${ruleId} on this line`;
      if ('edit' in s) {
        once(suppress, {
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: false,
          edit: { changes: { [ctx.uri]: [s.edit] } },
          // Selects the reason placeholder so the user types the reason straight away.
          command: s.placeholder ? { title: 'Write the reason', command: COMMANDS.selectSuppressionReason, arguments: [ctx.uri, s.placeholder] } : undefined,
        });
      } else {
        once(suppress, { title, kind: CodeActionKind.QuickFix, diagnostics: [d], disabled: { reason: s.unavailable } });
      }
    }
    if (ctx.documentation) {
      once(docs, {
        title: `Show documentation for ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: false,
        command: { title: `Show documentation for ${ruleId}`, command: COMMANDS.showRuleDocumentation, arguments: [ruleId] },
      });
    }
    const all = ruleFixAll(ctx, ruleId);
    if (all) once(fixAll, all);
  }
  return [...fixes, ...suppress, ...docs, ...fixAll];
}

/** "Fix all <id> problems in this file": the safe fixes of one rule (never suggestions). */
function ruleFixAll(ctx: MenuContext, ruleId: string): CodeAction | undefined {
  const mine = ctx.findings.filter((f) => f.ruleId === ruleId);
  const edits = dropOverlapping(mine.flatMap((f) => f.fixes.find((x) => x.kind === 'safe')?.edits ?? []));
  if (edits.length === 0) return undefined;
  return { title: `Fix all ${ruleId} problems in this file`, kind: CodeActionKind.QuickFix, isPreferred: false, edit: { changes: { [ctx.uri]: edits } } };
}

/** One action with every safe fix in the document (never suggestions: fix-all must not change behaviour). */
export function fixAllAction(uri: string, findings: Finding[]): CodeAction | undefined {
  const edits = dropOverlapping(findings.flatMap((f) => f.fixes.find((x) => x.kind === 'safe')?.edits ?? []));
  if (edits.length === 0) return undefined;
  return { title: 'Fix all safe DFS Guard problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } };
}
