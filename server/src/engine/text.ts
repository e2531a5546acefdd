// Offset <-> position conversion over a JS string (UTF-16 code units, like LSP).
import type { Position, Range } from './types';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[pos.line] + pos.character, this.lineEnd(pos.line));
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  lineCount(): number {
    return this.starts.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.lineEnd(line)).replace(/\r$/, '');
  }

  private lineEnd(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
  }
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * Applies non-overlapping edits to a text (edits may come in any order). Identical edits (the same
 * import added by the fixes of several findings) are applied once.
 */
export function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const index = new LineIndex(text);
  const sorted = edits
    .map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let lastStart = Infinity;
  let last: { start: number; end: number; newText: string } | undefined;
  for (const e of sorted) {
    if (last && e.start === last.start && e.end === last.end && e.newText === last.newText) continue; // duplicate
    last = e;
    if (e.end > lastStart) continue; // overlapping edit: keep the later one, drop this
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    lastStart = e.start;
  }
  return out;
}

/** Keeps the first of any edits that overlap (an editor rejects a workspace edit with overlaps). */
export function dropOverlapping<T extends { range: Range }>(edits: T[]): T[] {
  const sorted = [...edits].sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  const out: T[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    // Several fixes may carry the same edit (e.g. one import line): apply it once.
    if (prev && comparePositions(e.range.start, prev.range.start) === 0 && comparePositions(e.range.end, prev.range.end) === 0 && (e as { newText?: string }).newText === (prev as { newText?: string }).newText) continue;
    if (prev && comparePositions(e.range.start, prev.range.end) < 0) continue;
    // Two insertions at the same point are both kept (they do not overlap).
    if (prev && comparePositions(e.range.start, prev.range.end) === 0 && comparePositions(prev.range.start, prev.range.end) !== 0 && comparePositions(e.range.start, e.range.end) === 0) {
      out.push(e);
      continue;
    }
    out.push(e);
  }
  return out;
}
