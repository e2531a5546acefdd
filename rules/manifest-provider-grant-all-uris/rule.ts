// Rule: <grant-uri-permission> that matches every path of a provider (path="/", pathPrefix="/", pathPattern=".*").
import { defineRule } from '../../server/src/engine/rule';

const PATH_ATTRS = ['android:path', 'android:pathPrefix', 'android:pathPattern', 'android:pathAdvancedPattern'];

function matchesEverything(name: string, value: string): boolean {
  if (name === 'android:path') return value === '/';
  if (name === 'android:pathPrefix') return value === '/' || value === '';
  // Patterns: ".*", "/.*", ".*/.*" and the like match any path.
  return /^\/?(\.\*)(\/?\.\*)*\/?$/.test(value) || value === '/.+' || value === '.+';
}

export default defineRule({
  id: 'manifest-provider-grant-all-uris',
  meta: {
    title: 'URI permission grants allowed for every path of a provider',
    description:
      'Flags <grant-uri-permission> entries with path="/", pathPrefix="/" or pathPattern=".*", which let a single URI grant open any file or row the provider serves.',
    severity: 'medium',
    messages: {
      grantAll:
        '{{attr}}="{{value}}" allows temporary URI grants for every path of this provider, so one careless or redirected FLAG_GRANT_READ_URI_PERMISSION intent can expose all its data (tokens, statements, KYC images); restrict grants to the sub-path that is meant to be shared.',
    },
    tags: {
      cwe: [732, 284],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M8'],
      maswe: ['sensitive-data-shared-other-apps'],
      ituBp: ['DH-5'],
    },
    fix: 'guidance',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlAttribute(attr, ctx) {
      if (attr.element.name !== 'grant-uri-permission' || attr.element.parent?.name !== 'provider') return;
      if (!PATH_ATTRS.includes(attr.name) || attr.value === undefined) return;
      const value = attr.value.trim();
      if (!matchesEverything(attr.name, value)) return;
      ctx.report({ at: attr, messageId: 'grantAll', data: { attr: attr.name, value } });
    },
  },
});
