// Rule: HostnameVerifiers that accept every host (constant true, ALLOW_ALL, NoopHostnameVerifier).
import type { Node } from 'web-tree-sitter';
import { blockStatements } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';

const SETTERS = new Set(['hostnameVerifier', 'setHostnameVerifier', 'setDefaultHostnameVerifier']);
const ALLOW_ALL_TYPES = new Set(['AllowAllHostnameVerifier', 'NoopHostnameVerifier']);
const PLATFORM = 'javax.net.ssl.HttpsURLConnection.getDefaultHostnameVerifier()';

type Messages = 'alwaysTrue' | 'allowAll';

/** The `true` a verifier body returns unconditionally, if the body is nothing else. */
function constantTrue(body: Node | undefined): Node | undefined {
  if (!body) return undefined;
  if (body.text === 'true' && (body.type === 'true' || body.type === 'identifier')) return body;
  if (body.type === 'block' || body.type === 'statements' || body.type === 'function_body') {
    const stmts = blockStatements(body);
    if (stmts.length !== 1) return undefined;
    const s = stmts[0];
    if (s.type === 'return_statement' || s.type === 'return_expression' || s.type === 'jump_expression') {
      const value = s.namedChildren.find((c) => c !== null && c.type !== 'label');
      return value && value.text === 'true' ? value : undefined;
    }
    return constantTrue(s);
  }
  return undefined;
}

/** Parameter names of a Java lambda or a Kotlin lambda literal. */
function lambdaParams(lambda: Node): string[] {
  if (lambda.type === 'lambda_expression') {
    const p = lambda.childForFieldName('parameters');
    if (!p) return [];
    return p.type === 'identifier' ? [p.text] : p.descendantsOfType('identifier').map((n) => n.text);
  }
  const params = lambda.namedChildren.find((c) => c?.type === 'lambda_parameters');
  return params ? params.namedChildren.filter((c): c is Node => c !== null).map((c) => c.text) : [];
}

/** The `true` a Java lambda or Kotlin lambda literal returns for every host. */
function lambdaAlwaysTrue(lambda: Node): Node | undefined {
  if (lambda.type === 'lambda_expression') return constantTrue(lambda.childForFieldName('body') ?? undefined);
  if (lambda.type !== 'lambda_literal') return undefined;
  const statements = lambda.namedChildren.filter((c): c is Node => c !== null && c.type !== 'lambda_parameters' && c.type !== 'line_comment' && c.type !== 'block_comment' && c.type !== 'comment');
  if (statements.length === 1 && statements[0].type === 'statements') return constantTrue(statements[0]);
  return statements.length === 1 ? constantTrue(statements[0]) : undefined;
}

function delegatingLambdaFix(lambda: Node, ctx: RuleContext<Messages>): Fix[] {
  const names = lambdaParams(lambda);
  const usable = names.length === 2 && names.every((n) => /^[A-Za-z]\w*$/.test(n));
  const [host, session] = usable ? names : ['hostname', 'session'];
  const text =
    lambda.type === 'lambda_expression'
      ? `(${host}, ${session}) -> ${PLATFORM}.verify(${host}, ${session})`
      : `{ ${host}, ${session} -> ${PLATFORM}.verify(${host}, ${session}) }`;
  return [{ title: 'Delegate to the platform hostname verifier', kind: 'suggestion', edits: [ctx.fix.replace(lambda, text)] }];
}

function reportLambda(lambda: Node | undefined, ctx: RuleContext<Messages>): void {
  if (!lambda) return;
  const value = lambdaAlwaysTrue(lambda);
  if (value) ctx.report({ at: value, messageId: 'alwaysTrue', fixes: delegatingLambdaFix(lambda, ctx) });
}

export default defineRule({
  id: 'network-hostname-verifier-allow-all',
  meta: {
    title: 'HostnameVerifier that accepts every host',
    description: 'Flags HostnameVerifiers that return true for any host, ALLOW_ALL_HOSTNAME_VERIFIER and NoopHostnameVerifier.',
    severity: 'high',
    messages: {
      alwaysTrue: 'This HostnameVerifier returns true for every host, so a valid certificate for any domain is accepted for your API; remove the custom verifier (the platform default checks the host) or delegate to HttpsURLConnection.getDefaultHostnameVerifier().',
      allowAll: '{{name}} disables host name verification, so a valid certificate for any domain is accepted for your API; remove it and let the client use its default verifier.',
    },
    tags: {
      cwe: [297, 295],
      masvs: ['MASVS-NETWORK-1'],
      owaspMobile2024: ['M5'],
      maswe: ['insecure-cert-val'],
      ituLab: ['T3.2'],
      ituBp: ['CS-7'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (SETTERS.has(call.name)) {
        const arg = call.args[0]?.node ?? call.lambda;
        if (arg && (arg.type === 'lambda_expression' || arg.type === 'lambda_literal')) reportLambda(arg, ctx);
        else if (call.lambda && call.args.length === 0) reportLambda(call.lambda, ctx);
        // A statically imported ALLOW_ALL_HOSTNAME_VERIFIER is a bare identifier (the qualified form is a member).
        else if (arg && arg.type === 'identifier' && arg.text === 'ALLOW_ALL_HOSTNAME_VERIFIER') {
          ctx.report({ at: arg, messageId: 'allowAll', data: { name: arg.text } });
        }
        return;
      }
      // Kotlin SAM constructor: HostnameVerifier { _, _ -> true }
      if (call.name === 'HostnameVerifier' && call.lambda) {
        reportLambda(call.lambda, ctx);
        return;
      }
      if (call.isConstructor && ALLOW_ALL_TYPES.has(call.name)) {
        ctx.report({ at: call.nameNode, messageId: 'allowAll', data: { name: call.name } });
      }
    },
    member(member, ctx) {
      if (member.name === 'ALLOW_ALL_HOSTNAME_VERIFIER' || (member.name === 'INSTANCE' && /(^|\.)NoopHostnameVerifier$/.test(member.receiverText))) {
        ctx.report({ at: member.node, messageId: 'allowAll', data: { name: member.node.text.replace(/\s+/g, '') } });
      }
    },
    declaration(decl, ctx) {
      // Java: HostnameVerifier v = (host, session) -> true;
      if (decl.type?.replace(/^javax\.net\.ssl\./, '') !== 'HostnameVerifier' || !decl.value) return;
      if (decl.value.type === 'lambda_expression') reportLambda(decl.value, ctx);
    },
    class(cls, ctx) {
      if (!cls.supertypes.includes('HostnameVerifier')) return;
      for (const fn of cls.methods) {
        if (fn.name !== 'verify' || fn.params.length !== 2) continue;
        const value = constantTrue(fn.body);
        if (!value || !fn.body) continue;
        const [host, session] = fn.params.map((p) => p.name);
        const call = `${PLATFORM}.verify(${host}, ${session})`;
        const edit =
          fn.lang === 'java'
            ? ctx.fix.replace(fn.body, `{ return ${call}; }`)
            : ctx.fix.replace(fn.node.namedChildren.find((c) => c?.type === 'function_body') ?? fn.body, `= ${call}`);
        ctx.report({
          at: fn.nameNode,
          messageId: 'alwaysTrue',
          fixes: [{ title: 'Delegate to the platform hostname verifier', kind: 'suggestion', edits: [edit] }],
        });
      }
    },
  },
});
