// Rule: javax.crypto.NullCipher, a cipher that does not encrypt.
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  id: 'crypto-null-cipher',
  meta: {
    title: 'NullCipher leaves data unencrypted',
    description: 'Flags creations of javax.crypto.NullCipher, whose "ciphertext" is the plaintext.',
    severity: 'high',
    messages: {
      nullCipher: 'NullCipher returns the plaintext unchanged, so the data is stored or sent in the clear; use Cipher.getInstance("AES/GCM/NoPadding") with an Android Keystore key.',
    },
    tags: {
      cwe: [327, 311],
      masvs: ['MASVS-CRYPTO-1'],
      owaspMobile2024: ['M10'],
      maswe: ['weak-encryption'],
      ituLab: ['T5.1'],
      ituBp: ['CS-2'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'NullCipher' || call.args.length > 0) return;
      if (call.lang === 'kotlin' && !call.isConstructor) return;
      if (call.receiverText && call.receiverText !== 'javax.crypto') return;
      ctx.report({ at: call.nameNode, messageId: 'nullCipher' });
    },
  },
});
