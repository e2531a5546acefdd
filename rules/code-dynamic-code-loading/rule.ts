// Rule: DexClassLoader / PathClassLoader / InMemoryDexClassLoader construction, and System.load / Runtime.load of a
// native library from external storage, a download folder or a path only known at run time.
import type { Node } from 'web-tree-sitter';
import { codeText, enclosingFunction } from '../../server/src/engine/ast';
import { defineRule, table, type RuleContext } from '../../server/src/engine/rule';

const LOADERS = table({ DexClassLoader: true, PathClassLoader: true, InMemoryDexClassLoader: true, DelegateLastClassLoader: true });

/** Paths any app (or a download) can write. */
const EXTERNAL = /getExternalStorageDirectory|getExternalStoragePublicDirectory|getExternalFilesDirs?\b|externalFilesDirs?\b|getExternalCacheDirs?\b|externalCacheDirs?\b|\bexternalMediaDirs\b|getExternalMediaDirs|DIRECTORY_DOWNLOADS|\/sdcard|\/storage\/|\/mnt\/sdcard|Download\//;
/** The app's own, read-only code locations: loading from here is not dynamic code from outside. */
const OWN_CODE = /nativeLibraryDir|sourceDir|publicSourceDir|packageCodePath|getPackageCodePath|splitSourceDirs/;

type Msg = 'loader' | 'external' | 'nativeDynamic';

/** `name = …` initialiser text of a local in the enclosing function (regex on the function's code). */
function localInit(name: string, at: Node): string | undefined {
  const fn = enclosingFunction(at);
  if (!fn) return undefined;
  const m = new RegExp(`\\b${name}\\b\\s*(?::[^=;\\n]*)?=\\s*([^;\\n]+)`).exec(codeText(fn));
  return m?.[1];
}

/** The text a path argument is built from: the argument itself plus a local's initialiser. */
function pathSource(arg: Node): string {
  let text = arg.text;
  if (arg.type !== 'identifier' && arg.type !== 'simple_identifier') return text;
  // Follow locals two steps back: `dir = getExternalStoragePublicDirectory(…)`, `apk = File(dir, …).path`.
  let names = [arg.text];
  for (let hop = 0; hop < 2 && names.length > 0; hop++) {
    const next: string[] = [];
    for (const name of names) {
      const init = localInit(name, arg);
      if (!init) continue;
      text += ` ${init}`;
      for (const m of init.matchAll(/\b([a-z][A-Za-z0-9_]*)\b(?!\s*[(.])/g)) if (m[1] !== name) next.push(m[1]);
    }
    names = next.slice(0, 4);
  }
  return text;
}

function classify(arg: Node, ctx: RuleContext<Msg>): 'external' | 'own' | 'constant' | 'dynamic' {
  const constant = ctx.constString(arg);
  if (constant !== undefined) return EXTERNAL.test(constant) ? 'external' : 'constant';
  const src = pathSource(arg);
  if (EXTERNAL.test(src)) return 'external';
  if (OWN_CODE.test(src)) return 'own';
  return 'dynamic';
}

export default defineRule({
  id: 'code-dynamic-code-loading',
  meta: {
    title: 'Code loaded at run time from a writable or unknown location',
    description: 'Flags DexClassLoader, PathClassLoader and InMemoryDexClassLoader construction, and System.load of a native library from external storage, a download folder or a run-time path.',
    severity: 'medium',
    messages: {
      loader: '{{loader}} runs code that is not in the signed APK, so whoever can write or serve that file (another app, a compromised server, a man in the middle) runs code with this app\'s permissions and keys; ship the code in the APK or as a Play Feature Delivery module (SplitCompat), or verify a pinned signature of the file before loading it from internal storage.',
      external: 'Code is loaded from external storage or a download folder, which other apps can write: any app on the device can replace it and run code inside this payment app; ship the code in the APK (System.loadLibrary, dynamic feature modules) instead.',
      nativeDynamic: 'System.load gets a path only known at run time, so the native library may come from a writable or downloaded location; load bundled libraries with System.loadLibrary("name") and never load code from files that are downloaded or writable by other apps.',
    },
    tags: {
      cwe: [494, 829],
      masvs: ['MASVS-CODE-4'],
      owaspMobile2024: ['M2', 'M7'],
      maswe: ['unsafe-code-loading'],
      ituBp: ['AD-2'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (LOADERS[call.name]) {
        if (!call.isConstructor && call.lang === 'java') return;
        if (call.receiverText !== undefined && call.receiverText !== 'dalvik.system') return;
        const path = call.args[0];
        if (call.name !== 'InMemoryDexClassLoader' && path) {
          const kind = classify(path.node, ctx);
          if (kind === 'own') return; // the app's own APK or split
          if (kind === 'external') {
            ctx.report({ at: call.nameNode, messageId: 'external', severity: 'high' });
            return;
          }
        }
        ctx.report({ at: call.nameNode, messageId: 'loader', data: { loader: call.name } });
        return;
      }
      if (call.name !== 'load') return;
      const r = call.receiverText ?? '';
      if (!(r === 'System' || r === 'java.lang.System' || /^(java\.lang\.)?Runtime\.getRuntime\(\)$/.test(r))) return;
      const path = call.args[0];
      if (!path || call.args.length !== 1) return;
      const kind = classify(path.node, ctx);
      if (kind === 'external') ctx.report({ at: path.node, messageId: 'external', severity: 'high' });
      else if (kind === 'dynamic') ctx.report({ at: path.node, messageId: 'nativeDynamic' });
    },
  },
});
