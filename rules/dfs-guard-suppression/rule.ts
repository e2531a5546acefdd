// Rule: suppression markers that are malformed, unexplained, unknown, mandatory or unused.
// The engine applies suppressions and reports these problems itself (server/src/engine/suppress.ts);
// this folder holds the rule's metadata, documentation and cases, and enables or disables the reports.
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  id: 'dfs-guard-suppression',
  meta: {
    title: 'Suppression marker problem',
    description: 'Flags dfs-guard-ignore comments and @Suppress("dfs-guard:…") annotations that have no reason, name an unknown or mandatory rule, are malformed, or suppress nothing.',
    severity: 'medium',
    messages: {
      'missingReason': 'This suppression of {{ids}} gives no reason; write one after the colon (dfs-guard-ignore[{{ids}}]: why this is safe) so reviewers can audit it.',
      'unknownRule': 'Unknown rule "{{id}}" in a suppression: it hides nothing; fix the id (see "dfs-guard rules") or remove the marker.',
      'malformed': 'Malformed suppression "{{text}}": write dfs-guard-ignore[rule-id]: reason (a rule id is required; there is no blanket suppression).',
      'unused': 'This suppression of {{id}} no longer hides any finding; remove it so it cannot hide a future one.',
      'notSuppressible': 'Rule {{id}} is mandatory in this project\'s configuration and cannot be suppressed in source; fix the finding instead.',
    },
    tags: {
      cwe: [710],
      masvs: ['MASVS-CODE-4'],
      owaspMobile2024: ['M8'],
      maswe: ['code-disables-security'],
      ituBp: ['AD-1'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin', 'manifest', 'network-security-config', 'res-xml', 'layout', 'values', 'gradle', 'gradle-kts'],
    precision: 'high',
  },
  on: {},
});
