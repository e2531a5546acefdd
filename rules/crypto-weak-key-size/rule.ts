// Rule: RSA/DSA/DH keys under 2048 bits, EC under 224, AES/HMAC under 128, in initialize, init, setKeySize and key specs.
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import type { CallView } from '../../server/src/engine/view';
import { findAncestor } from '../../server/src/engine/ast';
import { callParts, constStr, isPlainLiteral } from '../crypto-weak-cipher/support';
import { chainOf, createsType, factoryCall, originOf } from './support';

type Family = 'RSA' | 'DSA' | 'DH' | 'EC' | 'AES' | 'HMAC';

const FLOOR: Record<Family, number> = { RSA: 2048, DSA: 2048, DH: 2048, EC: 224, AES: 128, HMAC: 128 };
const TARGET: Record<Family, number> = { RSA: 2048, DSA: 2048, DH: 2048, EC: 256, AES: 256, HMAC: 256 };

function family(algo: string | undefined): Family | undefined {
  if (!algo) return undefined;
  const a = algo.split('/')[0].trim();
  if (/^RSA$/i.test(a)) return 'RSA';
  if (/^DSA$/i.test(a)) return 'DSA';
  if (/^(DH|DiffieHellman)$/i.test(a)) return 'DH';
  if (/^(EC|ECDSA|ECDH)$/i.test(a)) return 'EC';
  if (/^AES$/i.test(a)) return 'AES';
  if (/^Hmac\w+$/i.test(a)) return 'HMAC';
  return undefined;
}

/** Integer literal (`1024`, `1_024`, `512L`): the only size the quick fix rewrites. */
function isNumberLiteral(node: Node): boolean {
  return /^(decimal_integer_literal|integer_literal|number_literal)$/.test(node.type);
}

/** Curve names with their field size: secp192r1, prime192v1, sect163k1, brainpoolP160r1, P-192 … */
function curveBits(name: string): number | undefined {
  const m = /^(?:secp|sect|prime|brainpoolP|P-|c2[pt]nb)(\d+)/i.exec(name.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * The algorithm family a Keystore spec builder is for. KeyGenParameterSpec carries no algorithm: it comes
 * from the KeyPairGenerator/KeyGenerator it is passed to, or shows in the paddings, block modes and
 * parameter specs. Only an unambiguous answer counts.
 */
function keystoreFamily(ctx: RuleContext, builder: Node, at: Node): Family | undefined {
  // Hints in the builder chain itself (paddings, block modes, parameter specs) win.
  const own = hintFamilies(chainOf(builder).top.text);
  if (own.size === 1) return [...own][0];
  if (own.size > 1) return undefined;
  const scope = findAncestor(at, ['method_declaration', 'constructor_declaration', 'function_declaration']);
  if (!scope) return undefined;
  const found = hintFamilies(scope.text);
  for (const call of scope.descendantsOfType(['method_invocation', 'call_expression'])) {
    if (!call) continue;
    const parts = callParts(call);
    if (!parts || parts.name !== 'getInstance' || !parts.receiver || !parts.args[0]) continue;
    if (!/(^|\.)(KeyPairGenerator|KeyGenerator)$/.test(parts.receiver.text.replace(/\s+/g, ''))) continue;
    const f = family(constStr(ctx, parts.args[0]));
    if (f) found.add(f);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function hintFamilies(text: string): Set<Family> {
  const found = new Set<Family>();
  if (/\bECGenParameterSpec\b/.test(text)) found.add('EC');
  if (/\bRSAKeyGenParameterSpec\b|\b(SIGNATURE_PADDING_RSA|ENCRYPTION_PADDING_RSA)_/.test(text)) found.add('RSA');
  if (/\bBLOCK_MODE_(GCM|CBC|CTR)\b|\bENCRYPTION_PADDING_PKCS7\b/.test(text)) found.add('AES');
  return found;
}

/** KeyPairGeneratorSpec (API 18–22): RSA unless setKeyType names another algorithm. */
function legacySpecFamily(ctx: RuleContext, builder: Node): Family | undefined {
  const keyType = chainOf(builder).calls.find((c) => c.name === 'setKeyType');
  if (!keyType) return 'RSA';
  return keyType.args[0] ? family(constStr(ctx, keyType.args[0])) : undefined;
}

interface Target {
  family?: Family;
  /** The floor when the family is unknown: any key below it is weak whatever the algorithm. */
  floor: number;
}

/** What an `initialize`/`init`/`setKeySize` call configures, or undefined when it is not a key generator. */
function targetOf(call: CallView, ctx: RuleContext): Target | undefined {
  const origin = originOf(call.receiver, call.node);
  if (!origin) return undefined;
  const f = factoryCall(origin.expr);
  if (call.name === 'initialize') {
    if (f?.owner === 'KeyPairGenerator' && f.name === 'getInstance' && f.args[0]) {
      const fam = family(constStr(ctx, f.args[0]));
      return fam ? { family: fam, floor: FLOOR[fam] } : undefined;
    }
    return origin.type === 'KeyPairGenerator' ? { floor: 224 } : undefined;
  }
  if (call.name === 'init') {
    if (f?.owner === 'KeyGenerator' && f.name === 'getInstance' && f.args[0]) {
      const fam = family(constStr(ctx, f.args[0]));
      return fam === 'AES' || fam === 'HMAC' ? { family: fam, floor: FLOOR[fam] } : undefined;
    }
    return undefined;
  }
  // setKeySize on a Keystore spec builder
  if (origin.expr && (createsType(f, 'KeyGenParameterSpec.Builder') || createsType(f, 'KeyPairGeneratorSpec.Builder'))) {
    const fam = createsType(f, 'KeyPairGeneratorSpec.Builder') ? legacySpecFamily(ctx, origin.expr) : keystoreFamily(ctx, origin.expr, call.node);
    return fam ? { family: fam, floor: FLOOR[fam] } : { floor: 128 };
  }
  return undefined;
}

export default defineRule({
  id: 'crypto-weak-key-size',
  meta: {
    title: 'Key size too small (RSA/DSA/DH < 2048, EC < 224, AES < 128 bits)',
    description: 'Flags key generators and Keystore key specs initialised with RSA, DSA or DH keys under 2048 bits, EC keys under 224 bits, or AES and HMAC keys under 128 bits.',
    severity: 'high',
    messages: {
      small: '{{algo}} key of {{size}} bits is below the {{min}}-bit minimum and can be broken with today\'s computing power; generate {{target}}-bit keys.',
      smallUnknown: 'A {{size}}-bit key is too small for any algorithm (minimum {{min}} bits); use 2048-bit RSA, a 256-bit EC curve or a 256-bit AES key.',
      weakCurve: 'Curve "{{curve}}" has only {{size}} bits (minimum 224); use "secp256r1" (P-256).',
    },
    tags: {
      cwe: [326],
      masvs: ['MASVS-CRYPTO-2'],
      owaspMobile2024: ['M10'],
      maswe: ['weak-crypto-key-generation'],
      ituBp: ['CS-2'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      // Parameter specs: RSAKeyGenParameterSpec(1024, F4), ECGenParameterSpec("secp192r1")
      if (call.name === 'RSAKeyGenParameterSpec' || call.name === 'ECGenParameterSpec') {
        if (call.lang === 'kotlin' && !call.isConstructor) return;
        if (call.receiverText && !/^java\.security\.spec$/.test(call.receiverText)) return;
        const arg = call.args[0]?.node;
        if (!arg) return;
        if (call.name === 'RSAKeyGenParameterSpec') {
          const size = ctx.constNumber(arg);
          if (size === undefined || size >= FLOOR.RSA) return;
          const fixes: Fix[] = isNumberLiteral(arg) ? [{ title: 'Use a 2048-bit RSA key', kind: 'suggestion', edits: [ctx.fix.replace(arg, '2048')] }] : [];
          ctx.report({ at: arg, messageId: 'small', data: { algo: 'RSA', size, min: FLOOR.RSA, target: TARGET.RSA }, fixes });
          return;
        }
        const curve = constStr(ctx, arg);
        const bits = curve === undefined ? undefined : curveBits(curve);
        if (curve === undefined || bits === undefined || bits >= FLOOR.EC) return;
        const fixes: Fix[] = isPlainLiteral(arg) ? [{ title: 'Use the P-256 curve (secp256r1)', kind: 'suggestion', edits: [ctx.fix.replace(arg, '"secp256r1"')] }] : [];
        ctx.report({ at: arg, messageId: 'weakCurve', data: { curve, size: bits }, fixes });
        return;
      }
      if (call.name !== 'initialize' && call.name !== 'init' && call.name !== 'setKeySize') return;
      const arg = call.args[0]?.node;
      if (!arg || call.args.length > 2) return;
      const size = ctx.constNumber(arg);
      if (size === undefined || !Number.isInteger(size) || size <= 0) return;
      // Cheap rejection before following the receiver: nothing is weak at 2048 bits and above.
      if (size >= 2048) return;
      const target = targetOf(call, ctx);
      if (!target || size >= target.floor) return;
      const at = arg;
      if (!target.family) {
        ctx.report({ at, messageId: 'smallUnknown', data: { size, min: target.floor } });
        return;
      }
      const fam = target.family;
      const fixes: Fix[] = isNumberLiteral(arg)
        ? [{ title: `Use a ${TARGET[fam]}-bit ${fam} key`, kind: 'suggestion', edits: [ctx.fix.replace(arg, String(TARGET[fam]))] }]
        : [];
      ctx.report({ at, messageId: 'small', data: { algo: fam, size, min: target.floor, target: TARGET[fam] }, fixes });
    },
  },
});
