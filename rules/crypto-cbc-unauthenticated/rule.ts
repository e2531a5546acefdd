// Rule: AES/CBC encryption with no MAC in sight (padding oracles, undetected tampering).
import { defineRule } from '../../server/src/engine/rule';
import { cipherTransformation, isPlainLiteral, rootOf } from '../crypto-weak-cipher/support';

/** A Mac over the data in this file: Mac.getInstance("HmacSHA256"), KeyProperties.KEY_ALGORITHM_HMAC_SHA256, "HmacSHA…". */
const MAC_IN_FILE = /\bMac\s*\.\s*getInstance\s*\(|\bKEY_ALGORITHM_HMAC_|"Hmac(SHA|MD5)/;

export default defineRule({
  id: 'crypto-cbc-unauthenticated',
  meta: {
    title: 'CBC encryption without authentication',
    description: 'Flags Cipher.getInstance transformations in CBC mode: medium when no HMAC is computed in the file or module, low when one is.',
    severity: 'medium',
    messages: {
      noMac: '"{{algo}}" encrypts without authenticating: a modified ciphertext decrypts to attacker-chosen changes, and padding errors become a decryption oracle; use "AES/GCM/NoPadding", or encrypt-then-MAC with HmacSHA256 over IV and ciphertext.',
      withMac: '"{{algo}}" is unauthenticated by itself; an HMAC is computed in this code, so check that it covers the IV and the ciphertext and is verified (in constant time) before decrypting, or switch to "AES/GCM/NoPadding".',
    },
    tags: {
      cwe: [649, 353],
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
      if (parts.length < 2 || parts[1].toUpperCase() !== 'CBC' || !/^AES(_128|_192|_256)?$/i.test(parts[0])) return; // DES/3DES: crypto-weak-cipher
      const markers = ctx.project.markers;
      const macInModule = !!markers && markers.has('Mac') && [...markers].some((w) => /^Hmac(SHA|MD5)/i.test(w) || /^KEY_ALGORITHM_HMAC_/.test(w));
      const macHere = MAC_IN_FILE.test(rootOf(arg).text) || macInModule;
      const fixes = isPlainLiteral(arg)
        ? [{ title: 'Use AES/GCM/NoPadding (GCMParameterSpec and a 12-byte IV)', kind: 'suggestion' as const, edits: [ctx.fix.replace(arg, '"AES/GCM/NoPadding"')] }]
        : [];
      if (macHere) ctx.report({ at: arg, messageId: 'withMac', data: { algo: value }, severity: 'low', fixes });
      else ctx.report({ at: arg, messageId: 'noMac', data: { algo: value }, fixes });
    },
  },
});
