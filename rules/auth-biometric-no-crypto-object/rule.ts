// Rule: BiometricPrompt.authenticate(promptInfo) without a CryptoObject; FingerprintManager.authenticate(null, …).
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  id: 'auth-biometric-no-crypto-object',
  meta: {
    title: 'Biometric authentication not bound to a Keystore key',
    description: 'Flags BiometricPrompt.authenticate calls without a CryptoObject and FingerprintManager.authenticate(null, …), where a successful match is only an event the app trusts.',
    severity: 'medium',
    messages: {
      noCrypto: 'authenticate({{args}}) without a CryptoObject: the app only receives an onAuthenticationSucceeded event, which Frida or a repackaged build fakes in one line; bind the prompt to a Keystore key created with setUserAuthenticationRequired(true) and use the key from result.cryptoObject (e.g. sign the server challenge).',
      nullCrypto: 'FingerprintManager.authenticate(null, …) is not bound to a key: the success callback is an event that instrumentation can fake; pass a CryptoObject wrapping a user-authentication-bound Keystore key (and move to androidx BiometricPrompt, FingerprintManager is deprecated).',
    },
    tags: {
      cwe: [1390, 287],
      masvs: ['MASVS-AUTH-2'],
      owaspMobile2024: ['M3'],
      maswe: ['event-bound-biometric-auth'],
      ituBp: ['UA-4'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'authenticate' || call.viaProperty) return;
      const text = ctx.file.text;
      const androidx = /import\s+androidx\.biometric\.BiometricPrompt\b/.test(text);
      const framework = /import\s+android\.hardware\.biometrics\.BiometricPrompt\b/.test(text);
      const fingerprint = /\bFingerprintManager(Compat)?\b/.test(text);
      const recv = call.receiverText ?? '';
      const promptLike = /prompt|biometric/i.test(recv);
      const n = call.args.length;
      if (n === 5 && fingerprint && /^null$/.test(call.args[0].text)) {
        ctx.report({ at: call.args[0].node, messageId: 'nullCrypto' });
        return;
      }
      if (!promptLike) return;
      // androidx: authenticate(info) vs authenticate(info, crypto); framework: authenticate(cancel, executor, callback)
      // vs authenticate(crypto, cancel, executor, callback).
      const missing = (n === 1 && (androidx || !framework)) || (n === 3 && framework && !/crypto/i.test(call.args[0].text));
      if (!missing) return;
      ctx.report({ at: call.nameNode, messageId: 'noCrypto', data: { args: call.args.map((a) => a.text).join(', ') } });
    },
  },
});
