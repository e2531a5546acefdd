// Small syntax helpers shared by rules. Grammar differences stay here, not in rules.
import type { Node } from 'web-tree-sitter';
import type { Range } from './types';

export function nodeRange(node: Node): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

export function* ancestors(node: Node): Generator<Node> {
  for (let p = node.parent; p; p = p.parent) yield p;
}

export function findAncestor(node: Node, types: string[]): Node | undefined {
  for (const a of ancestors(node)) if (types.includes(a.type)) return a;
  return undefined;
}

const FUNCTION_TYPES = ['method_declaration', 'constructor_declaration', 'function_declaration', 'lambda_expression', 'lambda_literal'];

export function enclosingFunction(node: Node): Node | undefined {
  return findAncestor(node, FUNCTION_TYPES);
}

/** Name of the enclosing named method/function, if any. */
export function enclosingFunctionName(node: Node): string | undefined {
  const f = findAncestor(node, ['method_declaration', 'constructor_declaration', 'function_declaration']);
  return f?.childForFieldName('name')?.text;
}

const CLASS_TYPES = ['class_declaration', 'object_declaration', 'interface_declaration', 'enum_declaration', 'object_literal'];

export function enclosingClass(node: Node): Node | undefined {
  for (const a of ancestors(node)) {
    if (CLASS_TYPES.includes(a.type)) return a;
    if (a.type === 'object_creation_expression' && a.namedChildren.some((c) => c?.type === 'class_body')) return a;
  }
  return undefined;
}

/** Matches `BuildConfig.DEBUG`, `BuildConfig.DEBUG && x`, `isDebug()`, `BuildConfig.BUILD_TYPE == "debug"`. */
const DEBUG_CONDITION = /\bBuildConfig\s*\.\s*DEBUG\b|\bBuildConfig\s*\.\s*BUILD_TYPE\s*==\s*"debug"|\bisDebug(Build)?\b|\bDEBUG_MODE\b/;

/** Kotlin's if_expression has no `alternative` field: the else-branch is the node after the `else` token. */
function kotlinElseBranch(ifNode: Node): Node | undefined {
  const kids = ifNode.children;
  const i = kids.findIndex((c) => c?.type === 'else');
  return i >= 0 ? (kids.slice(i + 1).find((c) => c?.isNamed) ?? undefined) : undefined;
}

/**
 * True when the node only runs in debug builds: inside `if (BuildConfig.DEBUG) { … }`, or after an
 * early `if (!BuildConfig.DEBUG) return` in the same block.
 */
export function isDebugGuarded(node: Node): boolean {
  let child: Node = node;
  for (const a of ancestors(node)) {
    if (a.type === 'if_statement' || a.type === 'if_expression') {
      const cond = a.childForFieldName('condition');
      if (cond && DEBUG_CONDITION.test(cond.text) && !/!\s*BuildConfig/.test(cond.text)) {
        // Only the then-branch is guarded; an else-branch runs in release.
        const alternative = a.childForFieldName('alternative') ?? kotlinElseBranch(a);
        if (!alternative || !(child.startIndex >= alternative.startIndex && child.endIndex <= alternative.endIndex)) {
          if (cond.id !== child.id) return true;
        }
      }
    }
    if (a.type === 'block' || a.type === 'statements') {
      for (const stmt of a.namedChildren) {
        if (!stmt || stmt.startIndex >= child.startIndex) break;
        if ((stmt.type === 'if_statement' || stmt.type === 'if_expression') && /!\s*BuildConfig\s*\.\s*DEBUG\b/.test(stmt.childForFieldName('condition')?.text ?? '') && /\breturn\b/.test(stmt.text)) {
          return true;
        }
      }
    }
    child = a;
  }
  return false;
}

/** Statements directly inside a block body (Java `block`, Kotlin `block`/`statements`). */
export function blockStatements(body: Node | undefined): Node[] {
  if (!body) return [];
  const kids = body.namedChildren.filter((c): c is Node => c !== null && c.type !== 'line_comment' && c.type !== 'block_comment' && c.type !== 'comment');
  if (kids.length === 1 && kids[0].type === 'statements') return blockStatements(kids[0]);
  return kids;
}

/** True for `{}` bodies, `= Unit`, and bodies that contain only comments. */
export function isEmptyBody(body: Node | undefined): boolean {
  if (!body) return true;
  if (body.type === 'block' || body.type === 'statements' || body.type === 'function_body') return blockStatements(body).length === 0;
  return body.text.trim() === 'Unit';
}

/** Source text of a node with comments removed and whitespace compacted, for pattern checks. */
export function codeText(node: Node): string {
  return stripComments(node.text).replace(/\s+/g, ' ').trim();
}

/** Literals (kept) or comments (dropped), in one native regex pass. */
const LITERAL_OR_COMMENT = /"""[\s\S]*?(?:"""|$)|"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;

/** Removes `//` and block comments, leaving string and char literals intact (`"content://x"` stays). */
export function stripComments(text: string): string {
  // Most nodes hold no comment at all: skip the regex pass.
  if (!text.includes('//') && !text.includes('/*')) return text;
  return text.replace(LITERAL_OR_COMMENT, (m) => (m.startsWith('//') ? '' : m.startsWith('/*') ? ' ' : m));
}
