// Rule: JCA getInstance(…, "BC") or the removed "Crypto" provider.
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/ast';
import { constStr } from '../crypto-weak-cipher/support';

const FACTORIES = new Set(['Cipher', 'MessageDigest', 'Signature', 'KeyGenerator', 'KeyPairGenerator', 'SecretKeyFactory', 'Mac', 'KeyFactory', 'KeyAgreement', 'SecureRandom', 'AlgorithmParameters', 'AlgorithmParameterGenerator', 'CertificateFactory', 'KeyStore']);

export default defineRule({
  id: 'crypto-deprecated-provider',
  meta: {
    title: 'Deprecated "BC" or removed "Crypto" JCA provider',
    description: 'Flags getInstance calls that name the platform\'s Bouncy Castle provider ("BC"), deprecated since Android 9, or the "Crypto" provider, removed in Android 7.',
    severity: 'medium',
    messages: {
      bc: 'The platform\'s "BC" implementations are deprecated and most were removed in Android 9 (NoSuchAlgorithmException on newer devices); drop the provider argument and let Android pick its maintained provider (Conscrypt).',
      crypto: 'The "Crypto" provider (SHA1PRNG key derivation) was removed in Android 7 and throws on current devices; drop the provider argument and derive keys with PBKDF2 or the Android Keystore.',
    },
    tags: {
      cwe: [327, 477],
      masvs: ['MASVS-CRYPTO-1'],
      owaspMobile2024: ['M10'],
      maswe: ['potentially-weak-crypto-impl'],
      ituBp: ['CS-1'],
    },
    fix: 'safe',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'getInstance' || !call.receiverName || !FACTORIES.has(call.receiverName) || call.args.length !== 2) return;
      const provider = constStr(ctx, call.args[1].node);
      if (provider !== 'BC' && provider !== 'Crypto') return;
      // Remove `, "BC"`: from the end of the algorithm argument to the end of the provider argument.
      const edit = ctx.fix.replace({ start: nodeRange(call.args[0].node).end, end: nodeRange(call.args[1].node).end }, '');
      const messageId = provider === 'BC' ? ('bc' as const) : ('crypto' as const);
      ctx.report({ at: call.args[1].node, messageId, fixes: [{ title: 'Remove the provider argument', kind: 'safe', edits: [edit] }] });
    },
  },
});
