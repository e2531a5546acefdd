// Rule: the app has payment screens but no inactivity timeout or re-authentication (ProcessLifecycleOwner
// observer, onUserInteraction timer, session/idle timeout). App-level absence check on <application>.
import { defineRule } from '../../server/src/engine/rule';
import { appLevelMarkers } from '../../server/src/engine/manifest';
import { splitWords } from '../../server/src/engine/sensitive';

const PAYMENT_WORDS = new Set(['payment', 'pay', 'transfer', 'wallet', 'balance', 'withdraw', 'withdrawal', 'remittance', 'checkout', 'send']);

/** A marker shows an idle timeout or re-authentication on resume. */
function isTimeoutMarker(marker: string): boolean {
  if (marker === 'onUserInteraction' || marker === 'ProcessLifecycleOwner' || marker === 'onUserLeaveHint') return true;
  const w = splitWords(marker);
  return w.includes('idle') || w.includes('inactivity') || w.includes('inactive') ||
    (w.includes('session') && w.some((x) => ['timeout', 'expiry', 'expired', 'expire', 'expires'].includes(x))) ||
    (w.includes('auto') && (w.includes('logout') || w.includes('lock'))) ||
    (w.includes('lock') && w.includes('timeout')) || (w.includes('last') && w.includes('interaction')) ||
    (w.includes('background') && w.includes('timeout'));
}

export default defineRule({
  id: 'dfs-idle-timeout-absent',
  meta: {
    title: 'No inactivity timeout or re-authentication in a payment app',
    description: 'Reports once per app, on <application>, when payment screens exist but no inactivity timeout or re-authentication on resume (ProcessLifecycleOwner observer, onUserInteraction timer, session or idle timeout) is found.',
    severity: 'info',
    messages: {
      missing: 'The app has payment screens but no inactivity timeout or re-authentication was found (no ProcessLifecycleOwner observer, onUserInteraction timer, idle or session timeout): a phone left unlocked, lent or stolen stays logged in to the wallet; lock the app after a short idle period and when it returns from the background, and expire sessions on the server.',
    },
    tags: {
      cwe: [613],
      masvs: ['MASVS-AUTH-1', 'MASVS-AUTH-3'],
      owaspMobile2024: ['M3'],
      maswe: ['reauth-state-changes'],
      ituBp: ['UA-2'],
    },
    fix: 'guidance',
    files: ['manifest'],
    kind: 'absence',
    enabledByDefault: false,
    dfsSpecific: true,
    precision: 'low',
  },
  on: {
    xmlElement(el, ctx) {
      const markers = appLevelMarkers(el, ctx.project);
      if (!markers) return;
      const markerList = [...markers];
      if (!markerList.some((m) => /Activity$|Fragment$|Screen$/.test(m) && splitWords(m).some((w) => PAYMENT_WORDS.has(w)))) return;
      if (markerList.some(isTimeoutMarker)) return;
      ctx.report({ at: el.nameRange, messageId: 'missing' });
    },
  },
});
