// Rule: no runtime self-protection: no emulator, debugger, hooking-framework or tamper (signature) check, and no
// RASP SDK. App-level absence check, reported once on <application> with the missing kinds.
import { defineRule } from '../../server/src/engine/rule';
import { appLevelMarkers } from '../../server/src/engine/manifest';

const RASP_SDKS = new Set(['Talsec', 'freerasp', 'freeRASP', 'com.aheaditec.talsec.security', 'Promon', 'promon', 'no.promon.shield', 'DexGuard', 'dexguard', 'iXGuard', 'Guardsquare', 'guardsquare', 'Appdome', 'appdome', 'Zimperium', 'zimperium', 'Approov', 'approov', 'Arxan', 'arxan', 'Verimatrix']);

const CHECKS: { kind: string; markers: RegExp }[] = [
  { kind: 'emulator', markers: /^(isEmulator|isProbablyAnEmulator|EmulatorDetector|goldfish|ranchu|generic_x86|sdk_gphone\w*|vbox86p|Genymotion|genymotion)$/ },
  { kind: 'debugger', markers: /^(isDebuggerConnected|waitingForDebugger|TracerPid|FLAG_DEBUGGABLE)$/ },
  { kind: 'hooking framework (Frida, Xposed)', markers: /^(frida|Frida|frida-server|fridaserver|frida-gadget|xposed|Xposed|XposedBridge|XposedHelpers|de\.robv\.android\.xposed|substrate|Substrate|LSPosed|lsposed|EdXposed)$/ },
  { kind: 'tamper (signature)', markers: /^(GET_SIGNATURES|GET_SIGNING_CERTIFICATES|signingInfo|apkContentsSigners|signingCertificateHistory|getInstallerPackageName|getInstallSourceInfo|installingPackageName)$/ },
];

export default defineRule({
  id: 'resilience-rasp-detection-missing',
  meta: {
    title: 'No emulator, debugger, hooking or tamper detection in the app',
    description: 'Reports once per app, on <application>, the runtime self-protection checks (emulator, debugger, Frida/Xposed hooks, signature tampering) found nowhere in the project, unless a RASP SDK is used.',
    severity: 'info',
    messages: {
      missing: 'No {{kinds}} check found in the app and no RASP SDK: banking malware and fraud tooling run payment apps under emulators, debuggers, Frida or Xposed and in repackaged builds; add these checks (or a RASP SDK) and report the results to the server, which decides whether to allow payments.',
    },
    tags: {
      cwe: [693, 919],
      masvs: ['MASVS-RESILIENCE-1', 'MASVS-RESILIENCE-2', 'MASVS-RESILIENCE-4'],
      owaspMobile2024: ['M7'],
      maswe: ['emulator-detection', 'debugger-detection', 'app-integrity'],
      ituBp: ['DI-1', 'DI-3'],
    },
    fix: 'guidance',
    files: ['manifest'],
    kind: 'absence',
    enabledByDefault: false,
    precision: 'low',
  },
  on: {
    xmlElement(el, ctx) {
      const markers = appLevelMarkers(el, ctx.project);
      if (!markers) return;
      for (const m of markers) if (RASP_SDKS.has(m)) return;
      const missing = CHECKS.filter((c) => ![...markers].some((m) => c.markers.test(m))).map((c) => c.kind);
      if (missing.length === 0) return;
      ctx.report({ at: el.nameRange, messageId: 'missing', data: { kinds: missing.join(', ') } });
    },
  },
});
