// Rule: SafetyNet Attestation calls (SafetyNet.getClient(…).attest(…), SafetyNetApi.attest) — the API is shut down.
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  id: 'resilience-safetynet-deprecated',
  meta: {
    title: 'SafetyNet Attestation used for device integrity',
    description: 'Flags SafetyNet Attestation calls (SafetyNet.getClient(…).attest, SafetyNetApi.attest), an API Google has shut down in favour of Play Integrity.',
    severity: 'medium',
    messages: {
      attest: 'SafetyNet Attestation is shut down: attest() no longer returns a usable verdict, so the root and tamper check it was meant to provide silently does nothing; migrate to the Play Integrity API (IntegrityManagerFactory.create(context).requestIntegrityToken) and verify the verdict on the server.',
    },
    tags: {
      cwe: [477, 693],
      masvs: ['MASVS-RESILIENCE-1', 'MASVS-RESILIENCE-2'],
      owaspMobile2024: ['M7'],
      maswe: ['device-attestation'],
      ituLab: ['T8.1'],
      ituBp: ['DI-1', 'DI-3'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'attest') return;
      const recv = call.receiverText ?? '';
      // SafetyNet.getClient(ctx).attest(nonce, key), SafetyNet.SafetyNetApi.attest(client, nonce), safetyNetClient.attest(…)
      if (/SafetyNet/.test(recv) || /safetyNet/i.test(recv) || call.receiverName === 'SafetyNetApi') {
        ctx.report({ at: call.nameNode, messageId: 'attest' });
      }
    },
  },
});
