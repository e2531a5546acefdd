// Rule: SecretKeySpec (and DES key specs, PBE passwords) built from key material written in the source.
import { defineRule, table } from '../../server/src/engine/rule';
import { constantBytes } from '../crypto-weak-cipher/support';

/** Key specs and the argument holding the key material. */
const KEY_SPECS = table<number>({ SecretKeySpec: 0, DESKeySpec: 0, DESedeKeySpec: 0, PBEKeySpec: 0 });

export default defineRule({
  id: 'crypto-hardcoded-key',
  meta: {
    title: 'Hard-coded encryption key',
    description: 'Flags SecretKeySpec, DESKeySpec, DESedeKeySpec and PBEKeySpec built from key material in the source: literals, constants, string bytes, decoded or deobfuscated literals.',
    severity: 'high',
    messages: {
      hardcoded: 'The key is {{what}} in the app: anyone can extract it from the APK and decrypt or forge every user\'s data; generate the key in the Android Keystore (KeyGenerator.getInstance("AES", "AndroidKeyStore")) or fetch a per-user key from the server after login.',
      password: 'The password for this key derivation is {{what}} in the app, so every install derives the same key and anyone can recompute it from the APK; derive from a user secret with a random salt, or use an Android Keystore key.',
    },
    tags: {
      cwe: [321, 798],
      masvs: ['MASVS-CRYPTO-2'],
      owaspMobile2024: ['M10', 'M1'],
      maswe: ['crypto-keys-not-protected-at-rest'],
      ituBp: ['DH-1', 'DH-6'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      const index = KEY_SPECS[call.name];
      if (index === undefined) return;
      if (call.receiverText && !/^javax\.crypto\.spec$/.test(call.receiverText)) return;
      const arg = call.args[index];
      if (!arg) return;
      const bytes = constantBytes(ctx, arg.node);
      if (!bytes) return;
      const messageId = call.name === 'PBEKeySpec' ? ('password' as const) : ('hardcoded' as const);
      ctx.report({ at: arg.node, messageId, data: { what: bytes.what } });
    },
  },
});
