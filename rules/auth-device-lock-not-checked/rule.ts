// Rule: the app relies on device authentication (BiometricPrompt, device credential, user-authenticated
// Keystore keys) but never checks that a secure lock screen exists. App-level absence check on <application>.
import { defineRule } from '../../server/src/engine/rule';
import { appLevelMarkers } from '../../server/src/engine/manifest';

/** Names that show the app relies on the device lock or biometrics. */
const RELIES_ON_DEVICE_AUTH = ['BiometricPrompt', 'setUserAuthenticationRequired', 'setUserAuthenticationParameters', 'DEVICE_CREDENTIAL', 'createConfirmDeviceCredentialIntent', 'FingerprintManager', 'setDeviceCredentialAllowed'];
/** Names that show a lock-screen / enrolment check. */
const CHECKS = ['isDeviceSecure', 'isKeyguardSecure', 'canAuthenticate', 'hasEnrolledFingerprints', 'BIOMETRIC_SUCCESS', 'BIOMETRIC_ERROR_NONE_ENROLLED'];

export default defineRule({
  id: 'auth-device-lock-not-checked',
  meta: {
    title: 'Device authentication used without checking for a secure lock screen',
    description: 'Reports once per app, on <application>, when BiometricPrompt, device credentials or user-authenticated Keystore keys are used but isDeviceSecure / canAuthenticate is never called.',
    severity: 'info',
    messages: {
      missing: 'The app relies on device authentication ({{evidence}}) but never checks KeyguardManager.isDeviceSecure() or BiometricManager.canAuthenticate(): on a phone without a PIN, pattern or enrolled biometric the protection silently degrades or key generation fails; check before enabling biometric login or payments, and fall back to the app PIN with server-side verification.',
    },
    tags: {
      cwe: [693, 287],
      masvs: ['MASVS-RESILIENCE-1', 'MASVS-STORAGE-1'],
      owaspMobile2024: ['M3'],
      maswe: ['secured-device-detection-not-implemented'],
      ituBp: ['UA-2', 'UA-4'],
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
      const evidence = RELIES_ON_DEVICE_AUTH.filter((m) => markers.has(m));
      if (evidence.length === 0) return;
      if (CHECKS.some((m) => markers.has(m))) return;
      ctx.report({ at: el.nameRange, messageId: 'missing', data: { evidence: evidence.slice(0, 2).join(', ') } });
    },
  },
});
