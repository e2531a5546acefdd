// Rule: evaluateJavascript, loadUrl("javascript:…"), loadData and loadDataWithBaseURL with script or HTML built
// by concatenation, templates or String.format from values that are not constants and not escaped.
import type { Node } from 'web-tree-sitter';
import { findAncestor, nodeRange } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { Range } from '../../server/src/engine/types';
import { compact, declarationViews, type Lang } from '../../server/src/engine/view';

/** Calls whose output is safe inside a JavaScript or HTML string: JSON quoting, HTML/JS escaping, URL and Base64 encoding. */
const ESCAPERS = new Set([
  'quote', 'toJson', 'htmlEncode', 'escapeHtml', 'escapeHtml4', 'escapeEcmaScript', 'escapeJavaScript', 'escapeJson', 'encode',
  'encodeToString', 'encodeToByteArray', 'jsonEscape', 'escapeJs',
]);
/** Types whose string form cannot break out of a script or HTML context. */
const SAFE_TYPES = /^(Int|Long|Short|Byte|Double|Float|Boolean|int|long|short|byte|double|float|boolean|Integer|BigDecimal|BigInteger|Char|char)\??$/;

type Sink = { kind: 'script' | 'html'; arg: Node };

interface Part {
  /** What to report (a node, or a range inside a template). */
  at: Node | Range;
  text: string;
}

function kids(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null);
}

const typeCache = new WeakMap<object, Map<string, Set<string>>>();

/** Declared types of every field, local and parameter in the file, by name. */
function declaredTypes(root: Node, lang: Lang): Map<string, Set<string>> {
  let map = typeCache.get(root);
  if (map) return map;
  map = new Map();
  const add = (name: string | undefined, type: string | undefined) => {
    if (!name || !type) return;
    if (!map!.has(name)) map!.set(name, new Set());
    map!.get(name)!.add(compact(type));
  };
  const declTypes = lang === 'java' ? ['field_declaration', 'local_variable_declaration'] : ['property_declaration', 'class_parameter'];
  for (const d of root.descendantsOfType(declTypes)) if (d) for (const v of declarationViews(d, lang)) add(v.name, v.type);
  for (const p of root.descendantsOfType(lang === 'java' ? ['formal_parameter'] : ['parameter'])) {
    if (!p) continue;
    if (lang === 'java') add(p.childForFieldName('name')?.text, p.childForFieldName('type')?.text);
    else add(kids(p).find((c) => c.type === 'identifier')?.text, kids(p).find((c) => /type$/.test(c.type))?.text);
  }
  typeCache.set(root, map);
  return map;
}

function callName(n: Node): { name: string; receiver?: Node } | undefined {
  if (n.type === 'method_invocation') return { name: n.childForFieldName('name')?.text ?? '', receiver: n.childForFieldName('object') ?? undefined };
  if (n.type === 'call_expression') {
    const callee = kids(n)[0];
    if (callee?.type === 'identifier') return { name: callee.text };
    if (callee?.type === 'navigation_expression') return { name: callee.lastNamedChild?.text ?? '', receiver: callee.firstNamedChild ?? undefined };
  }
  return undefined;
}

function callArgs(n: Node): Node[] {
  if (n.type === 'method_invocation') {
    const list = n.childForFieldName('arguments');
    return list ? kids(list).filter((c) => !c.type.endsWith('comment')) : [];
  }
  const list = kids(n).find((c) => c.type === 'value_arguments');
  return list ? kids(list).map((a) => kids(a).at(-1)).filter((a): a is Node => !!a) : [];
}

/** The initialiser of a local declared (or last assigned) before `id` in the same function. */
function localValue(id: Node): Node | undefined {
  const fn = findAncestor(id, ['method_declaration', 'constructor_declaration', 'function_declaration']);
  if (!fn) return undefined;
  let found: Node | undefined;
  for (const d of fn.descendantsOfType(['variable_declarator', 'property_declaration', 'assignment_expression', 'assignment'])) {
    if (!d || d.startIndex >= id.startIndex) continue;
    if (d.type === 'variable_declarator' && d.childForFieldName('name')?.text === id.text) found = d.childForFieldName('value') ?? undefined;
    else if (d.type === 'property_declaration' && kids(d).find((c) => c.type === 'variable_declaration')?.firstNamedChild?.text === id.text) {
      const v = kids(d).at(-1);
      found = v && v.type !== 'variable_declaration' ? v : undefined;
    } else if ((d.type === 'assignment_expression' || d.type === 'assignment') && d.childForFieldName('left')?.text === id.text) {
      found = d.childForFieldName('right') ?? undefined;
    }
  }
  return found;
}

class Checker {
  constructor(private readonly ctx: RuleContext<string>, private readonly lang: Lang, private readonly root: Node) {}

  private safeName(name: string): boolean {
    const types = declaredTypes(this.root, this.lang).get(name);
    return !!types && [...types].every((t) => SAFE_TYPES.test(t));
  }

  /** True when one concatenated value is constant, escaped or of a harmless type. */
  private safeValue(n: Node): boolean {
    if (this.ctx.constValue(n) !== undefined) return true;
    if (/^(decimal_integer_literal|integer_literal|real_literal|decimal_floating_point_literal|number_literal|true|false|null_literal|boolean_literal|character_literal)$/.test(n.type)) return true;
    if (n.type === 'parenthesized_expression') return kids(n).every((c) => this.safeValue(c));
    if (n.type === 'identifier') return this.safeName(n.text);
    const call = callName(n);
    if (call) {
      if (ESCAPERS.has(call.name)) return true;
      // JSONObject(map).toString(), JSONArray(list).toString(): valid JSON literals.
      if (call.name === 'toString' && call.receiver && /^(new\s+)?(org\.json\.)?JSON(Object|Array)\s*\(/.test(call.receiver.text)) return true;
      // Bundled scripts and strings: assets, raw and string resources.
      if (/\b(assets|getAssets\(\)|R\.raw\.|R\.string\.)/.test(n.text) || /Asset/.test(call.name)) return true;
      if (call.name === 'size' || call.name === 'length' || /^to(Int|Long|Double|Float)$/.test(call.name)) return true;
    }
    if ((n.type === 'navigation_expression' || n.type === 'field_access') && /^(size|length)$/.test(n.lastNamedChild?.text ?? '')) return true;
    return false;
  }

  /** Kotlin template parts: `${expr}` nodes and `$name` runs in the string content. */
  private templateParts(str: Node): Part[] {
    const out: Part[] = [];
    const children = kids(str);
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c.type === 'interpolation') {
        const expr = kids(c)[0];
        if (expr && !this.safeValue(expr)) out.push({ at: c, text: c.text });
      } else if (c.type === 'string_content' && c.text === '$') {
        const next = children[i + 1];
        const m = next?.type === 'string_content' ? /^[A-Za-z_]\w*/.exec(next.text) : null;
        if (!m) continue;
        if (this.isConstName(m[0])) continue;
        if (this.safeName(m[0])) continue;
        const start = c.startPosition;
        out.push({ at: { start: { line: start.row, character: start.column }, end: { line: start.row, character: start.column + 1 + m[0].length } }, text: `$${m[0]}` });
      } else if (c.type === 'interpolated_identifier' || c.type === 'interpolated_expression') {
        if (!this.safeValue(c)) out.push({ at: c, text: c.text });
      }
    }
    return out;
  }

  /** A `const val` / `static final` / final local with a constant value of that name in the file. */
  private isConstName(name: string): boolean {
    for (const d of this.root.descendantsOfType(this.lang === 'java' ? ['field_declaration', 'local_variable_declaration'] : ['property_declaration'])) {
      if (!d) continue;
      for (const v of declarationViews(d, this.lang)) if (v.name === name && v.isFinal && v.value && this.ctx.constValue(v.value) !== undefined) return true;
    }
    return false;
  }

  /**
   * The unsafe parts of a built string; undefined when the expression is not built in view
   * (a plain variable or call result: its content is unknown, so nothing is claimed).
   */
  unsafeParts(n: Node, depth = 0): Part[] | undefined {
    if (depth > 3) return undefined;
    if (n.type === 'parenthesized_expression') return kids(n)[0] ? this.unsafeParts(kids(n)[0], depth) : undefined;
    if (n.type === 'binary_expression' && n.childForFieldName('operator')?.text === '+') {
      const out: Part[] = [];
      const visit = (x: Node) => {
        if (x.type === 'binary_expression' && x.childForFieldName('operator')?.text === '+') {
          for (const side of [x.childForFieldName('left'), x.childForFieldName('right')]) if (side) visit(side);
        } else if (x.type === 'string_literal' && this.lang === 'kotlin') {
          out.push(...this.templateParts(x));
        } else if (x.type === 'parenthesized_expression' && kids(x)[0]) {
          visit(kids(x)[0]);
        } else if (!this.safeValue(x)) out.push({ at: x, text: x.text });
      };
      visit(n);
      return out;
    }
    if ((n.type === 'string_literal' || n.type === 'multiline_string_literal') && this.lang === 'kotlin') return this.templateParts(n);
    const call = callName(n);
    if (call?.name === 'format' && (!call.receiver || /^(String|java\.lang\.String|"[\s\S]*")$/.test(call.receiver.text))) {
      const args = callArgs(n);
      // String.format(fmt, args…), "fmt".format(args…), String.format(Locale, fmt, args…)
      const skip = call.receiver && /^"/.test(call.receiver.text) ? 0 : /Locale/.test(args[0]?.text ?? '') ? 2 : 1;
      return args.slice(skip).filter((a) => !this.safeValue(a)).map((a) => ({ at: a, text: a.text }));
    }
    if (n.type === 'identifier' && depth === 0) {
      const v = localValue(n);
      return v ? this.unsafeParts(v, depth + 1) : undefined;
    }
    return undefined;
  }
}

/** The argument holding script or HTML, by position or Kotlin argument name. */
function sinkOf(name: string, args: { node: Node; name?: string }[], ctx: RuleContext<string>): Sink | undefined {
  const pick = (index: number, argName: string) => args.find((a) => a.name === argName)?.node ?? (args.some((a) => a.name) ? undefined : args[index]?.node);
  switch (name) {
    case 'evaluateJavascript': {
      const arg = pick(0, 'script');
      return arg ? { kind: 'script' as const, arg } : undefined;
    }
    case 'loadUrl': {
      const arg = pick(0, 'url');
      if (!arg) return undefined;
      // Only javascript: URLs: the constant start of the string decides.
      let first: Node | undefined = arg;
      while (first && (first.type === 'binary_expression' || first.type === 'parenthesized_expression')) first = kids(first)[0];
      const prefix = first ? (ctx.constString(first) ?? (/string_literal/.test(first.type) ? first.text.replace(/^"+/, '') : '')) : '';
      return /^\s*javascript:/i.test(prefix) ? { kind: 'script' as const, arg } : undefined;
    }
    case 'loadData': {
      const arg = pick(0, 'data');
      return arg ? { kind: 'html' as const, arg } : undefined;
    }
    case 'loadDataWithBaseURL': {
      const arg = pick(1, 'data');
      return arg ? { kind: 'html' as const, arg } : undefined;
    }
  }
  return undefined;
}

export default defineRule({
  id: 'webview-js-injection',
  meta: {
    title: 'Script or HTML built from unescaped values in a WebView',
    description: 'Flags evaluateJavascript, loadUrl("javascript:…"), loadData and loadDataWithBaseURL whose script or HTML is concatenated or templated from values that are neither constants nor escaped.',
    severity: 'medium',
    messages: {
      script: '{{part}} is pasted into JavaScript that runs in the page: a quote in it (a merchant name, a note, a deep-link value) ends the string and runs the attacker\'s code with the page\'s cookies and bridges; pass data as JSON (JSONObject.quote(value)) or send it with postWebMessage instead of building code.',
      html: '{{part}} is pasted into HTML without escaping: markup in it (a merchant name, a transfer note) becomes script in the WebView; escape it with TextUtils.htmlEncode / Html.escapeHtml, or render the value natively.',
    },
    tags: {
      cwe: [79, 94],
      masvs: ['MASVS-PLATFORM-2', 'MASVS-CODE-4'],
      owaspMobile2024: ['M4'],
      maswe: ['universal-xss'],
      ituBp: ['DH-7'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.viaProperty || !ctx.root) return;
      const sink = sinkOf(call.name, call.args, ctx);
      if (!sink) return;
      const parts = new Checker(ctx, call.lang, ctx.root).unsafeParts(sink.arg);
      if (!parts || parts.length === 0) return;
      const first = parts[0];
      // Built in a local: point at the argument, name the part that was pasted in.
      const inArg = first.at && 'startIndex' in first.at && first.at.startIndex >= sink.arg.startIndex && first.at.endIndex <= sink.arg.endIndex;
      const inRange = !('startIndex' in first.at) && sink.arg.startPosition.row === (first.at as Range).start.line;
      const at = inArg || inRange ? first.at : nodeRange(sink.arg);
      const part = first.text.length > 40 ? `${first.text.slice(0, 37)}…` : first.text;
      ctx.report({ at, messageId: sink.kind, data: { part: `"${part.replace(/\s+/g, ' ')}"` } });
    },
  },
});
