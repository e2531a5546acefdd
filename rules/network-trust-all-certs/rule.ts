// Rule: X509TrustManager implementations whose checkServerTrusted accepts every certificate.
import type { Node } from 'web-tree-sitter';
import { blockStatements, isEmptyBody } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';
import type { FunctionView } from '../../server/src/engine/view';

const TRUST_MANAGERS = new Set(['X509TrustManager', 'X509ExtendedTrustManager', 'TrustManager']);
/** Calls that only log: a body made of these still trusts every certificate. */
const LOG_CALL = /^((android\s*\.\s*util\s*\.\s*)?Log\s*\.\s*[vdiwe]|Timber\s*\.\s*[vdiwe]|System\s*\.\s*(out|err)\s*\.\s*print(ln)?|println|print|logger\s*\.\s*\w+|LOG\s*\.\s*\w+)\s*\(/;
const MESSAGE = 'Server certificate validation is disabled';

/** True when a statement neither throws nor checks: `return`, `return;`, `Unit`, a log call. */
function isInert(stmt: Node): boolean {
  const text = stmt.text.trim();
  if (stmt.type === 'return_statement' || /^return\s*;?$/.test(text)) return true;
  if (stmt.type === 'jump_expression' && /^return(@\w+)?$/.test(text)) return true;
  if (text === 'Unit' || text === ';') return true;
  const expr = stmt.type === 'expression_statement' ? (stmt.namedChildren[0] ?? stmt) : stmt;
  return LOG_CALL.test(expr.text.trim()) && !/\bthrow\b/.test(expr.text);
}

/** A checkServerTrusted body that accepts anything: empty, `= Unit`, only comments, returns or log calls. */
function acceptsEverything(fn: FunctionView): boolean {
  if (!fn.body) return false; // abstract or interface declaration
  if (isEmptyBody(fn.body)) return true;
  const statements = blockStatements(fn.body);
  if (fn.body.type !== 'block' && fn.body.type !== 'statements') return false; // Kotlin expression body other than Unit
  return statements.length > 0 && statements.every(isInert);
}

/**
 * A body whose only statement is `try { delegate.checkServerTrusted(…) } catch (…) { }`: the delegate's
 * verdict is swallowed, so every certificate is accepted.
 */
function swallowsVerdict(fn: FunctionView): Node | undefined {
  const statements = blockStatements(fn.body);
  if (statements.length !== 1) return undefined;
  const tryNode = statements[0];
  if (tryNode.type !== 'try_statement' && tryNode.type !== 'try_expression') return undefined;
  const catches = tryNode.namedChildren.filter((c): c is Node => c !== null && (c.type === 'catch_clause' || c.type === 'catch_block'));
  if (catches.length === 0 || tryNode.namedChildren.some((c) => c?.type === 'finally_clause' || c?.type === 'finally_block')) return undefined;
  for (const c of catches) {
    const block = c.namedChildren.find((k) => k?.type === 'block') ?? undefined;
    const stmts = blockStatements(block);
    if (!block || !stmts.every(isInert)) return undefined;
  }
  return catches[0];
}

export default defineRule({
  id: 'network-trust-all-certs',
  meta: {
    title: 'TrustManager that accepts every server certificate',
    description: 'Flags X509TrustManager implementations whose checkServerTrusted is empty, returns at once or only logs, so any certificate is accepted.',
    severity: 'high',
    messages: {
      swallowed: `${MESSAGE}: the CertificateException from the delegate trust manager is caught and ignored, so any certificate is accepted; let the exception propagate (or rethrow it).`,
      trustAll: `${MESSAGE}: this checkServerTrusted accepts any certificate, so anyone on the network can read and change payment traffic; delete the custom trust manager and use the platform default (pin with CertificatePinner or a network security config if needed).`,
    },
    tags: {
      cwe: [295],
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
    class(cls, ctx) {
      if (!cls.supertypes.some((t) => TRUST_MANAGERS.has(t))) return;
      for (const fn of cls.methods) {
        if (fn.name !== 'checkServerTrusted' || !fn.body) continue;
        if (!acceptsEverything(fn)) {
          const swallowing = swallowsVerdict(fn);
          if (swallowing) ctx.report({ at: fn.nameNode, messageId: 'swallowed' });
          continue;
        }
        const reason = 'Server certificate rejected: replace this trust manager with the platform default';
        let edits;
        if (fn.lang === 'java') {
          edits = [ctx.fix.replace(fn.body, `{ throw new java.security.cert.CertificateException("${reason}"); }`)];
          const throwsClause = fn.node.namedChildren.find((c) => c?.type === 'throws');
          if (!throwsClause) {
            const params = fn.node.childForFieldName('parameters');
            if (params) edits.unshift(ctx.fix.insertAfter(params, ' throws java.security.cert.CertificateException'));
          }
        } else {
          const functionBody = fn.node.namedChildren.find((c) => c?.type === 'function_body') ?? fn.body;
          edits = [ctx.fix.replace(functionBody, `{ throw java.security.cert.CertificateException("${reason}") }`)];
        }
        ctx.report({
          at: fn.nameNode,
          messageId: 'trustAll',
          fixes: [{ title: 'Reject every certificate (throw CertificateException), then remove this trust manager', kind: 'suggestion', edits }],
        });
      }
    },
  },
});
