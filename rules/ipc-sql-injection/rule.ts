// Rule: SQL statements and selections built from non-constant strings (concatenation, templates, format).
import type { Node } from 'web-tree-sitter';
import { enclosingClass, enclosingFunction } from '../../server/src/engine/ast';
import { defineRule, type RuleContext, table } from '../../server/src/engine/rule';
import type { CallView } from '../../server/src/engine/view';

/** Method → index of the SQL or selection argument. */
const SQL_ARG = table<number>({ rawQuery: 0, execSQL: 0, compileStatement: 0, appendWhere: 0, appendWhereEscapeString: -1, rawQueryWithFactory: 1 });
const NUMERIC_TYPES = /^(Int|Long|Short|Byte|Double|Float|Boolean|int|long|short|byte|double|float|boolean|Integer)\??$/;
const DB_RECEIVER = /(db|database|sqlite|resolver|contentResolver|helper|writableDatabase|readableDatabase)$/i;

type Msg = 'injection' | 'providerInjection';

/** Declared type of a parameter or local named `name` in the enclosing function, if visible. */
function declaredType(name: string, at: Node): string | undefined {
  const fn = enclosingFunction(at);
  if (!fn) return undefined;
  const text = fn.text;
  const kt = new RegExp(`\\b${name}\\s*:\\s*([\\w.?]+)`).exec(text);
  if (kt) return kt[1];
  const java = new RegExp(`\\b([\\w.]+)\\s+${name}\\s*[,)=;]`).exec(text);
  return java?.[1];
}

/** A simple name that cannot carry injected SQL: a constant or a numeric variable. */
function harmlessName(name: string, at: Node): boolean {
  if (/^_?[A-Z][A-Z0-9_]*$/.test(name)) return true;
  const t = declaredType(name, at);
  return !!t && NUMERIC_TYPES.test(t);
}

/** A part of a SQL string that is not a constant: a variable, a call result, a template expression. */
function dynamicPart(node: Node, ctx: RuleContext<Msg>): string | undefined {
  if (ctx.constValue(node) !== undefined) return undefined;
  switch (node.type) {
    case 'string_literal':
    case 'multiline_string_literal': {
      for (const c of node.namedChildren) {
        if (!c) continue;
        if (c.type === 'interpolation' || c.type === 'interpolated_expression' || c.type === 'interpolated_identifier') {
          const inner = c.namedChildren[0] ?? c;
          const d = dynamicPart(inner, ctx);
          if (d) return d;
        }
      }
      // `$name` left as plain content by the grammar.
      for (const m of node.text.matchAll(/(?<!\\)\$([A-Za-z_]\w*)/g)) {
        if (!harmlessName(m[1], node)) return m[0];
      }
      return undefined;
    }
    case 'binary_expression': {
      const l = node.childForFieldName('left');
      const r = node.childForFieldName('right');
      return (l && dynamicPart(l, ctx)) ?? (r && dynamicPart(r, ctx)) ?? undefined;
    }
    case 'parenthesized_expression':
      return node.namedChildren[0] ? dynamicPart(node.namedChildren[0], ctx) : undefined;
    case 'identifier':
    case 'simple_identifier': {
      // Constants from other classes or libraries (TABLE_NAME, _ID) and numeric parameters cannot inject.
      return harmlessName(node.text, node) ? undefined : node.text;
    }
    case 'field_access':
    case 'navigation_expression': {
      const last = node.text.replace(/\s+/g, '').split('.').pop() ?? '';
      if (/^_?[A-Z][A-Z0-9_]*$/.test(last)) return undefined;
      return node.text;
    }
    case 'decimal_integer_literal':
    case 'integer_literal':
    case 'character_literal':
      return undefined;
    default:
      return node.text;
  }
}

/** True when the SQL text is built at run time: concatenation, a template or String.format with variables. */
function builtSql(node: Node, ctx: RuleContext<Msg>): string | undefined {
  const t = node.type;
  if (t === 'binary_expression' || ((t === 'string_literal' || t === 'multiline_string_literal') && /(?<!\\)\$[{a-z_]/.test(node.text))) {
    return dynamicPart(node, ctx);
  }
  // String.format("… %s …", x) and "… %s …".format(x)
  if (t === 'method_invocation' || t === 'call_expression') {
    const name = t === 'method_invocation' ? node.childForFieldName('name')?.text : node.namedChildren[0]?.text.split('.').pop();
    if (name !== 'format') return undefined;
    const args = t === 'method_invocation'
      ? node.childForFieldName('arguments')?.namedChildren ?? []
      : (node.namedChildren.find((c) => c?.type === 'value_arguments')?.namedChildren ?? []).map((a) => a?.namedChildren.at(-1) ?? null);
    const values = args.filter((a): a is Node => a !== null).filter((a) => !(a.type === 'string_literal' && /%/.test(a.text)));
    for (const a of values) {
      const d = dynamicPart(a, ctx);
      if (d) return d;
    }
  }
  return undefined;
}

/** A local `val sql = "…" + x` used as the argument. */
function resolveLocal(node: Node): Node {
  if (node.type !== 'identifier') return node;
  const fn = enclosingFunction(node);
  if (!fn) return node;
  let found: Node | undefined;
  for (const d of fn.descendantsOfType(['variable_declarator', 'property_declaration'])) {
    if (!d || d.startIndex >= node.startIndex) continue;
    if (d.type === 'variable_declarator' && d.childForFieldName('name')?.text === node.text) found = d.childForFieldName('value') ?? undefined;
    if (d.type === 'property_declaration') {
      const id = d.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren[0];
      const value = d.namedChildren.at(-1);
      if (id?.text === node.text && value && value.type !== 'variable_declaration') found = value;
    }
  }
  return found ?? node;
}

function sqlArgument(call: CallView): Node | undefined {
  const byName = call.args.find((a) => a.name === 'sql' || a.name === 'selection' || a.name === 'whereClause' || a.name === 'query');
  if (byName) return byName.node;
  if (call.args.some((a) => a.name)) return undefined;
  const args = call.args;
  const i = SQL_ARG[call.name];
  if (i !== undefined) {
    return i >= 0 ? args[i]?.node : undefined;
  }
  if (call.name === 'SimpleSQLiteQuery' && call.isConstructor) return args[0]?.node;
  if (call.name === 'query' && args.length >= 4) {
    const distinct = args[0].text === 'true' || args[0].text === 'false';
    return args[distinct ? 3 : 2]?.node;
  }
  const recv = call.receiverText ?? '';
  if (call.name === 'delete' && args.length === 3 && DB_RECEIVER.test(recv)) return args[1].node;
  if (call.name === 'update' && (args.length === 4 || args.length === 5) && DB_RECEIVER.test(recv)) return args[args.length === 5 ? 3 : 2].node;
  return undefined;
}

/** Operands of a Java `a + b + c` chain, left to right. */
function concatOperands(node: Node): Node[] {
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
    return [...concatOperands(node.childForFieldName('left')!), ...concatOperands(node.childForFieldName('right')!)];
  }
  if (node.type === 'parenthesized_expression' && node.namedChildren[0]) return concatOperands(node.namedChildren[0]);
  return [node];
}

/**
 * Rewrites inline SQL with `?` placeholders and the values as bind arguments: `rawQuery(sql, null)` and
 * `execSQL(sql)` only, when every piece is a plain literal, a constant or a simple value. Quotes around a
 * value (`'…'`) are dropped, since the binding supplies them.
 */
function bindFix(call: CallView, arg: Node, ctx: RuleContext<Msg>) {
  const raw = call.name === 'rawQuery' && call.args.length === 2 && call.args[1].text === 'null';
  const exec = call.name === 'execSQL' && call.args.length === 1;
  if (!raw && !exec || call.args[0].node.id !== arg.id) return [];
  const values: string[] = [];
  let sql = '';
  if (call.lang === 'java') {
    if (arg.type !== 'binary_expression') return [];
    const pieces: string[] = [];
    let literal = '';
    let skipQuote = false;
    for (const op of concatOperands(arg)) {
      if (op.type === 'string_literal') {
        let t = op.text.slice(1, -1);
        if (skipQuote && t.startsWith("'")) t = t.slice(1);
        skipQuote = false;
        literal += t;
      } else if (!dynamicPart(op, ctx)) {
        pieces.push(`"${literal}"`, op.text);
        literal = '';
        skipQuote = false;
      } else if (/^[\w.]+(\(\))?$/.test(op.text)) {
        values.push(op.text);
        if (literal.endsWith("'")) {
          literal = literal.slice(0, -1);
          skipQuote = true;
        }
        literal += '?';
      } else return [];
    }
    pieces.push(`"${literal}"`);
    sql = pieces.filter((p) => p !== '""').join(' + ');
  } else {
    if (arg.type !== 'string_literal') return [];
    const body = arg.text.slice(1, -1);
    let failed = false;
    sql = '"' + body.replace(/'?(?<!\\)\$(\{([^}]*)\}|([A-Za-z_]\w*))'?/g, (m, _all, expr: string | undefined, name: string | undefined) => {
      const value = (expr ?? name ?? '').trim();
      if (/^_?[A-Z][A-Z0-9_]*$/.test(value.split('.').pop() ?? '') || !dynamicPartText(value, arg)) return m;
      if (!/^[\w.]+(\(\))?$/.test(value)) failed = true;
      values.push(value);
      return '?';
    }) + '"';
    if (failed) return [];
  }
  if (values.length === 0) return [];
  const kotlin = call.lang === 'kotlin';
  const bind = exec
    ? kotlin ? `arrayOf<Any?>(${values.join(', ')})` : `new Object[] {${values.join(', ')}}`
    : kotlin ? `arrayOf(${values.map((v) => `${v}.toString()`).join(', ')})` : `new String[] {${values.map((v) => `String.valueOf(${v})`).join(', ')}}`;
  const edits = [ctx.fix.replace(arg, sql)];
  edits.push(raw ? ctx.fix.replace(call.args[1].node, bind) : ctx.fix.insertAfter(arg, `, ${bind}`));
  return [{ title: 'Bind the values with ? placeholders', kind: 'suggestion' as const, edits }];
}

/** A template reference that can carry text (not a numeric parameter). */
function dynamicPartText(name: string, at: Node): boolean {
  return !(/^\w+$/.test(name) && harmlessName(name, at));
}

export default defineRule({
  id: 'ipc-sql-injection',
  meta: {
    title: 'SQL built from non-constant strings',
    description: 'Flags rawQuery, execSQL, query selections, delete/update where-clauses, appendWhere and SimpleSQLiteQuery whose SQL is built by concatenation, templates or format with variable parts.',
    severity: 'medium',
    messages: {
      injection: 'The SQL is built from {{part}}, so a crafted value can change the statement (read other customers\' rows, drop tables); use "?" placeholders and pass the values in selectionArgs / bindArgs.',
      providerInjection: 'This ContentProvider builds SQL from {{part}}, which other apps control through the query; use "?" placeholders with selectionArgs, and a projection map or SQLiteQueryBuilder.setStrict(true).',
    },
    tags: {
      cwe: [89],
      masvs: ['MASVS-CODE-4'],
      owaspMobile2024: ['M4'],
      maswe: ['sql-injection'],
      ituBp: ['DH-7'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      const arg = sqlArgument(call);
      if (!arg) return;
      const part = builtSql(resolveLocal(arg), ctx);
      if (!part) return;
      const cls = enclosingClass(call.node);
      const header = cls ? cls.text.slice(0, Math.max(0, cls.text.indexOf('{'))) : '';
      const inProvider = /\bContentProvider\b/.test(header);
      const shown = part.length > 40 ? `${part.slice(0, 37)}…` : part;
      ctx.report({
        at: arg,
        messageId: inProvider ? 'providerInjection' : 'injection',
        data: { part: `\`${shown.replace(/\s+/g, ' ')}\`` },
        severity: inProvider ? 'high' : 'medium',
        fixes: bindFix(call, arg, ctx),
      });
    },
  },
});
