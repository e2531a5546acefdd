// Rule: no root/integrity check anywhere in the app (RootBeer, su/test-keys/Magisk checks, Play Integrity,
// a RASP SDK). App-level absence check, reported once on <application>.
import { defineRule } from '../../server/src/engine/rule';
import { appLevelMarkers } from '../../server/src/engine/manifest';
import { splitWords } from '../../server/src/engine/sensitive';

/** Names whose presence shows a root or integrity check. SafetyNet does not count (deprecated, see resilience-safetynet-deprecated). */
const ROOT_MARKERS = new Set([
  'RootBeer', 'rootbeer', 'rootbeer-lib', 'isRooted', 'isRootedWithoutBusyBoxCheck', 'isDeviceRooted', 'RootTools', 'RootChecker',
  'IntegrityManagerFactory', 'IntegrityManager', 'StandardIntegrityManager', 'StandardIntegrityManagerFactory', 'IntegrityTokenRequest',
  'requestIntegrityToken', 'com.google.android.play:integrity',
  'test-keys', 'Magisk', 'magisk', 'MagiskManager', 'Superuser', 'superuser', 'xbin', 'busybox', 'BusyBox', 'eu.chainfire.supersu',
  'Talsec', 'freerasp', 'freeRASP', 'com.aheaditec.talsec.security', 'Promon', 'promon', 'no.promon.shield', 'DexGuard', 'dexguard',
  'iXGuard', 'Guardsquare', 'guardsquare', 'Appdome', 'appdome', 'Approov', 'approov', 'Zimperium', 'zimperium', 'JailMonkey',
]);
/** `checkRootAccess`, `RootDetector`, `isDeviceCompromised`: a root-named check written in house. */
function rootWords(marker: string): boolean {
  const w = splitWords(marker);
  return (w.includes('root') && w.some((x) => ['detect', 'detector', 'detection', 'check', 'checker', 'rooted', 'is', 'has'].includes(x))) ||
    (w.includes('rooted')) || (w.includes('compromised') && w.includes('device'));
}

export default defineRule({
  id: 'resilience-root-detection-missing',
  meta: {
    title: 'No root detection or device-integrity check in the app',
    description: 'Reports once per app, on <application>, when no root check (RootBeer, su/test-keys/Magisk), Play Integrity call or RASP SDK is found anywhere in the project.',
    severity: 'info',
    messages: {
      missing: 'No root detection or device-integrity check found (no RootBeer or su/test-keys/Magisk check, no Play Integrity request, no RASP SDK): on a rooted phone malware can read the app\'s storage, hook PIN entry and patch checks; request a Play Integrity verdict at login and before payments and have the server enforce it.',
    },
    tags: {
      cwe: [693, 919],
      masvs: ['MASVS-RESILIENCE-1'],
      owaspMobile2024: ['M7'],
      maswe: ['root-jailbreak-detection'],
      ituLab: ['T8.1'],
      ituBp: ['DI-1'],
    },
    fix: 'guidance',
    files: ['manifest'],
    kind: 'absence',
    enabledByDefault: false,
    precision: 'medium',
  },
  on: {
    xmlElement(el, ctx) {
      const markers = appLevelMarkers(el, ctx.project);
      if (!markers) return;
      for (const m of markers) if (ROOT_MARKERS.has(m) || rootWords(m)) return;
      ctx.report({ at: el.nameRange, messageId: 'missing' });
    },
  },
});
