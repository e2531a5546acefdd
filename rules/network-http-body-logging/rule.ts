// Rule: OkHttp HttpLoggingInterceptor / Ktor Logging at BODY or HEADERS level outside debug-only code.
import type { Node } from 'web-tree-sitter';
import { findAncestor, isDebugGuarded } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';

const OKHTTP = /^(?:(?:okhttp3\.logging\.)?HttpLoggingInterceptor\.)?Level\.(BODY|HEADERS)$/;
const KTOR = /^(?:io\.ktor\.client\.plugins\.logging\.)?LogLevel\.(ALL|BODY|HEADERS)$/;
const BARE = /^(BODY|HEADERS|ALL)$/;

/** The variable an interceptor is stored in: the receiver `logging.level = …`, or `val logging = …apply { level = … }`. */
function holderName(receiverText: string | undefined, node: Node): string | undefined {
  if (receiverText && /^\w+$/.test(receiverText)) return receiverText;
  if (receiverText) return undefined;
  const decl = findAncestor(node, ['property_declaration', 'variable_declarator']);
  if (!decl) return undefined;
  if (decl.type === 'variable_declarator') return decl.childForFieldName('name')?.text;
  return decl.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren[0]?.text;
}

/** True when every `addInterceptor(name)` / `addNetworkInterceptor(name)` in the file runs only in debug builds. */
function installedOnlyInDebug(root: Node | undefined, name: string): boolean {
  if (!root) return false;
  const pattern = new RegExp(`\\badd(Network)?Interceptor\\s*\\(\\s*${name}\\s*\\)`);
  const installs = root.descendantsOfType(['method_invocation', 'call_expression']).filter((c): c is Node => c !== null && pattern.test(c.text) && /^[\w.()\s]*add(Network)?Interceptor\s*\(/.test(c.text.replace(/\n/g, ' ').slice(0, 200)));
  const direct = installs.filter((c) => !c.namedChildren.some((k) => k !== null && pattern.test(k.text) && k.type !== 'value_arguments' && k.type !== 'argument_list'));
  return direct.length > 0 && direct.every((c) => isDebugGuarded(c));
}

export default defineRule({
  id: 'network-http-body-logging',
  meta: {
    title: 'HTTP client logs request and response bodies or headers',
    description: 'Flags OkHttp HttpLoggingInterceptor at Level.BODY/HEADERS and Ktor Logging at LogLevel.ALL/BODY/HEADERS outside debug-only code.',
    severity: 'high',
    messages: {
      okhttp: 'HttpLoggingInterceptor at {{level}} writes every request and response to Logcat, including PINs, OTPs, Authorization tokens and account data; use it only in debug builds: if (BuildConfig.DEBUG) {{level}} else NONE.',
      ktor: 'Ktor Logging at {{level}} writes request and response {{what}} to the log, including PINs, OTPs, tokens and account data; log at LogLevel.NONE (or INFO) in release builds.',
    },
    tags: {
      cwe: [532],
      masvs: ['MASVS-STORAGE-2'],
      owaspMobile2024: ['M9', 'M6'],
      maswe: ['data-in-logs'],
      figi: ['C118'],
      ituBp: ['DI-2'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'setLevel' && call.name !== 'level') return;
      if (call.args.length !== 1) return;
      const arg = call.args[0];
      const text = arg.text.replace(/\s+/g, '');
      const fileText = ctx.root?.text ?? '';
      let kind: 'okhttp' | 'ktor' | undefined;
      if (OKHTTP.test(text)) kind = 'okhttp';
      else if (KTOR.test(text)) kind = 'ktor';
      else if (BARE.test(text) && arg.node.type === 'identifier') {
        if (text !== 'ALL' && /\bHttpLoggingInterceptor\b/.test(fileText)) kind = 'okhttp';
        else if (/\bio\.ktor\.client\.plugins\.logging\b/.test(fileText)) kind = 'ktor';
      }
      if (!kind) return;
      if (isDebugGuarded(call.node)) return;
      const holder = holderName(call.receiverText, call.node);
      if (holder && installedOnlyInDebug(ctx.root, holder)) return;
      const isOkHttp = kind === 'okhttp';
      const level = text.split('.').pop()!;
      const none = arg.text.replace(/\w+\s*$/, 'NONE');
      const guarded = call.lang === 'kotlin' ? `if (BuildConfig.DEBUG) ${arg.text} else ${none}` : `BuildConfig.DEBUG ? ${arg.text} : ${none}`;
      ctx.report({
        at: arg.node,
        messageId: isOkHttp ? 'okhttp' : 'ktor',
        data: { level, what: level === 'HEADERS' ? 'headers' : 'bodies and headers' },
        fixes: [{ title: `Log at ${level} in debug builds only`, kind: 'suggestion', edits: [ctx.fix.replace(arg.node, guarded)] }],
      });
    },
  },
});
