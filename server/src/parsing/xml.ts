// XML documents (AndroidManifest.xml, res/xml, layouts, values) with exact attribute ranges.
// @xml-tools/parser recovers from half-typed XML, so later elements still yield findings.
import { buildAst } from '@xml-tools/ast';
import { parse } from '@xml-tools/parser';
import { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';

export interface XmlAttribute {
  name: string;
  /** Unquoted value; undefined while the user is still typing (`android:exported` with no `=`). */
  value: string | undefined;
  /** The whole attribute, `name="value"`. */
  range: Range;
  /** The quoted value including quotes, when present. */
  valueRange?: Range;
  startOffset: number;
  endOffset: number;
  element: XmlElement;
}

export interface XmlElement {
  name: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  parent?: XmlElement;
  /** The whole element. */
  range: Range;
  /** The tag name in the opening tag. */
  nameRange: Range;
  startOffset: number;
  /** Offset just after the tag name, where a new attribute can be inserted. */
  nameEndOffset: number;
  /** Offset of the last attribute's end (or of the name end when there are none). */
  attributesEndOffset: number;
  attr(name: string): XmlAttribute | undefined;
  /** The text content, trimmed (for values files such as strings.xml). */
  text: string;
}

export interface XmlComment {
  text: string;
  range: Range;
}

export interface XmlDocument {
  root?: XmlElement;
  /** Every element in document order. */
  elements: XmlElement[];
  comments: XmlComment[];
  errors: { message: string; range: Range }[];
}

interface AstPosition {
  startOffset: number;
  endOffset: number;
}
interface AstAttribute {
  key: string | null;
  value: string | null;
  position: AstPosition;
  syntax: { key?: AstPosition; value?: AstPosition };
}
interface AstElement {
  name: string | null;
  attributes: AstAttribute[];
  subElements: AstElement[];
  textContents: { text: string | null }[];
  position: AstPosition;
  syntax: { openName?: AstPosition };
}

export function parseXml(text: string): XmlDocument {
  const index = new LineIndex(text);
  // endOffset in @xml-tools is inclusive.
  const toRange = (p: AstPosition) => index.range(p.startOffset, p.endOffset + 1);
  const { cst, tokenVector, lexErrors, parseErrors } = parse(text);
  const errors = [
    ...lexErrors.map((e) => ({ message: e.message, range: index.range(e.offset, e.offset + (e.length ?? 1)) })),
    ...parseErrors.map((e) => {
      const start = Number.isFinite(e.token.startOffset) ? e.token.startOffset : text.length;
      const end = Number.isFinite(e.token.endOffset) ? (e.token.endOffset as number) + 1 : start;
      return { message: e.message, range: index.range(start, end) };
    }),
  ];
  const ast = buildAst(cst as never, tokenVector) as unknown as { rootElement: AstElement | null };
  const elements: XmlElement[] = [];

  const convert = (node: AstElement, parent: XmlElement | undefined): XmlElement => {
    const openName = node.syntax.openName ?? { startOffset: node.position.startOffset, endOffset: node.position.startOffset };
    const element: XmlElement = {
      name: node.name ?? '',
      attributes: [],
      children: [],
      parent,
      range: toRange(node.position),
      nameRange: toRange(openName),
      startOffset: node.position.startOffset,
      nameEndOffset: openName.endOffset + 1,
      attributesEndOffset: openName.endOffset + 1,
      attr(name) {
        return this.attributes.find((a) => a.name === name);
      },
      text: node.textContents.map((t) => t.text ?? '').join('').trim(),
    };
    elements.push(element);
    for (const a of node.attributes) {
      if (!a.key) continue;
      const attr: XmlAttribute = {
        name: a.key,
        value: a.value ?? undefined,
        range: toRange(a.position),
        valueRange: a.syntax.value ? toRange(a.syntax.value) : undefined,
        startOffset: a.position.startOffset,
        endOffset: a.position.endOffset + 1,
        element,
      };
      element.attributes.push(attr);
      element.attributesEndOffset = Math.max(element.attributesEndOffset, attr.endOffset);
    }
    for (const child of node.subElements) element.children.push(convert(child, element));
    return element;
  };
  const root = ast.rootElement ? convert(ast.rootElement, undefined) : undefined;
  elements.sort((a, b) => a.startOffset - b.startOffset);

  const comments: XmlComment[] = [];
  const commentRe = /<!--([\s\S]*?)-->/g;
  for (let m = commentRe.exec(text); m; m = commentRe.exec(text)) {
    comments.push({ text: m[1], range: index.range(m.index, m.index + m[0].length) });
  }
  return { root, elements, comments, errors };
}
