// Open documents: uri → { version, text, tree }. Edits are applied incrementally to the text and to the
// tree (tree.edit + reparse with the old tree, 20-25x cheaper than a full parse); trees are deleted when
// replaced or closed, because WASM memory never shrinks (performance-notes.md §5, §8).
import { Edit, type Parser, type Tree } from 'web-tree-sitter';
import { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';

export interface TextChange {
  /** Absent for a full-text replacement. */
  range?: Range;
  text: string;
}

export interface OpenDocument {
  uri: string;
  path: string;
  version: number;
  text: string;
  /** Java/Kotlin only. */
  tree?: Tree;
}

export class DocumentStore {
  private readonly docs = new Map<string, OpenDocument>();

  /** `parserFor` returns no parser for files that get no tree (not Java/Kotlin, or over the size limit). */
  constructor(private readonly parserFor: (path: string, text: string) => Parser | undefined) {}

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.docs.values()];
  }

  open(uri: string, path: string, version: number, text: string): OpenDocument {
    this.close(uri);
    const doc: OpenDocument = { uri, path, version, text };
    const parser = this.parserFor(path, text);
    if (parser) doc.tree = parser.parse(text) ?? undefined;
    this.docs.set(uri, doc);
    return doc;
  }

  change(uri: string, version: number, changes: TextChange[]): OpenDocument | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    let text = doc.text;
    let full = false;
    for (const change of changes) {
      if (!change.range) {
        text = change.text;
        full = true;
        continue;
      }
      const index = new LineIndex(text);
      const startIndex = index.offsetAt(change.range.start);
      const oldEndIndex = index.offsetAt(change.range.end);
      // Positions must describe the offsets actually used (clamped), not the raw request.
      const startPosition = index.positionAt(startIndex);
      const oldEndPosition = index.positionAt(oldEndIndex);
      text = text.slice(0, startIndex) + change.text + text.slice(oldEndIndex);
      if (doc.tree && !full) {
        doc.tree.edit(new Edit({
          startIndex,
          oldEndIndex,
          newEndIndex: startIndex + change.text.length,
          startPosition: { row: startPosition.line, column: startPosition.character },
          oldEndPosition: { row: oldEndPosition.line, column: oldEndPosition.character },
          newEndPosition: endPositionAfter(startPosition, change.text),
        }));
      }
    }
    doc.version = version;
    doc.text = text;
    const parser = this.parserFor(doc.path, text);
    const old = doc.tree;
    doc.tree = parser ? (parser.parse(text, full ? null : old) ?? undefined) : undefined;
    old?.delete();
    return doc;
  }

  close(uri: string): void {
    const doc = this.docs.get(uri);
    doc?.tree?.delete();
    this.docs.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.docs.keys()]) this.close(uri);
  }
}

function endPositionAfter(start: { line: number; character: number }, inserted: string): { row: number; column: number } {
  const lines = inserted.split('\n');
  if (lines.length === 1) return { row: start.line, column: start.character + inserted.length };
  return { row: start.line + lines.length - 1, column: lines[lines.length - 1].length };
}
