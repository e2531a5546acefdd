// Rule: no certificate pinning anywhere in the app (no NSC <pin-set>, no CertificatePinner, pinning
// TrustManager or pinning SDK). App-level absence check, reported once on <application>.
import { defineRule } from '../../server/src/engine/rule';
import { appLevelMarkers } from '../../server/src/engine/manifest';
import { splitWords } from '../../server/src/engine/sensitive';

/** Names whose presence in the project shows that some pinning exists. */
const PINNING_MARKERS = new Set([
  'pin-set', // <pin-set> in a network security config
  'CertificatePinner', // OkHttp (also used by Retrofit, Ktor's OkHttp engine, Coil, Glide's OkHttp loader)
  'TrustKit', // DataTheorem TrustKit-Android
  'PinningTrustManager',
  'PinningSSLSocketFactory',
  'addPublicKeyPins', // Cronet
  'publicKeyPins',
  'HttpsPinning',
  'SslPinning',
  'SSLPinning',
  'certificatePinning',
  'CertificatePinning',
]);

/** `MySslPinningInterceptor`, `isPinningEnabled`, `PublicKeyPinner`: any pinning-named type or call counts (whole words: not `spinner`). */
const PINNING_WORDS = new Set(['pinner', 'pinning']);

function hasPinning(markers: Set<string>): boolean {
  for (const m of markers) if (PINNING_MARKERS.has(m) || splitWords(m).some((w) => PINNING_WORDS.has(w))) return true;
  return false;
}

export default defineRule({
  id: 'pinning-missing',
  meta: {
    title: 'No certificate pinning in the app',
    description: 'Reports once per app, on <application>, when no <pin-set>, CertificatePinner, pinning TrustManager or pinning SDK is found anywhere in the project.',
    severity: 'info',
    messages: {
      missing: 'No certificate pinning found (no <pin-set> in the network security config, no OkHttp CertificatePinner, pinning TrustManager or pinning SDK): a CA installed on the phone or a mis-issued certificate can intercept payment traffic; pin the API hosts with a <pin-set> (current and backup key, expiration date).',
    },
    tags: {
      cwe: [295],
      masvs: ['MASVS-NETWORK-2'],
      owaspMobile2024: ['M5'],
      maswe: ['insecure-pinning'],
      ituLab: ['T3.3'],
      ituBp: ['CS-6'],
    },
    fix: 'guidance',
    files: ['manifest'],
    kind: 'absence',
    enabledByDefault: false,
    precision: 'medium',
  },
  on: {
    xmlElement(el, ctx) {
      // Unknown project (single file open, model not built yet) or a library module: say nothing.
      const markers = appLevelMarkers(el, ctx.project);
      if (!markers) return;
      if (hasPinning(markers)) return;
      ctx.report({ at: el.nameRange, messageId: 'missing' });
    },
  },
});
