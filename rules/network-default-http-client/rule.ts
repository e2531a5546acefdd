// Rule: Apache HTTP clients (DefaultHttpClient, AndroidHttpClient, HttpClients.createDefault …).
import { defineRule } from '../../server/src/engine/rule';

const APACHE_TYPES = new Set(['DefaultHttpClient', 'SystemDefaultHttpClient']);
const APACHE_FACTORIES = new Set(['createDefault', 'createSystem', 'createMinimal', 'custom']);

export default defineRule({
  id: 'network-default-http-client',
  meta: {
    title: 'Deprecated Apache HTTP client',
    description: 'Flags DefaultHttpClient, AndroidHttpClient and Apache HttpClients factories, which were removed from Android and lack modern TLS defaults.',
    severity: 'medium',
    messages: {
      apache: '{{name}} is the Apache HTTP client that Android removed in API 23; it has outdated TLS defaults, weak host name checks and no security fixes; use OkHttp or HttpsURLConnection.',
    },
    tags: {
      cwe: [326, 1104],
      masvs: ['MASVS-NETWORK-1', 'MASVS-CODE-3'],
      owaspMobile2024: ['M5'],
      maswe: ['no-proven-net-apis'],
      ituBp: ['CS-5'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.isConstructor && APACHE_TYPES.has(call.name)) {
        ctx.report({ at: call.nameNode, messageId: 'apache', data: { name: call.name } });
      } else if (call.name === 'newInstance' && call.receiverName === 'AndroidHttpClient') {
        ctx.report({ at: call.nameNode, messageId: 'apache', data: { name: 'AndroidHttpClient' } });
      } else if (APACHE_FACTORIES.has(call.name) && call.receiverName === 'HttpClients' && /\bimport\s+org\.apache\.http/.test(ctx.root?.text ?? '')) {
        ctx.report({ at: call.nameNode, messageId: 'apache', data: { name: `HttpClients.${call.name}` } });
      }
    },
  },
});
