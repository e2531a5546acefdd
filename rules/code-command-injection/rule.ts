// Rule: shell commands built from run-time values: Runtime.exec / ProcessBuilder with concatenation, templates or
// String.format, including `sh -c <built command>`.
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';

const SHELLS = /^(sh|bash|su|\/system\/bin\/sh|\/system\/xbin\/su|\/bin\/sh|\/system\/bin\/su)$/;

type Msg = 'built';

/** The expression is a command string assembled at run time (not a constant). */
function isBuilt(node: Node, ctx: RuleContext<Msg>): boolean {
  if (ctx.constString(node) !== undefined) return false;
  if (node.type === 'binary_expression' && /\+/.test(node.childForFieldName('operator')?.text ?? '+')) return true;
  if ((node.type === 'string_literal' || node.type === 'multiline_string_literal') && (node.descendantsOfType(['interpolation', 'interpolated_expression', 'interpolated_identifier']).length > 0 || /(^|[^\\])\$[{A-Za-z_]/.test(node.text))) return true;
  if (/^(String\.format|format)\s*\(|\.format\s*\(/.test(node.text)) return true;
  return false;
}

/** `arrayOf("sh", "-c", cmd)`, `new String[]{"sh", "-c", cmd}`, `listOf(…)`, or varargs: the shell command element. */
function shellCommand(elements: Node[], ctx: RuleContext<Msg>): Node | undefined {
  const first = elements[0] ? ctx.constString(elements[0]) : undefined;
  if (first === undefined || !SHELLS.test(first)) return undefined;
  const c = elements.findIndex((e) => ctx.constString(e) === '-c');
  return c >= 0 ? elements[c + 1] : elements[1];
}

function arrayElements(node: Node): Node[] | undefined {
  if (node.type === 'array_creation_expression') {
    const init = node.childForFieldName('value') ?? node.namedChildren.find((c) => c?.type === 'array_initializer');
    return init ? init.namedChildren.filter((c): c is Node => !!c) : undefined;
  }
  if (node.type === 'array_initializer') return node.namedChildren.filter((c): c is Node => !!c);
  if (node.type === 'call_expression' && /^(arrayOf|listOf|mutableListOf|Arrays\.asList|List\.of)$/.test(node.namedChildren[0]?.text ?? '')) {
    const va = node.namedChildren.find((c) => c?.type === 'value_arguments');
    return (va?.namedChildren ?? []).filter((c): c is Node => !!c && c.type === 'value_argument').map((a) => a.namedChildren.at(-1) ?? a);
  }
  if (node.type === 'method_invocation' && /^(Arrays\.asList|List\.of)$/.test(`${node.childForFieldName('object')?.text}.${node.childForFieldName('name')?.text}`)) {
    return node.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => !!c) ?? [];
  }
  return undefined;
}

function check(args: Node[], ctx: RuleContext<Msg>) {
  if (args.length === 0) return;
  if (args.length === 1) {
    const elements = arrayElements(args[0]);
    if (elements) {
      const cmd = shellCommand(elements, ctx);
      if (cmd && isBuilt(cmd, ctx)) ctx.report({ at: cmd, messageId: 'built' });
      return;
    }
    if (isBuilt(args[0], ctx)) ctx.report({ at: args[0], messageId: 'built' });
    return;
  }
  // ProcessBuilder("sh", "-c", cmd) / command("sh", "-c", cmd) varargs
  const cmd = shellCommand(args, ctx);
  if (cmd && isBuilt(cmd, ctx)) ctx.report({ at: cmd, messageId: 'built' });
}

export default defineRule({
  id: 'code-command-injection',
  meta: {
    title: 'Shell command built from run-time values',
    description: 'Flags Runtime.exec and ProcessBuilder commands assembled with concatenation, string templates or String.format, including sh -c with a built command.',
    severity: 'medium',
    messages: {
      built: 'This command is assembled at run time and run through exec/ProcessBuilder: a value containing spaces, quotes, ; or | (a host name from a server response, a file name, a deep-link parameter) injects extra arguments or commands; pass a fixed argument array (arrayOf("ping", "-c", "1", host)) without a shell, and validate the value against an allow-list.',
    },
    tags: {
      cwe: [78, 88],
      masvs: ['MASVS-CODE-4'],
      owaspMobile2024: ['M4'],
      maswe: ['insecure-parsing-escaping'],
      ituBp: ['DH-7'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      const args = call.args.map((a) => a.node);
      if (call.name === 'exec' && /(^|\.)getRuntime\(\)$|^runtime$|Runtime$/i.test(call.receiverText ?? '')) check(args.slice(0, 1), ctx);
      else if (call.name === 'ProcessBuilder' && (call.isConstructor || call.lang === 'kotlin') && !call.receiver) check(args, ctx);
      else if (call.name === 'command' && /ProcessBuilder|processBuilder|\bpb\b/.test(call.receiverText ?? '')) check(args, ctx);
    },
  },
});
