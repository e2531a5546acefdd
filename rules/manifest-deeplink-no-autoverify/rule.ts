// Rule: BROWSABLE http(s) deep links without android:autoVerify="true" (unverified, claimable by any app);
// custom-scheme payment links (low).
import { defineRule } from '../../server/src/engine/rule';
import { androidAttr, filterNames, filterSchemes, isBrowsableFilter, isRemovedByMerger } from '../../server/src/engine/manifest';
import { splitWords } from '../../server/src/engine/sensitive';

/** Schemes shared by design between many apps (the user picks the handler). */
const SHARED_SCHEMES = new Set(['upi', 'tel', 'sms', 'smsto', 'mms', 'mailto', 'geo', 'market', 'intent', 'bitcoin', 'ethereum', 'lightning', 'content', 'file']);
const PAYMENT_WORDS = new Set(['pay', 'payment', 'payments', 'transfer', 'transfers', 'checkout', 'cashout', 'withdraw', 'withdrawal', 'remit', 'remittance', 'sendmoney', 'collect']);

export default defineRule({
  id: 'manifest-deeplink-no-autoverify',
  meta: {
    title: 'Web deep link without App Links verification',
    description:
      'Flags BROWSABLE intent-filters for http/https links without android:autoVerify="true", and custom-scheme payment links, which any app can register to intercept.',
    severity: 'medium',
    messages: {
      noAutoVerify:
        'This BROWSABLE filter handles {{schemes}} links to {{hosts}} without android:autoVerify="true", so Android never checks that the domain is yours and any app can register the same links (payment links, magic login links); add android:autoVerify="true" and publish /.well-known/assetlinks.json on each host.',
      customScheme:
        'The custom scheme "{{scheme}}" is used for payment links; any app can register the same scheme and receive the link with its amount, recipient or token; prefer a verified https App Link.',
    },
    tags: {
      cwe: [939],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M4', 'M8'],
      maswe: ['insecure-deep-links'],
      ituBp: ['DH-5'],
    },
    fix: 'safe',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlElement(filter, ctx) {
      const owner = filter.parent;
      if (filter.name !== 'intent-filter' || !owner || (owner.name !== 'activity' && owner.name !== 'activity-alias')) return;
      if (isRemovedByMerger(owner) || !isBrowsableFilter(filter)) return;
      if (!filterNames(filter, 'action').includes('android.intent.action.VIEW')) return;
      const schemes = [...new Set(filterSchemes(filter).map((s) => s.toLowerCase()))];
      const data = filter.children.filter((c) => c.name === 'data');
      const hosts = [...new Set(data.flatMap((d) => androidAttr(d, 'host') ?? []))];

      const web = schemes.filter((s) => s === 'http' || s === 'https');
      if (web.length > 0) {
        const verify = filter.attr('android:autoVerify');
        const value = verify?.value?.trim().toLowerCase();
        if (value === 'true' || (verify && value === undefined) || /^[@$]/.test(value ?? '')) return;
        ctx.report({
          at: verify ?? filter.nameRange,
          messageId: 'noAutoVerify',
          data: { schemes: web.join('/'), hosts: hosts.length ? hosts.join(', ') : 'any host' },
          fixes: [
            {
              title: 'Add android:autoVerify="true" (App Links; needs assetlinks.json on the host)',
              kind: 'safe',
              edits: [verify ? ctx.fix.setAttribute(verify, 'true') : ctx.fix.addAttribute(filter, 'android:autoVerify', 'true')],
            },
          ],
        });
      }

      // Custom schemes that carry payments: claimable by any app, with no verification possible.
      const words = new Set([...hosts, ...data.flatMap((d) => ['path', 'pathPrefix', 'pathPattern'].flatMap((a) => androidAttr(d, a) ?? []))].flatMap(splitWords));
      for (const d of data) {
        const schemeAttr = d.attr('android:scheme');
        const scheme = schemeAttr?.value?.trim().toLowerCase();
        if (!schemeAttr || !scheme || scheme === 'http' || scheme === 'https' || SHARED_SCHEMES.has(scheme) || /^[@$]/.test(scheme)) continue;
        const all = new Set([...words, ...splitWords(scheme)]);
        if (![...all].some((w) => PAYMENT_WORDS.has(w))) continue;
        ctx.report({ at: schemeAttr, messageId: 'customScheme', severity: 'low', data: { scheme } });
      }
    },
  },
});
