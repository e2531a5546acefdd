// Rule: Cipher.getInstance with an ECB transformation, or a bare algorithm that defaults to ECB.
import { defineRule } from '../../server/src/engine/rule';

/** Block ciphers whose bare name means `<name>/ECB/PKCS5Padding` on Android's providers. */
const BLOCK_CIPHERS = /^(AES|AES_128|AES_256|DES|DESede|TripleDES|3DES|Blowfish|RC2)$/i;

export default defineRule({
  id: 'crypto-ecb-mode',
  meta: {
    title: 'Cipher in ECB mode',
    description: 'Flags Cipher.getInstance transformations that use ECB, including a bare "AES", which defaults to ECB.',
    severity: 'high',
    messages: {
      ecb: 'ECB mode encrypts equal blocks to equal ciphertext and leaks patterns in PINs, amounts and account numbers; use "AES/GCM/NoPadding" with a random 12-byte IV.',
      implicitEcb: '"{{algo}}" alone defaults to ECB mode; use "AES/GCM/NoPadding" with a random 12-byte IV.',
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
      if (call.name !== 'getInstance' || call.receiverName !== 'Cipher') return;
      const arg = call.args[0];
      if (!arg) return;
      const transformation = ctx.constString(arg.node);
      if (transformation === undefined) return;
      const parts = transformation.split('/');
      const algo = parts[0].trim();
      // RSA/ECB/... is a naming quirk: RSA has no block chaining, so it is not ECB (see crypto-rsa-padding).
      if (/^RSA$/i.test(algo)) return;
      const isLiteral = arg.node.type === 'string_literal';
      const fix = isLiteral
        ? [{ title: 'Use AES/GCM/NoPadding (needs a random IV per message)', kind: 'suggestion' as const, edits: [ctx.fix.replace(arg.node, '"AES/GCM/NoPadding"')] }]
        : [];
      if (parts.length >= 2 && parts[1].trim().toUpperCase() === 'ECB') {
        ctx.report({ at: arg.node, messageId: 'ecb', fixes: fix });
      } else if (parts.length === 1 && BLOCK_CIPHERS.test(algo)) {
        ctx.report({ at: arg.node, messageId: 'implicitEcb', data: { algo }, fixes: fix });
      }
    },
  },
});
