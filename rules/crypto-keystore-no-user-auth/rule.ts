// Rule: Keystore keys for PINs, payments, signing or transactions generated without setUserAuthenticationRequired(true).
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import type { Fix } from '../../server/src/engine/types';
import { constStr, hasPhrase } from '../crypto-weak-cipher/support';
import { chainOf, lambdaReceiverCalls, trailingLambda, type ChainCall } from '../crypto-weak-key-size/support';

type Msg = 'noAuth' | 'authOff';

/** Alias words that say the key authorises money movement or proves the user's identity. */
const SENSITIVE: string[][] = [
  ['pin'], ['mpin'], ['upin'], ['passcode'], ['payment'], ['payments'], ['pay'], ['signing'], ['signature'], ['signer'],
  ['sign', 'key'], ['transaction'], ['transactions'], ['txn'], ['wallet'], ['transfer'], ['transfers'], ['remittance'],
  ['authorize'], ['authorization'], ['approval'], ['approve'],
];
const PURPOSE_LABEL: Record<string, string> = {
  pin: 'PIN key', mpin: 'PIN key', upin: 'PIN key', passcode: 'PIN key', payment: 'payment key', payments: 'payment key',
  pay: 'payment key', signing: 'signing key', signature: 'signing key', signer: 'signing key', 'sign key': 'signing key',
  transaction: 'transaction key', transactions: 'transaction key', txn: 'transaction key', transfer: 'transaction key',
  transfers: 'transaction key', remittance: 'transaction key', wallet: 'wallet key', authorize: 'approval key',
  authorization: 'approval key', approval: 'approval key', approve: 'approval key',
};
/** Keys the app needs without the user present (background sync, database or cache encryption). */
const BACKGROUND: string[][] = [
  ['db'], ['database'], ['sqlcipher'], ['room'], ['realm'], ['prefs'], ['preferences'], ['datastore'], ['storage'], ['cache'],
  ['sync'], ['background'], ['worker'], ['job'], ['push'], ['fcm'], ['notification'], ['notifications'], ['analytics'],
  ['log'], ['logs'], ['backup'],
];

type AuthState = { kind: 'absent' } | { kind: 'on' } | { kind: 'off'; arg: Node } | { kind: 'unknown' };

function judge(ctx: RuleContext<Msg>, calls: ChainCall[], state: AuthState): AuthState {
  let s = state;
  for (const c of calls) {
    if (c.name !== 'setUserAuthenticationRequired') continue;
    const arg = c.args[0];
    if (!arg) return { kind: 'unknown' };
    const value = arg.text === 'true' || arg.text === 'false' ? arg.text === 'true' : ctx.constValue(arg);
    if (value === true) return { kind: 'on' };
    if (value === false) s = { kind: 'off', arg };
    else return { kind: 'unknown' };
  }
  return s;
}

/** Calls made on the builder inside `apply {}` / `also {}` / `run {}` segments of a chain. */
function scopeCalls(calls: ChainCall[]): ChainCall[] {
  const out: ChainCall[] = [];
  for (const c of calls) {
    if (!/^(apply|also|run)$/.test(c.name)) continue;
    const lambda = trailingLambda(c.node);
    if (lambda) out.push(...lambdaReceiverCalls(lambda, c.name === 'also' ? 'it' : 'this'));
  }
  return out;
}

/** The variable a builder chain initialises (`val b = Builder(…)`, `Builder b = new Builder(…);`). */
function heldIn(top: Node): Node | undefined {
  const p = top.parent;
  if (p?.type === 'variable_declarator' && p.childForFieldName('value')?.id === top.id) return p.childForFieldName('name') ?? undefined;
  if (p?.type === 'property_declaration') {
    return p.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren.find((c) => c?.type === 'identifier') ?? undefined;
  }
  return undefined;
}

/**
 * What the code does with a builder held in a variable: its receiver calls (`b.setX(…)`, `b.apply { … }`,
 * `with(b) { … }`); undefined when the builder escapes (passed to a function, returned, reassigned).
 */
function variableCalls(holder: Node): ChainCall[] | undefined {
  const fn = scopeOf(holder);
  if (!fn) return undefined;
  const out: ChainCall[] = [];
  for (const id of fn.descendantsOfType('identifier')) {
    if (!id || id.text !== holder.text || id.id === holder.id || id.startIndex < holder.startIndex) continue;
    const p = id.parent;
    if (!p) return undefined;
    if (p.type === 'method_invocation' && p.childForFieldName('object')?.id === id.id) {
      const { calls } = chainOf(id);
      out.push(...calls, ...scopeCalls(calls));
      continue;
    }
    if (p.type === 'navigation_expression' && p.namedChildren[0]?.id === id.id) {
      if (p.parent?.type === 'call_expression') {
        const { calls } = chainOf(id);
        out.push(...calls, ...scopeCalls(calls));
        continue;
      }
      return undefined;
    }
    // with(builder) { setUserAuthenticationRequired(true) }
    if (p.type === 'value_argument' && p.parent?.parent?.type === 'call_expression' && p.parent.parent.namedChildren[0]?.text === 'with') {
      const withCall = p.parent.parent;
      const lambda = trailingLambda(withCall) ?? (withCall.parent?.type === 'call_expression' ? trailingLambda(withCall.parent) : undefined);
      if (lambda) out.push(...lambdaReceiverCalls(lambda, 'this'));
      continue;
    }
    return undefined; // passed on, returned or reassigned: the rest happens elsewhere
  }
  return out;
}

function scopeOf(node: Node): Node | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (/^(method_declaration|constructor_declaration|function_declaration|class_body|source_file|program)$/.test(p.type)) return p;
  }
  return undefined;
}

/** `.setUserAuthenticationRequired(true)` before `.build()`, on its own line when the chain is one call per line. */
function insertionFix(ctx: RuleContext<Msg>, build: ChainCall | undefined): Fix[] {
  if (!build?.dot) return [];
  const dot = build.dot;
  const line = ctx.file.text.split('\n')[dot.startPosition.row] ?? '';
  const ownLine = line.slice(0, dot.startPosition.column).trim() === '';
  const text = ownLine ? `.setUserAuthenticationRequired(true)\n${ctx.fix.indentOf(dot)}` : '.setUserAuthenticationRequired(true)';
  return [{ title: 'Require user authentication for this key', kind: 'suggestion', edits: [ctx.fix.insertBefore(dot, text)] }];
}

export default defineRule({
  id: 'crypto-keystore-no-user-auth',
  meta: {
    title: 'Payment, PIN or signing key usable without user authentication',
    description: 'Flags KeyGenParameterSpec.Builder keys whose alias names a PIN, payment, signing, transaction or wallet key and that are built without setUserAuthenticationRequired(true).',
    severity: 'medium',
    messages: {
      noAuth: 'Keystore key "{{alias}}" ({{purpose}}) can be used without the user present: malware on the phone, or anyone holding it unlocked, can sign or decrypt with it silently; add setUserAuthenticationRequired(true) (plus setUserAuthenticationParameters on API 30+) and unlock it through BiometricPrompt.',
      authOff: 'Keystore key "{{alias}}" ({{purpose}}) is built with setUserAuthenticationRequired(false), so it works without the user present; pass true (plus setUserAuthenticationParameters on API 30+) and unlock it through BiometricPrompt.',
    },
    tags: {
      cwe: [522, 287],
      masvs: ['MASVS-AUTH-2', 'MASVS-CRYPTO-2'],
      owaspMobile2024: ['M3', 'M10'],
      maswe: ['crypto-key-access-not-restricted'],
      ituBp: ['UA-4'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'Builder' || call.receiverName !== 'KeyGenParameterSpec') return;
      const aliasNode = call.args[0]?.node;
      if (!aliasNode) return;
      // The alias as resolved, else the name of the constant holding it (`KeyAliases.PAYMENT_SIGNING`).
      const resolved = constStr(ctx, aliasNode);
      const alias = resolved ?? (/^[A-Za-z_][\w.]*$/.test(aliasNode.text) ? aliasNode.text.split('.').pop()! : undefined);
      if (!alias) return;
      const words = splitWords(alias);
      const purpose = hasPhrase(words, SENSITIVE);
      if (!purpose || hasPhrase(words, BACKGROUND)) return;

      const { calls, top } = chainOf(call.node);
      let state = judge(ctx, [...calls, ...scopeCalls(calls)], { kind: 'absent' });
      const build = calls.find((c) => c.name === 'build');
      if (!build) {
        // Not built in this expression: follow the variable, else the builder escapes and we cannot tell.
        const holder = heldIn(top);
        const later = holder ? variableCalls(holder) : undefined;
        if (!later || !later.some((c) => c.name === 'build')) return;
        state = judge(ctx, later, state);
      }
      const data = { alias: resolved ?? alias, purpose: PURPOSE_LABEL[purpose] ?? `${purpose} key` };
      if (state.kind === 'absent') {
        ctx.report({ at: call.nameNode, messageId: 'noAuth', data, fixes: insertionFix(ctx, build) });
      } else if (state.kind === 'off') {
        const literal = state.arg.text === 'false';
        const fixes: Fix[] = literal ? [{ title: 'Require user authentication for this key', kind: 'suggestion', edits: [ctx.fix.replace(state.arg, 'true')] }] : [];
        ctx.report({ at: state.arg, messageId: 'authOff', data, fixes });
      }
    },
  },
});
