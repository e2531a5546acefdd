// Rule: Signature.getInstance with an MD5- or SHA-1-based algorithm (MD5withRSA, SHA1withRSA, SHA1withECDSA …).
import { defineRule } from '../../server/src/engine/rule';
import { constStr, isPlainLiteral } from '../crypto-weak-cipher/support';

const WEAK = /^(MD2|MD5|SHA1|SHA-1|SHA)with(RSA|DSA|ECDSA|RSA\/PSS|RSAandMGF1)$/i;

export default defineRule({
  id: 'crypto-weak-signature',
  meta: {
    title: 'Signature over MD5 or SHA-1',
    description: 'Flags Signature.getInstance algorithms that hash with MD2, MD5 or SHA-1, such as SHA1withRSA and SHA1withECDSA.',
    severity: 'medium',
    messages: {
      weak: '"{{algo}}" signs an MD5/SHA-1 digest, and colliding messages let an attacker reuse a signature on a forged request; use "SHA256withECDSA" or "SHA256withRSA/PSS" (the verifier must switch too).',
    },
    tags: {
      cwe: [327, 328],
      masvs: ['MASVS-CRYPTO-1'],
      owaspMobile2024: ['M10'],
      maswe: ['weak-signatures'],
      ituLab: ['T5.1'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'getInstance' || call.receiverName !== 'Signature') return;
      const arg = call.args[0];
      const algo = arg ? constStr(ctx, arg.node)?.trim() : undefined;
      if (!arg || !algo) return;
      const m = WEAK.exec(algo);
      if (!m) return;
      const to = /ECDSA/i.test(m[2]) ? 'SHA256withECDSA' : /DSA/i.test(m[2]) ? 'SHA256withDSA' : /PSS|MGF1/i.test(m[2]) ? 'SHA256withRSA/PSS' : 'SHA256withRSA';
      const fixes = isPlainLiteral(arg.node) ? [{ title: `Use ${to} (the verifier must accept it)`, kind: 'suggestion' as const, edits: [ctx.fix.replace(arg.node, `"${to}"`)] }] : [];
      ctx.report({ at: arg.node, messageId: 'weak', data: { algo }, fixes });
    },
  },
});
