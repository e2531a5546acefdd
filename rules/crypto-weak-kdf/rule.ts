// Rule: PBEKeySpec/PBEParameterSpec with a constant salt or too few iterations; keys made by hashing a PIN.
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { sensitiveValuesIn } from '../../server/src/engine/sensitive';
import type { Fix } from '../../server/src/engine/types';
import type { CallView } from '../../server/src/engine/view';
import { findAncestor } from '../../server/src/engine/ast';
import { callParts, constantBytes, declarationOf } from '../crypto-weak-cipher/support';

/** Below this many PBKDF2 iterations a guess costs next to nothing (catalog floor). */
const MIN_ITERATIONS = 10_000;
/** What the quick fix writes (OWASP's 2021 figure for PBKDF2-HMAC-SHA256; higher is better). */
const FIX_ITERATIONS = '310000';

const DIGEST_HELPERS = /^(sha1|sha256|sha384|sha512|md5|sha|sha3_256|sha3_512)$/;

function isCreation(call: CallView, name: string): boolean {
  if (call.name !== name) return false;
  if (call.lang === 'kotlin' && !call.isConstructor) return false;
  return !call.receiverText || call.receiverText === 'javax.crypto.spec';
}

/** `x.copyOf(16)`, `Arrays.copyOf(x, 16)`, `x.copyOfRange(0, 16)`, `(x)`: the array inside. */
function unwrapCopy(node: Node): Node {
  let n = node;
  for (let i = 0; i < 4; i++) {
    if (n.type === 'parenthesized_expression' && n.namedChildren[0]) {
      n = n.namedChildren[0];
      continue;
    }
    const c = callParts(n);
    if (!c) break;
    if (/^(copyOf|copyOfRange|sliceArray)$/.test(c.name) && c.receiver && !/^Arrays$/.test(c.receiver.text)) n = c.receiver;
    else if (/^(copyOf|copyOfRange)$/.test(c.name) && c.receiver?.text.replace(/\s+/g, '').endsWith('Arrays') && c.args[0]) n = c.args[0];
    else break;
  }
  return n;
}

/** The PIN-like value a key's bytes are a plain hash of, if any: `md.digest(pin.toByteArray())`. */
function hashedSecret(keyBytes: Node): { name: string } | undefined {
  let expr = unwrapCopy(keyBytes);
  const ident = /^[A-Za-z_]\w*$/.test(expr.text) ? expr.text : undefined;
  if (ident) {
    const found = declarationOf(expr, ident);
    if (!found?.value) return undefined;
    expr = unwrapCopy(found.value);
  }
  const call = callParts(expr);
  if (!call) return undefined;
  const recv = call.receiver?.text.replace(/\s+/g, '') ?? '';
  const isDigest = (call.name === 'digest' && call.receiver) || (DIGEST_HELPERS.test(call.name) && /(^|\.)DigestUtils$/.test(recv));
  if (!isDigest) return undefined;
  const inputs: Node[] = [...call.args];
  // md.update(pin); key = md.digest()
  if (call.name === 'digest' && call.args.length === 0 && call.receiver && /^[A-Za-z_]\w*$/.test(recv)) {
    const fn = findAncestor(expr, ['method_declaration', 'constructor_declaration', 'function_declaration']);
    for (const c of fn?.descendantsOfType(['method_invocation', 'call_expression']) ?? []) {
      const parts = c ? callParts(c) : undefined;
      if (parts?.name === 'update' && parts.receiver?.text === recv) inputs.push(...parts.args);
    }
  }
  for (const input of inputs) {
    const hit = sensitiveValuesIn(input).find((s) => s.match.critical);
    if (hit) return { name: hit.match.term.toUpperCase() === 'PIN' || hit.match.term === 'mpin' ? 'PIN' : hit.match.term };
  }
  return undefined;
}

function checkSpec(ctx: RuleContext, salt: Node | undefined, iterations: Node | undefined): void {
  if (salt) {
    const bytes = constantBytes(ctx, salt);
    if (bytes) ctx.report({ at: salt, messageId: 'constantSalt', data: { what: bytes.what } });
  }
  if (iterations) {
    const count = ctx.constNumber(iterations);
    if (count === undefined || count >= MIN_ITERATIONS || count <= 0) return;
    const literal = /^(decimal_integer_literal|integer_literal|number_literal)$/.test(iterations.type);
    const fixes: Fix[] = literal
      ? [{ title: `Raise the iteration count to ${FIX_ITERATIONS}`, kind: 'suggestion', edits: [ctx.fix.replace(iterations, FIX_ITERATIONS)] }]
      : [];
    ctx.report({ at: iterations, messageId: 'lowIterations', severity: 'medium', data: { count }, fixes });
  }
}

export default defineRule({
  id: 'crypto-weak-kdf',
  meta: {
    title: 'Weak password-based key derivation (fixed salt, few iterations, hashed PIN)',
    description: 'Flags PBEKeySpec and PBEParameterSpec with a salt fixed in the code or fewer than 10,000 iterations, and SecretKeySpec keys made by hashing a PIN or password.',
    severity: 'high',
    messages: {
      constantSalt: 'The salt is {{what}} fixed in the code: every install derives the same key from the same PIN or password, so one precomputed table cracks them all; generate 16 random bytes with SecureRandom per user and store them with the derived data.',
      lowIterations: '{{count}} iterations make each password guess cheap (minimum 10,000; OWASP advises 600,000 for PBKDF2-HMAC-SHA256); raise the count, and for short PINs use an Android Keystore key instead.',
      hashedPin: 'This key is a plain hash of the {{name}}: with no salt and no work factor, anyone holding one ciphertext tries every PIN (a 6-digit PIN has a million values) or common password in seconds; keep the key in the Android Keystore (unlocked by the user) or verify the {{name}} on the server.',
    },
    tags: {
      cwe: [916, 760, 759],
      masvs: ['MASVS-CRYPTO-2'],
      owaspMobile2024: ['M10'],
      maswe: ['weak-crypto-key-derivation'],
      ituBp: ['UA-1', 'DH-1'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (isCreation(call, 'PBEKeySpec')) {
        // PBEKeySpec(password) alone carries no salt or count (PBE ciphers take a PBEParameterSpec).
        if (call.args.length < 3) return;
        checkSpec(ctx, call.args[1].node, call.args[2].node);
        return;
      }
      if (isCreation(call, 'PBEParameterSpec')) {
        if (call.args.length < 2) return;
        checkSpec(ctx, call.args[0].node, call.args[1].node);
        return;
      }
      if (isCreation(call, 'SecretKeySpec')) {
        const keyBytes = call.args[0]?.node;
        if (!keyBytes) return;
        const secret = hashedSecret(keyBytes);
        if (secret) ctx.report({ at: keyBytes, messageId: 'hashedPin', data: { name: secret.name } });
      }
    },
  },
});
