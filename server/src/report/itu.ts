// The ITU DFS frame the compliance report is organised by (shared docs rules-catalog.md §1.1-§1.4):
// the Android tests of the ITU DFS Security Lab (FIGI 2021 "Security audit of various DFS applications") and the
// items of the application-security template (FIGI DFS security assurance framework ch. 9, X.1150 lineage).
// `static` says how far source analysis can decide a row; `lab` says what to test on a device instead.

export type Checkability = 'yes' | 'partly' | 'no';

export interface ComplianceItem {
  id: string;
  title: string;
  static: Checkability;
  /** Why static analysis cannot (fully) decide it. */
  why?: string;
  /** What to test in the lab / on a device instead or in addition. */
  lab?: string;
}

export const ITU_LAB_TESTS: ComplianceItem[] = [
  { id: 'T1.1', title: 'App data backup disabled (android:allowBackup="false" or backup rules excluding secrets)', static: 'yes' },
  { id: 'T1.2', title: 'Debugging disabled in the release build (android:debuggable)', static: 'yes' },
  { id: 'T1.3', title: 'No installation to external media (android:installLocation)', static: 'yes' },
  { id: 'T1.4', title: 'Dangerous permissions justified (e.g. CALL_PHONE can dial premium-rate lines)', static: 'partly', why: 'the analyser lists dangerous permissions; whether each is justified is a review decision', lab: 'review each dangerous permission against a feature; check runtime prompts on a device' },
  { id: 'T2.1', title: 'No external storage write permission without a reason', static: 'yes' },
  { id: 'T3.1', title: 'HTTPS only: cleartext traffic disabled', static: 'yes' },
  { id: 'T3.2', title: 'Man-in-the-middle with an untrusted certificate is refused', static: 'partly', why: 'code that disables validation is found; custom native or third-party TLS stacks are not', lab: 'route the device through a MITM proxy (mitmproxy, Burp) with an untrusted CA: every request must fail' },
  { id: 'T3.3', title: 'Man-in-the-middle with a user-installed CA is refused (certificate pinning)', static: 'partly', why: 'configuration that trusts user CAs or weakens pins is found; whether pinning is enforced on every endpoint shows only at run time', lab: 'install the proxy CA as a user certificate: API traffic must fail while pinning is on' },
  { id: 'T4.1', title: 'PIN or biometric required before balance or payment', static: 'no', why: 'which screens need authentication, and session handling, are behaviour across screens and the server', lab: 'try to reach balance, statement and payment screens (also via deep links and after backgrounding) without authenticating; check the session timeout' },
  { id: 'T5.1', title: 'No MD5, SHA-1, RC4, DES, 3DES, Blowfish, ECB or non-cryptographic random numbers', static: 'yes' },
  { id: 'T8.1', title: 'Rooted devices refused (otherwise code obfuscated, pinned, data encrypted)', static: 'partly', why: 'the presence of a root/integrity check can be seen, not whether it resists bypass', lab: 'run on a rooted device or emulator (Magisk) and with Frida hooks: the app must refuse or degrade safely' },
  { id: 'T9.1', title: 'Code obfuscated (R8/ProGuard minification in release)', static: 'yes' },
];

export interface TemplateCategory {
  id: 'DI' | 'CS' | 'UA' | 'DH' | 'AD';
  title: string;
  items: ComplianceItem[];
}

export const ITU_TEMPLATE: TemplateCategory[] = [
  {
    id: 'DI',
    title: 'Device and application integrity',
    items: [
      { id: 'DI-1', title: 'Detect rooted devices; use platform integrity services', static: 'partly', why: 'an integrity check can be present yet bypassable', lab: 'rooted device / Frida bypass attempts; Play Integrity verdict checked on the server' },
      { id: 'DI-2', title: 'No debug features in production builds', static: 'yes' },
      { id: 'DI-3', title: 'Server verifies the integrity of the app', static: 'partly', why: 'signing configuration is checked; the server-side attestation check is not in the app code', lab: 'send requests from a re-signed or modified APK: the server must reject them' },
    ],
  },
  {
    id: 'CS',
    title: 'Communication security and certificate handling',
    items: [
      { id: 'CS-1', title: 'Standard cryptography, TLS end to end, TLS 1.2 or later', static: 'yes' },
      { id: 'CS-2', title: 'Strong algorithms and suites (AES-128+, SHA-256, GCM)', static: 'yes' },
      { id: 'CS-5', title: 'Secure TLS configuration', static: 'partly', why: 'server-side protocol and suite choice is not in the app', lab: 'scan the API endpoints (testssl.sh) for protocol and cipher configuration' },
      { id: 'CS-6', title: 'Certificate pinning (recommended)', static: 'partly', why: 'pins in code or configuration are visible; enforcement on every endpoint is not', lab: 'MITM with a user-installed CA (lab test T3.3)' },
      { id: 'CS-7', title: 'Server certificates validated', static: 'yes' },
    ],
  },
  {
    id: 'UA',
    title: 'User authentication',
    items: [
      { id: 'UA-1', title: 'No guessable PINs', static: 'no', why: 'the PIN policy is enforced by the server and the enrolment flow', lab: 'try to set 0000, 1234, 1111 and the birth year; check lock-out after failed attempts' },
      { id: 'UA-2', title: 'Multi-factor authentication before financial functions', static: 'partly', why: 'authentication steps span screens and the server', lab: 'attempt payments and beneficiary changes without the second factor' },
      { id: 'UA-3', title: 'Authenticator apps preferred over SMS OTP (SS7 interception)', static: 'partly', why: 'SMS OTP reading is visible; the choice of factor is a design decision', lab: 'review the OTP channel; test OTP replay and expiry' },
      { id: 'UA-4', title: 'Biometrics bound to Keystore / trusted hardware', static: 'partly', why: 'a CryptoObject-less prompt is visible; the server-side binding is not', lab: 'hook BiometricPrompt callbacks with Frida: the payment must still be refused' },
    ],
  },
  {
    id: 'DH',
    title: 'Secure data handling',
    items: [
      { id: 'DH-1', title: 'Confidential data protected with the Android Keystore', static: 'yes' },
      { id: 'DH-2', title: 'Keys in trusted hardware (TEE / StrongBox)', static: 'no', why: 'hardware backing depends on the device and key attestation', lab: 'check key attestation records on test devices' },
      { id: 'DH-3', title: 'Avoid external storage', static: 'yes' },
      { id: 'DH-4', title: 'Clear caches and sensitive data after use; no leakage via UI, clipboard, keyboard', static: 'yes' },
      { id: 'DH-5', title: 'Fine-grained permissions and minimal sharing with other apps', static: 'yes' },
      { id: 'DH-6', title: 'No hard-coded passwords or keys', static: 'yes' },
      { id: 'DH-7', title: 'Input validated (SQL injection, intents, deep links)', static: 'yes' },
    ],
  },
  {
    id: 'AD',
    title: 'Secure application development',
    items: [
      { id: 'AD-1', title: 'A secure coding standard is followed', static: 'partly', why: 'a process; DFS Guard checks that suppressions are justified', lab: 'review the coding standard and its enforcement in CI' },
      { id: 'AD-2', title: 'Secure updates and third-party dependencies', static: 'yes' },
      { id: 'AD-3', title: 'Security code review before release', static: 'no', why: 'a process, not a property of the code', lab: 'check review records and the release checklist' },
    ],
  },
];

export const MASVS_CONTROLS: [string, string][] = [
  ['MASVS-STORAGE-1', 'The app securely stores sensitive data.'],
  ['MASVS-STORAGE-2', 'The app prevents leakage of sensitive data.'],
  ['MASVS-CRYPTO-1', 'The app employs current strong cryptography and uses it according to industry best practices.'],
  ['MASVS-CRYPTO-2', 'The app performs key management according to industry best practices.'],
  ['MASVS-AUTH-1', 'The app uses secure authentication and authorization protocols and follows the relevant best practices.'],
  ['MASVS-AUTH-2', 'The app performs local authentication securely according to the platform best practices.'],
  ['MASVS-AUTH-3', 'The app secures sensitive operations with additional authentication.'],
  ['MASVS-NETWORK-1', 'The app secures all network traffic according to the current best practices.'],
  ['MASVS-NETWORK-2', "The app performs identity pinning for all remote endpoints under the developer's control."],
  ['MASVS-PLATFORM-1', 'The app uses IPC mechanisms securely.'],
  ['MASVS-PLATFORM-2', 'The app uses WebViews securely.'],
  ['MASVS-PLATFORM-3', 'The app uses the user interface securely.'],
  ['MASVS-CODE-1', 'The app requires an up-to-date platform version.'],
  ['MASVS-CODE-2', 'The app has a mechanism for enforcing app updates.'],
  ['MASVS-CODE-3', 'The app only uses software components without known vulnerabilities.'],
  ['MASVS-CODE-4', 'The app validates and sanitizes all untrusted inputs.'],
  ['MASVS-RESILIENCE-1', 'The app validates the integrity of the platform.'],
  ['MASVS-RESILIENCE-2', 'The app implements anti-tampering mechanisms.'],
  ['MASVS-RESILIENCE-3', 'The app implements anti-static analysis mechanisms.'],
  ['MASVS-RESILIENCE-4', 'The app implements anti-dynamic analysis techniques.'],
  ['MASVS-PRIVACY-1', 'The app minimizes access to sensitive data and resources.'],
  ['MASVS-PRIVACY-2', 'The app prevents identification of the user.'],
  ['MASVS-PRIVACY-3', 'The app is transparent about data collection and usage.'],
  ['MASVS-PRIVACY-4', 'The app offers user control over their data.'],
];

export const OWASP_MOBILE_2024: [string, string][] = [
  ['M1', 'Improper Credential Usage'],
  ['M2', 'Inadequate Supply Chain Security'],
  ['M3', 'Insecure Authentication/Authorization'],
  ['M4', 'Insufficient Input/Output Validation'],
  ['M5', 'Insecure Communication'],
  ['M6', 'Inadequate Privacy Controls'],
  ['M7', 'Insufficient Binary Protections'],
  ['M8', 'Security Misconfiguration'],
  ['M9', 'Insecure Data Storage'],
  ['M10', 'Insufficient Cryptography'],
];
