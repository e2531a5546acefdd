// Rule: IvParameterSpec / GCMParameterSpec built from bytes fixed at build time (literals, constants, zero arrays).
import { defineRule } from '../../server/src/engine/rule';
import { constantBytes } from '../crypto-weak-cipher/support';

export default defineRule({
  id: 'crypto-static-iv',
  meta: {
    title: 'Static or zero IV / nonce',
    description: 'Flags IvParameterSpec and GCMParameterSpec built from a literal, a constant, a string\'s bytes, a decoded literal or an all-zero array.',
    severity: 'medium',
    messages: {
      staticIv: 'The IV is {{what}}, so every message under this key starts the same: equal plaintexts (PIN blocks, amounts) give equal ciphertexts; generate a random IV per message (SecureRandom, or let cipher.init choose it and read cipher.iv) and store it with the ciphertext.',
      staticNonce: 'The GCM nonce is {{what}}: reusing a nonce with the same key reveals the XOR of the plaintexts and lets an attacker forge authentication tags; let cipher.init pick a random 12-byte nonce (read cipher.iv) and store it with the ciphertext.',
    },
    tags: {
      cwe: [329, 1204],
      masvs: ['MASVS-CRYPTO-1'],
      owaspMobile2024: ['M10'],
      maswe: ['predictable-ivs'],
      ituLab: ['T5.1'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      const gcm = call.name === 'GCMParameterSpec';
      if (!gcm && call.name !== 'IvParameterSpec') return;
      if (call.receiverText && !/^javax\.crypto\.spec$/.test(call.receiverText)) return;
      const arg = call.args[gcm ? 1 : 0];
      if (!arg) return;
      const bytes = constantBytes(ctx, arg.node);
      if (!bytes) return;
      ctx.report({ at: arg.node, messageId: gcm ? 'staticNonce' : 'staticIv', data: { what: bytes.what }, severity: gcm ? 'high' : undefined });
    },
  },
});
