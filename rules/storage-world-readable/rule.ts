// Rule: files, preferences, databases or directories opened world-readable/-writable, and owner-only
// permissions switched off (setReadable/setWritable(…, false), chmod 666/777, Os.chmod with world bits).
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { CallView } from '../../server/src/engine/view';

const WORLD_MODES = new Set(['MODE_WORLD_READABLE', 'MODE_WORLD_WRITEABLE']);
/** Context methods whose second argument is a file mode. */
const OPENERS = new Set(['getSharedPreferences', 'openFileOutput', 'openOrCreateDatabase', 'getDir']);
/** chmod modes that give "other" read or write: 666, 0777, 644 (read), -R 777, o+r, a+rw. */
const CHMOD_NUMERIC = /\bchmod\s+(?:-[a-zA-Z]+\s+)*0?[0-7]?[0-7]?[0-7]([2-7])\b/;
const CHMOD_SYMBOLIC = /\bchmod\s+(?:-[a-zA-Z]+\s+)*[ugo]*[oa][ugoa]*[+=][rwxXst]*[rw]/;

type Msg = 'worldMode' | 'worldValue' | 'worldLiteral' | 'ownerOnlyOff' | 'chmod';

/** Leading literal text of a command built by concatenation or a Kotlin template: `"chmod 777 " + f`. */
function leadingText(node: Node, ctx: RuleContext<Msg>): string | undefined {
  const whole = ctx.constString(node);
  if (whole !== undefined) return whole;
  if (node.type === 'binary_expression') {
    const left = node.childForFieldName('left');
    return left ? leadingText(left, ctx) : undefined;
  }
  if (node.type === 'string_literal' || node.type === 'multiline_string_literal') {
    const raw = node.text.slice(1, -1);
    const cut = raw.search(/(?<!\\)\$/);
    return cut < 0 ? raw : raw.slice(0, cut);
  }
  if (node.type === 'parenthesized_expression' && node.namedChildren[0]) return leadingText(node.namedChildren[0], ctx);
  return undefined;
}

/** Element texts of `new String[]{"chmod", "777", p}` or `arrayOf("chmod", "777", p)`, unknown parts as "?". */
function arrayCommand(node: Node, ctx: RuleContext<Msg>): string | undefined {
  let elements: Node[] | undefined;
  if (node.type === 'array_creation_expression') {
    const init = node.namedChildren.find((c) => c?.type === 'array_initializer');
    elements = init?.namedChildren.filter((c): c is Node => c !== null);
  } else if (node.type === 'call_expression' && /^(arrayOf|listOf)$/.test(node.namedChildren[0]?.text ?? '')) {
    const args = node.namedChildren.find((c) => c?.type === 'value_arguments');
    elements = args?.namedChildren.filter((c): c is Node => c?.type === 'value_argument').map((a) => a.namedChildren.at(-1)!).filter(Boolean);
  }
  if (!elements) return undefined;
  return elements.map((e) => ctx.constString(e) ?? '?').join(' ');
}

function isWorldChmod(cmd: string | undefined): boolean {
  return cmd !== undefined && (CHMOD_NUMERIC.test(cmd) || CHMOD_SYMBOLIC.test(cmd));
}

/** Java octal `0777`, hex, decimal, or a Kotlin literal; the numeric value. */
function intLiteral(node: Node, ctx: RuleContext<Msg>): number | undefined {
  const t = node.text.replace(/[_lL]/g, '');
  if (node.type === 'octal_integer_literal') return parseInt(t.replace(/^0[oO]?/, ''), 8);
  if (/^0[bB][01]+$/.test(t)) return parseInt(t.slice(2), 2);
  return ctx.constNumber(node);
}

/** The mode expression consists only of world flags joined by `|` / `or`. */
function onlyWorldFlags(node: Node): boolean {
  if (node.type === 'parenthesized_expression' && node.namedChildren[0]) return onlyWorldFlags(node.namedChildren[0]);
  if (node.type === 'binary_expression' || node.type === 'infix_expression') {
    const kids = node.namedChildren.filter((c): c is Node => c !== null);
    const op = node.type === 'binary_expression' ? node.childForFieldName('operator')?.text : kids[1]?.text;
    if (op !== '|' && op !== 'or') return false;
    const operands = node.type === 'binary_expression' ? [kids[0], kids.at(-1)!] : [kids[0], kids[2]];
    return operands.every((o) => o && onlyWorldFlags(o));
  }
  return WORLD_MODES.has(node.text.replace(/\s+/g, '').split('.').pop() ?? '');
}

/** `Context.MODE_PRIVATE` if the file can name Context, else the bare or fully qualified name. */
function privateModeText(ctx: RuleContext<Msg>, written: string): string {
  const compact = written.replace(/\s*\.\s*/g, '.').trim();
  // Keep the qualifier as written: `Context.MODE_WORLD_READABLE` (or `… | …`) → `Context.MODE_PRIVATE`.
  const qualified = /^((?:\w+\.)+)MODE_WORLD_(READABLE|WRITEABLE)\b/.exec(compact);
  if (qualified) return `${qualified[1]}MODE_PRIVATE`;
  const dot = compact.lastIndexOf('.');
  const text = ctx.file.text;
  const memberImport = /^\s*import\s+(static\s+)?android\.content\.Context\.MODE_WORLD_(READABLE|WRITEABLE)\b/m.test(text);
  const privateImported = /^\s*import\s+(static\s+)?android\.content\.Context\.(MODE_PRIVATE|\*)/m.test(text);
  if (dot < 0 && WORLD_MODES.has(compact) && (!memberImport || privateImported)) return 'MODE_PRIVATE';
  if (/^\s*import\s+android\.content\.(Context|\*)\s*;?\s*$/m.test(text)) return 'Context.MODE_PRIVATE';
  return 'android.content.Context.MODE_PRIVATE';
}

function modeFix(ctx: RuleContext<Msg>, at: Node) {
  const replacement = privateModeText(ctx, at.text);
  return [{ title: `Use ${replacement} (owner-only access)`, kind: 'safe' as const, edits: [ctx.fix.replace(at, replacement)] }];
}

function worldIdentifiers(node: Node): Node[] {
  const out: Node[] = [];
  const visit = (n: Node) => {
    if (n.type === 'identifier' && WORLD_MODES.has(n.text)) {
      const p = n.parent;
      // Qualified uses (`Context.MODE_WORLD_READABLE`) are reported by the member handler.
      if (p && (p.type === 'field_access' || p.type === 'navigation_expression')) return;
      out.push(n);
      return;
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(node);
  return out;
}

function checkOpener(call: CallView, ctx: RuleContext<Msg>): void {
  if (!OPENERS.has(call.name) || call.receiverName === 'SQLiteDatabase') return;
  const mode = call.args.find((a) => a.name === 'mode') ?? call.args[1];
  if (!mode || call.args.length < 2) return;
  if (onlyWorldFlags(mode.node) && !/^(field_access|navigation_expression|identifier)$/.test(mode.node.type)) {
    // `MODE_WORLD_READABLE | MODE_WORLD_WRITEABLE`: one finding, the whole mode becomes MODE_PRIVATE.
    ctx.report({ at: mode.node, messageId: 'worldMode', data: { mode: 'MODE_WORLD_READABLE | MODE_WORLD_WRITEABLE', call: call.name }, fixes: modeFix(ctx, mode.node) });
    return;
  }
  for (const id of worldIdentifiers(mode.node)) {
    ctx.report({ at: id, messageId: 'worldMode', data: { mode: id.text, call: call.name }, fixes: modeFix(ctx, id) });
  }
  const hasWorldName = /MODE_WORLD_/.test(mode.node.text);
  const literal = hasWorldName ? undefined : intLiteral(mode.node, ctx);
  if (literal !== undefined && (literal & 3) !== 0 && literal < 0x10000) {
    ctx.report({ at: mode.node, messageId: 'worldLiteral', data: { value: mode.node.text, call: call.name }, fixes: modeFix(ctx, mode.node) });
  }
}

function checkOwnerOnly(call: CallView, ctx: RuleContext<Msg>): void {
  if ((call.name !== 'setReadable' && call.name !== 'setWritable') || call.args.length !== 2) return;
  const flag = call.args.find((a) => a.name === 'readable' || a.name === 'writable') ?? call.args.find((a) => !a.name) ?? call.args[0];
  const ownerOnly = call.args.find((a) => a.name === 'ownerOnly') ?? call.args.find((a) => a !== flag && !a.name);
  if (!flag || !ownerOnly) return;
  if (ctx.constValue(flag.node) !== true || ctx.constValue(ownerOnly.node) !== false) return;
  ctx.report({
    at: ownerOnly.node,
    messageId: 'ownerOnlyOff',
    data: { call: call.name },
    fixes: [{ title: 'Restrict to the owner (ownerOnly = true)', kind: 'safe', edits: [ctx.fix.replace(ownerOnly.node, 'true')] }],
  });
}

function checkChmod(call: CallView, ctx: RuleContext<Msg>): void {
  if (call.name === 'exec' && call.args[0] && /getRuntime\(\)$|^(runtime|rt)$/i.test(call.receiverText ?? '')) {
    const arg = call.args[0].node;
    if (isWorldChmod(leadingText(arg, ctx) ?? arrayCommand(arg, ctx))) ctx.report({ at: arg, messageId: 'chmod' });
    return;
  }
  if (call.name === 'ProcessBuilder' && call.isConstructor && call.args.length >= 2) {
    const cmd = call.args.map((a) => ctx.constString(a.node) ?? '?').join(' ');
    if (isWorldChmod(cmd)) ctx.report({ at: call.args[1].node, messageId: 'chmod' });
    return;
  }
  if (call.name === 'chmod' && call.receiverName === 'Os' && call.args.length === 2) {
    const mode = intLiteral(call.args[1].node, ctx);
    if (mode !== undefined && (mode & 0o006) !== 0) ctx.report({ at: call.args[1].node, messageId: 'chmod' });
  }
}

export default defineRule({
  id: 'storage-world-readable',
  meta: {
    title: 'World-readable or world-writable app files',
    description: 'Flags MODE_WORLD_READABLE/MODE_WORLD_WRITEABLE file modes, setReadable/setWritable(true, false) and chmod calls that open app files to every other app.',
    severity: 'high',
    messages: {
      worldMode: '{{mode}} in {{call}} lets every app on the device read or overwrite this data (and throws from targetSdk 24); use MODE_PRIVATE and share single files through a FileProvider.',
      worldValue: '{{mode}} makes whatever file, preferences or database it opens readable or writable by every app on the device (and throws from targetSdk 24); use MODE_PRIVATE.',
      worldLiteral: 'File mode {{value}} in {{call}} is MODE_WORLD_READABLE/WRITEABLE: every app on the device can read or overwrite this data; use Context.MODE_PRIVATE.',
      ownerOnlyOff: '{{call}}(true, false) grants the permission to every app on the device, not just this one; pass ownerOnly = true, and share files through a FileProvider.',
      chmod: 'This chmod gives other apps read or write access to an app file; keep app files owner-only (0600/0700) and share through a FileProvider.',
    },
    tags: {
      cwe: [732, 276],
      masvs: ['MASVS-STORAGE-2'],
      owaspMobile2024: ['M9', 'M8'],
      maswe: ['data-insufficient-access-restrictions-internal'],
      ituBp: ['DH-5'],
    },
    fix: 'safe',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      checkOpener(call, ctx);
      checkOwnerOnly(call, ctx);
      checkChmod(call, ctx);
    },
    member(member, ctx) {
      if (!WORLD_MODES.has(member.name)) return;
      // Comparisons (`mode == Context.MODE_WORLD_READABLE`) read the flag; they do not set it.
      const p = member.node.parent;
      if (p && (p.type === 'binary_expression' || p.type === 'equality_expression') && /^(==|!=|===|!==)$/.test(p.childForFieldName('operator')?.text ?? p.children.find((c) => c && /^[!=]==?$/.test(c.type))?.type ?? '')) return;
      if (p?.type === 'when_condition' || p?.type === 'switch_label') return;
      // A whole `A | B` mode made only of world flags is reported once, by the opener check.
      let top: Node = member.node;
      while (top.parent && /^(binary_expression|infix_expression|parenthesized_expression)$/.test(top.parent.type)) top = top.parent;
      if (top !== member.node && onlyWorldFlags(top)) {
        const arg = top.parent?.type === 'value_argument' ? top.parent.parent : top.parent;
        const call = arg?.parent;
        const name = call?.type === 'method_invocation' ? call.childForFieldName('name')?.text : call?.namedChildren[0]?.text.split('.').pop();
        if (name && OPENERS.has(name)) return;
      }
      const opener = findOpenerName(member.node);
      if (opener) ctx.report({ at: member.node, messageId: 'worldMode', data: { mode: member.name, call: opener }, fixes: modeFix(ctx, member.node) });
      else ctx.report({ at: member.node, messageId: 'worldValue', data: { mode: member.name }, fixes: modeFix(ctx, member.node) });
    },
  },
});

function findOpenerName(node: Node): string | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'method_invocation') return p.childForFieldName('name')?.text;
    if (p.type === 'call_expression') return p.namedChildren[0]?.text.split('.').pop();
    if (/statement|declaration|block/.test(p.type)) return undefined;
  }
  return undefined;
}
