// Resolves string and number constants before a rule judges an argument:
// literals, in-file constants (`static final`, `const val`, top-level and local `val`s),
// project-wide constants, `Foo.BAR`, concatenation and parentheses.
import type { Node } from 'web-tree-sitter';
import { declarationViews, lastSegment, type Lang } from './view';

export type ConstValue = string | number | boolean;

/** Project-wide constants: simple name and `Class.NAME`, both mapped to the value. */
export type ConstantTable = Map<string, ConstValue>;

const DECL_TYPES: Record<Lang, string[]> = {
  java: ['field_declaration', 'local_variable_declaration'],
  kotlin: ['property_declaration'],
};

/** Collects constants declared in one file. Names declared twice with different values are dropped. */
export function collectFileConstants(root: Node, lang: Lang, outer?: ConstantTable): ConstantTable {
  const table: ConstantTable = new Map();
  const ambiguous = new Set<string>();
  const pending: { names: string[]; value: Node }[] = [];
  for (const node of root.descendantsOfType(DECL_TYPES[lang])) {
    for (const d of declarationViews(node, lang)) {
      if (!d.value || !d.isFinal) continue;
      const owner = enclosingTypeName(d.node, lang);
      pending.push({ names: owner ? [d.name, `${owner}.${d.name}`] : [d.name], value: d.value });
    }
  }
  // Two passes so constants defined from other constants (`ALGO = BASE + "/GCM"`) resolve in any order.
  for (let pass = 0; pass < 2; pass++) {
    for (const { names, value } of pending) {
      const v = evaluate(value, lang, (name) => table.get(name) ?? outer?.get(name));
      if (v === undefined) continue;
      for (const name of names) {
        if (ambiguous.has(name)) continue;
        const prev = table.get(name);
        if (prev !== undefined && prev !== v && pass === 0) {
          ambiguous.add(name);
          table.delete(name);
        } else table.set(name, v);
      }
    }
  }
  return table;
}

function enclosingTypeName(node: Node, lang: Lang): string | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (lang === 'java' && (p.type === 'class_declaration' || p.type === 'interface_declaration' || p.type === 'enum_declaration')) {
      return p.childForFieldName('name')?.text;
    }
    if (lang === 'kotlin' && (p.type === 'class_declaration' || p.type === 'object_declaration')) {
      return p.childForFieldName('name')?.text;
    }
    if (lang === 'kotlin' && p.type === 'companion_object') continue;
    if (p.type === 'method_declaration' || p.type === 'function_declaration' || p.type === 'constructor_declaration') return undefined;
  }
  return undefined;
}

function unquote(node: Node, lang: Lang): string | undefined {
  const t = node.text;
  if (lang === 'kotlin' && /(^|[^\\])\$[{A-Za-z_]/.test(t)) return undefined;
  if (node.descendantsOfType(['interpolation']).length > 0) return undefined;
  if (node.type === 'text_block' || node.type === 'multiline_string_literal') return t.slice(3, -3);
  return t.slice(1, -1).replace(/\\(["'\\])/g, '$1');
}

/** Integer-ish arithmetic on constant numbers (`512 * 2`, `1 shl 8`); undefined for anything else. */
function arithmetic(op: string, a: number, b: number): number | undefined {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? undefined : Number.isInteger(a) && Number.isInteger(b) ? Math.trunc(a / b) : a / b;
    case '%':
      return b === 0 ? undefined : a % b;
    case '<<':
      return a << b;
    default:
      return undefined;
  }
}

/** Evaluates a constant expression, or returns undefined when any part is unknown. */
export function evaluate(node: Node, lang: Lang, lookup: (name: string) => ConstValue | undefined, depth = 0): ConstValue | undefined {
  if (depth > 20) return undefined;
  switch (node.type) {
    case 'string_literal':
    case 'text_block':
    case 'multiline_string_literal':
      return unquote(node, lang);
    case 'decimal_integer_literal':
    case 'integer_literal':
    case 'number_literal': {
      const n = Number(node.text.replace(/[_lL]/g, ''));
      return Number.isFinite(n) ? n : undefined;
    }
    case 'hex_integer_literal': {
      const n = Number(node.text.replace(/[_lL]/g, ''));
      return Number.isFinite(n) ? n : undefined;
    }
    case 'true':
      return true;
    case 'false':
      return false;
    case 'parenthesized_expression':
      return node.namedChildren[0] ? evaluate(node.namedChildren[0], lang, lookup, depth + 1) : undefined;
    case 'identifier':
      if (lang === 'kotlin' && (node.text === 'true' || node.text === 'false')) return node.text === 'true';
      return lookup(node.text);
    case 'field_access':
    case 'navigation_expression': {
      // A qualified name resolves only as `Owner.NAME`: falling back to a bare `NAME` would confuse
      // `BuildConfig.AES_KEY` with an unrelated `AES_KEY` in the file. `this.NAME` is the bare name.
      const text = node.text.replace(/\s+/g, '');
      if (/^this\.[A-Za-z_]\w*$/.test(text)) return lookup(lastSegment(text));
      return lookup(text.split('.').slice(-2).join('.'));
    }
    case 'binary_expression': {
      const op = node.childForFieldName('operator')?.text;
      const l = node.childForFieldName('left');
      const r = node.childForFieldName('right');
      if (!l || !r || !op) return undefined;
      const lv = evaluate(l, lang, lookup, depth + 1);
      const rv = evaluate(r, lang, lookup, depth + 1);
      if (lv === undefined || rv === undefined) return undefined;
      if (typeof lv === 'number' && typeof rv === 'number') return arithmetic(op, lv, rv);
      return op === '+' ? `${lv}${rv}` : undefined;
    }
    case 'unary_expression': {
      const op = node.childForFieldName('operator')?.text;
      const arg = node.childForFieldName('argument') ?? node.childForFieldName('operand') ?? node.namedChildren.at(-1);
      const v = arg ? evaluate(arg, lang, lookup, depth + 1) : undefined;
      return op === '-' && typeof v === 'number' ? -v : undefined;
    }
    default:
      return undefined;
  }
}
