// Rule: an APK installed (ACTION_INSTALL_PACKAGE, ACTION_VIEW with the APK MIME type, PackageInstaller sessions)
// from external storage or from a download URL handled in the same function.
import type { Node } from 'web-tree-sitter';
import { codeText, enclosingFunction, findAncestor, isDebugGuarded } from '../../server/src/engine/ast';
import { defineRule, table } from '../../server/src/engine/rule';
import type { CallView } from '../../server/src/engine/view';

const APK_MIME = 'application/vnd.android.package-archive';
const INSTALL_ACTION = /(^|\.)ACTION_INSTALL_PACKAGE$|^"android\.intent\.action\.INSTALL_PACKAGE"$/;
/** The calls that start an install; each is checked further in `isInstall`. */
const CANDIDATES = table({ Intent: true, setAction: true, setDataAndType: true, setType: true, setDataAndTypeAndNormalize: true, setTypeAndNormalize: true, createSession: true });
/** Shared storage: any app with storage access can swap the APK before it is installed. */
const EXTERNAL = /\b(getExternalStorageDirectory|getExternalStoragePublicDirectory|getExternalFilesDirs?|getExternalCacheDirs?|externalCacheDirs?|externalMediaDirs|getExternalMediaDirs|DIRECTORY_DOWNLOADS)\b|\bexternal(Cache|Files)Dir\b|\/sdcard\/|\/storage\/emulated\/|\/mnt\/sdcard\//;
/** An APK fetched from the network in the same function. */
const DOWNLOAD = /"https?:\/\/[^"\s]*\.apk\b|\bDownloadManager\b|\bgetUriForDownloadedFile\b|\bCOLUMN_LOCAL_URI\b/;

const SHARE = /\bACTION_SEND(_MULTIPLE)?\b|"android\.intent\.action\.SEND|\bcreateChooser\b/;

function isInstall(call: CallView, constString: (n: Node) => string | undefined): boolean {
  switch (call.name) {
    case 'Intent':
    case 'setAction': {
      const a = call.args[0];
      if (!a) return false;
      return INSTALL_ACTION.test(a.text.replace(/\s+/g, '')) || constString(a.node) === 'android.intent.action.INSTALL_PACKAGE';
    }
    case 'setDataAndType':
    case 'setDataAndTypeAndNormalize':
      return call.args[1] !== undefined && constString(call.args[1].node) === APK_MIME;
    case 'setType':
    case 'setTypeAndNormalize':
      return call.args[0] !== undefined && constString(call.args[0].node) === APK_MIME;
    case 'createSession':
      return /(^|\.)(package)?installer$|getPackageInstaller\(\)$/i.test(call.receiverText ?? '');
    default:
      return false;
  }
}

/** Functions already reported in the current file (one finding per install path). */
const reported = new Set<number>();

export default defineRule({
  id: 'code-apk-install-untrusted',
  meta: {
    title: 'APK installed from external storage or a download URL',
    description: 'Flags APK installs (ACTION_INSTALL_PACKAGE, ACTION_VIEW with the APK MIME type, PackageInstaller sessions) whose file comes from external storage or a download URL in the same function.',
    severity: 'medium',
    messages: {
      external: 'An APK is installed from external storage ({{source}}): any app with storage access can replace the file between download and install and get its own code installed with the customer\'s consent; ship updates through Google Play (In-App Updates API), or keep the file in internal storage and verify its signing certificate before installing.',
      download: 'An APK downloaded by the app ({{source}}) is installed directly: a compromised or spoofed download server, or a swapped file, installs attacker code; ship updates through Google Play (In-App Updates API), or verify the APK\'s signing certificate against your own before installing.',
    },
    tags: {
      cwe: [494, 829],
      masvs: ['MASVS-CODE-4'],
      owaspMobile2024: ['M2'],
      maswe: ['unsafe-code-loading'],
      ituBp: ['AD-2'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (!CANDIDATES[call.name] || !isInstall(call, (n) => ctx.constString(n))) return;
      const perms = ctx.project.permissions;
      if (perms && !perms.includes('android.permission.REQUEST_INSTALL_PACKAGES')) return;
      // The named function, not an apply {} lambda inside it: the file usually comes from a line above.
      const fn = findAncestor(call.node, ['method_declaration', 'constructor_declaration', 'function_declaration']) ?? enclosingFunction(call.node);
      if (!fn || reported.has(fn.startIndex) || isDebugGuarded(call.node)) return;
      const text = codeText(fn);
      // Sharing the app's own APK (ACTION_SEND with the APK type, e.g. over Bluetooth) is not an install.
      if (call.name !== 'createSession' && SHARE.test(text) && !/INSTALL_PACKAGE/.test(text)) return;
      const ext = EXTERNAL.exec(text);
      const dl = ext ? null : DOWNLOAD.exec(text);
      if (!ext && !dl) return;
      reported.add(fn.startIndex);
      ctx.report({ at: call.nameNode, messageId: ext ? 'external' : 'download', data: { source: (ext ?? dl)![0].replace(/^"/, '') } });
    },
    file() {
      reported.clear();
    },
  },
});
