// The edit behind "Suppress <rule> on this line": extends a suppression marker that already covers the
// line, or inserts `// dfs-guard-ignore[<id>]: <reason>` (`<!-- … -->` in XML) above it with a reason
// placeholder. The marker syntax and coverage are the engine's (engine/suppress.ts), so what this writes
// is exactly what the server and the CLI honour.
import { parseCommentSuppressions } from '../engine/suppress';
import { LineIndex } from '../engine/text';
import type { FileKind, Range, TextEdit } from '../engine/types';
import { REASON_PLACEHOLDER } from './protocol';

const XML_KINDS: FileKind[] = ['manifest', 'network-security-config', 'res-xml', 'layout', 'values'];
const SLASH_KINDS: FileKind[] = ['java', 'kotlin', 'gradle', 'gradle-kts'];

export type SuppressEdit =
  | { edit: TextEdit; /** Where the reason placeholder ends up after the edit, to select it. */ placeholder?: Range }
  | { unavailable: string };

export function suppressEdit(text: string, kind: FileKind, line: number, ruleId: string): SuppressEdit {
  const isXml = XML_KINDS.includes(kind);
  if (!isXml && !SLASH_KINDS.includes(kind)) return { unavailable: `this kind of file has no DFS Guard suppression comment` };
  const index = new LineIndex(text);
  // XML: a comment cannot go inside a tag, so the marker goes above the line where the tag starts.
  const target = isXml ? tagStartLine(text, index, line) : line;

  const existing = parseCommentSuppressions(text, isXml).suppressions.find((s) => s.kind === 'comment' && target >= s.fromLine && target <= s.toLine);
  if (existing) {
    if (existing.ruleIds.includes(ruleId)) return { unavailable: `${ruleId} is already suppressed here` };
    const markerLine = index.lineText(existing.range.start.line);
    const open = markerLine.indexOf('dfs-guard-ignore[', existing.range.start.character);
    const close = open < 0 ? -1 : markerLine.indexOf(']', open);
    if (close >= 0) {
      const at = { line: existing.range.start.line, character: close };
      return { edit: { range: { start: at, end: at }, newText: `, ${ruleId}` } };
    }
  }

  const lineText = index.lineText(target);
  const indent = /^\s*/.exec(lineText)![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const prefix = isXml ? `<!-- dfs-guard-ignore[${ruleId}]: ` : `// dfs-guard-ignore[${ruleId}]: `;
  const suffix = isXml ? ' -->' : '';
  const at = { line: target, character: 0 };
  const start = indent.length + prefix.length;
  return {
    edit: { range: { start: at, end: at }, newText: `${indent}${prefix}${REASON_PLACEHOLDER}${suffix}${eol}` },
    placeholder: { start: { line: target, character: start }, end: { line: target, character: start + REASON_PLACEHOLDER.length } },
  };
}

/** The line of the `<` that opens the tag containing `line` (the line itself when it starts a tag). */
function tagStartLine(text: string, index: LineIndex, line: number): number {
  const lineStart = index.offsetAt({ line, character: 0 });
  const lineText = index.lineText(line);
  if (/^\s*</.test(lineText)) return line;
  // Walk back to the nearest `<` or `>`: a `<` first means we are inside that tag's attributes.
  for (let i = lineStart - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '>') return line;
    if (c === '<') return index.positionAt(i).line;
  }
  return line;
}
