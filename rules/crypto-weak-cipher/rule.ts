// Rule: DES, 3DES, RC4, RC2 or Blowfish requested from Cipher, KeyGenerator or SecretKeyFactory.
import { defineRule } from '../../server/src/engine/rule';
import { constStr, isPlainLiteral } from './support';

const FACTORIES = new Set(['Cipher', 'KeyGenerator', 'SecretKeyFactory']);
const WEAK = /^(DES|DESede|TripleDES|3DES|DES3|RC4|ARCFOUR|ARC4|RC2|Blowfish)$/i;
/** Password-based schemes built on a weak cipher: PBEWithMD5AndDES, PBEWithSHA1AndDESede, PBEWithSHA1AndRC4_128 … */
const WEAK_PBE = /^PBEWith\w+And(DES|DESede|TripleDES|3DES|RC4|ARCFOUR|RC2)(_\d+)?$/i;

export default defineRule({
  id: 'crypto-weak-cipher',
  meta: {
    title: 'Broken or legacy cipher (DES, 3DES, RC4, RC2, Blowfish)',
    description: 'Flags Cipher, KeyGenerator and SecretKeyFactory requests for DES, 3DES, RC4, RC2 or Blowfish, including PBE schemes built on them.',
    severity: 'high',
    messages: {
      weak: '"{{algo}}" is a broken or legacy cipher (small keys or 64-bit blocks, or a biased key stream); use AES with a 256-bit key in GCM mode ("AES/GCM/NoPadding").',
    },
    tags: {
      cwe: [327],
      masvs: ['MASVS-CRYPTO-1'],
      owaspMobile2024: ['M10'],
      maswe: ['weak-encryption'],
      ituLab: ['T5.1'],
      ituBp: ['CS-2'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'getInstance' || !call.receiverName || !FACTORIES.has(call.receiverName)) return;
      const arg = call.args[0];
      if (!arg) return;
      const value = constStr(ctx, arg.node);
      if (value === undefined) return;
      const algo = value.split('/')[0].trim();
      if (!WEAK.test(algo) && !WEAK_PBE.test(algo)) return;
      const fixes = [];
      if (isPlainLiteral(arg.node) && call.receiverName === 'Cipher') {
        fixes.push({ title: 'Use AES/GCM/NoPadding (needs an AES key and a random 12-byte IV)', kind: 'suggestion' as const, edits: [ctx.fix.replace(arg.node, '"AES/GCM/NoPadding"')] });
      } else if (isPlainLiteral(arg.node) && call.receiverName === 'KeyGenerator') {
        fixes.push({ title: 'Generate an AES key instead', kind: 'suggestion' as const, edits: [ctx.fix.replace(arg.node, '"AES"')] });
      }
      ctx.report({ at: arg.node, messageId: 'weak', data: { algo }, fixes });
    },
  },
});
