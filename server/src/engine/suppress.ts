// In-source suppressions, one syntax everywhere (the server and the CLI share this parser):
//   // dfs-guard-ignore[rule-id, other-id]: reason        (or /* … */) on the same line or the line above
//   <!-- dfs-guard-ignore[rule-id]: reason -->              in XML, same line or the line above
//   @Suppress("dfs-guard:rule-id") / @SuppressWarnings("dfs-guard:rule-id")   on a Kotlin/Java declaration,
//        with the reason in a comment on the annotation's line: @Suppress("dfs-guard:x") // reason
// A rule id is required (no blanket suppression); a missing reason, an unknown id, a malformed marker and a
// suppression that suppresses nothing are reported, so reviewers can audit every one.
import type { Node } from 'web-tree-sitter';
import { nodeRange } from './ast';
import type { Finding, Range } from './types';

export interface Suppression {
  ruleIds: string[];
  reason?: string;
  /** Where the marker is written. */
  range: Range;
  /** Lines whose findings it covers (inclusive, 0-based). */
  fromLine: number;
  toLine: number;
  kind: 'comment' | 'annotation';
  used: Set<string>;
}

export interface SuppressionProblem {
  messageId: 'missingReason' | 'unknownRule' | 'malformed' | 'unused' | 'notSuppressible';
  range: Range;
  data: Record<string, string>;
}

export interface SuppressedFinding {
  finding: Finding;
  justification: string;
}

const MARKER = /dfs-guard-ignore\b/;
// dfs-guard-ignore[a, b]: reason
const COMMENT_FORM = /dfs-guard-ignore\[([^\]]*)\](?:\s*:\s*(.*?))?\s*(?:\*\/|-->)?\s*$/;

/** Finds comment suppressions line by line: only inside line, block or XML comments. */
export function parseCommentSuppressions(text: string, isXml: boolean): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const at = line.search(MARKER);
    if (at < 0) continue;
    const before = line.slice(0, at);
    const inComment = isXml ? /<!--[^>]*$/.test(before) || /<!--\s*$/.test(before) : /\/\/[^"]*$|\/\*[^*]*$/.test(before);
    if (!inComment) continue;
    const range = { start: { line: i, character: at }, end: { line: i, character: line.replace(/\r$/, '').length } };
    const m = COMMENT_FORM.exec(line.slice(at));
    if (!m) {
      problems.push({ messageId: 'malformed', range, data: { text: line.slice(at).trim() } });
      continue;
    }
    const ids = m[1].split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.length === 0) {
      problems.push({ messageId: 'malformed', range, data: { text: line.slice(at).trim() } });
      continue;
    }
    // A marker alone on its line covers the next line; after code it covers its own line.
    const onlyComment = /^\s*(\/\/|\/\*|<!--)\s*$/.test(before);
    const target = onlyComment ? nextCodeLine(lines, i, isXml) : i;
    // In XML a comment cannot sit between attributes, so a marker above an element covers its whole start tag.
    const last = onlyComment && isXml ? startTagEndLine(lines, target) : target;
    suppressions.push({ ruleIds: ids, reason: cleanReason(m[2]), range, fromLine: target, toLine: last, kind: 'comment', used: new Set() });
  }
  return { suppressions, problems };
}

/** The first line after a marker that holds code: blank lines and other comments are skipped. */
function nextCodeLine(lines: string[], from: number, isXml: boolean): number {
  for (let j = from + 1; j < lines.length; j++) {
    const t = lines[j].trim();
    if (t === '') continue;
    if (isXml ? /^<!--.*-->$/.test(t) : /^(\/\/|\/\*.*\*\/$)/.test(t)) continue;
    return j;
  }
  return from + 1;
}

/** The line where the start tag beginning on `from` closes (`>` outside attribute quotes). */
function startTagEndLine(lines: string[], from: number): number {
  const first = lines[from] ?? '';
  const lt = first.indexOf('<');
  if (lt < 0 || first[lt + 1] === '!' || first[lt + 1] === '?') return from;
  let quote = '';
  for (let j = from; j < lines.length && j < from + 200; j++) {
    const l = lines[j];
    for (let k = j === from ? lt : 0; k < l.length; k++) {
      const c = l[k];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') return j;
    }
  }
  return from;
}

/**
 * The reason text the editor's "Suppress <rule> on this line" action inserts for the user to type over. Left
 * as it is, it counts as no reason (reported as missingReason), so an unexplained suppression cannot slip in.
 */
export const REASON_PLACEHOLDER = 'TODO explain why this is safe';

function cleanReason(raw: string | undefined): string | undefined {
  const r = raw?.replace(/\*\/\s*$|-->\s*$/, '').trim();
  return r && r !== REASON_PLACEHOLDER ? r : undefined;
}

/** `@Suppress("dfs-guard:id")` / `@SuppressWarnings({"dfs-guard:a", "dfs-guard:b"})` on declarations. */
export function parseAnnotationSuppressions(root: Node, text: string): Suppression[] {
  if (!text.includes('dfs-guard:')) return [];
  const out: Suppression[] = [];
  const lines = text.split('\n');
  for (const ann of root.descendantsOfType(['annotation', 'marker_annotation'])) {
    const t = ann.text;
    if (!/^@(Suppress|SuppressWarnings)\b/.test(t) || !t.includes('dfs-guard:')) continue;
    const ids = [...t.matchAll(/"dfs-guard:([^"]*)"/g)].map((m) => m[1].trim());
    // The annotated declaration: climb out of modifier lists to the declaration node.
    let decl: Node | null = ann.parent;
    while (decl && (decl.type === 'modifiers' || decl.type === 'annotation' || decl.type === 'annotated_expression')) decl = decl.parent;
    if (!decl) continue;
    const range = nodeRange(ann);
    const sameLine = lines[range.end.line] ?? '';
    const comment = /\/\/\s*(.*)$/.exec(sameLine.slice(range.end.character));
    out.push({
      ruleIds: ids,
      reason: cleanReason(comment?.[1]),
      range,
      fromLine: nodeRange(decl).start.line,
      toLine: nodeRange(decl).end.line,
      kind: 'annotation',
      used: new Set(),
    });
  }
  return out;
}

/**
 * Splits findings into kept and suppressed, and reports suppression problems.
 * `knownRules` decides unknown ids; `nonSuppressible` lists ids a team has made mandatory.
 */
export function applySuppressions(
  findings: Finding[],
  suppressions: Suppression[],
  opts: { knownRules: Set<string>; activeRules: Set<string>; nonSuppressible?: Set<string> },
): { kept: Finding[]; suppressed: SuppressedFinding[]; problems: SuppressionProblem[] } {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const line = f.range.start.line;
    const s = suppressions.find((x) => line >= x.fromLine && line <= x.toLine && x.ruleIds.includes(f.ruleId));
    if (s && !opts.nonSuppressible?.has(f.ruleId)) {
      s.used.add(f.ruleId);
      suppressed.push({ finding: f, justification: s.reason ?? '' });
    } else kept.push(f);
  }
  const problems: SuppressionProblem[] = [];
  for (const s of suppressions) {
    if (!s.reason) problems.push({ messageId: 'missingReason', range: s.range, data: { ids: s.ruleIds.join(', ') } });
    for (const id of s.ruleIds) {
      if (!opts.knownRules.has(id)) problems.push({ messageId: 'unknownRule', range: s.range, data: { id } });
      else if (opts.nonSuppressible?.has(id)) problems.push({ messageId: 'notSuppressible', range: s.range, data: { id } });
      // Only a rule that ran can prove a suppression unused.
      else if (opts.activeRules.has(id) && !s.used.has(id)) problems.push({ messageId: 'unused', range: s.range, data: { id } });
    }
  }
  return { kept, suppressed, problems };
}
