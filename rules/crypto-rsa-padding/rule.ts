// Rule: RSA encryption without padding (E) or with PKCS#1 v1.5 padding, including a bare "RSA" (W).
import { defineRule } from '../../server/src/engine/rule';
import { cipherTransformation, isPlainLiteral } from '../crypto-weak-cipher/support';

const OAEP = '"RSA/ECB/OAEPWithSHA-256AndMGF1Padding"';

export default defineRule({
  id: 'crypto-rsa-padding',
  meta: {
    title: 'RSA without OAEP padding',
    description: 'Flags Cipher.getInstance for RSA with no padding (textbook RSA) or with PKCS#1 v1.5 padding, including a bare "RSA", which defaults to PKCS#1 v1.5.',
    severity: 'medium',
    messages: {
      noPadding: 'RSA with NoPadding is textbook RSA: deterministic and malleable, so equal PINs give equal ciphertexts and values can be altered; use "RSA/ECB/OAEPWithSHA-256AndMGF1Padding".',
      pkcs1: '"{{algo}}" uses PKCS#1 v1.5 encryption padding, open to padding-oracle (Bleichenbacher) attacks that decrypt PIN blocks and session keys; use "RSA/ECB/OAEPWithSHA-256AndMGF1Padding" (the server must match).',
    },
    tags: {
      cwe: [780, 327],
      masvs: ['MASVS-CRYPTO-1'],
      owaspMobile2024: ['M10'],
      maswe: ['risky-padding'],
      ituBp: ['CS-2'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      const t = cipherTransformation(call, ctx);
      if (!t) return;
      const { arg, value, parts } = t;
      if (!/^RSA$/i.test(parts[0])) return;
      const padding = parts[2] ?? (parts.length === 1 ? 'PKCS1Padding' : '');
      const fixes = isPlainLiteral(arg) ? [{ title: 'Use RSA-OAEP with SHA-256 (the server must match)', kind: 'suggestion' as const, edits: [ctx.fix.replace(arg, OAEP)] }] : [];
      if (/^NoPadding$/i.test(padding)) ctx.report({ at: arg, messageId: 'noPadding', severity: 'high', fixes });
      else if (/^PKCS1Padding$/i.test(padding)) ctx.report({ at: arg, messageId: 'pkcs1', data: { algo: value }, fixes });
    },
  },
});
