// Rule: WebView.loadUrl of a file:// URL that points into external (shared) storage.
import type { Node } from 'web-tree-sitter';
import { findAncestor } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';

/** APIs and paths that name external or shared storage. */
const EXTERNAL = /\b(getExternalStorageDirectory|getExternalStoragePublicDirectory|getExternalFilesDirs?|getExternalCacheDirs?|externalCacheDirs?|getExternalMediaDirs|externalMediaDirs|DIRECTORY_DOWNLOADS|DIRECTORY_DOCUMENTS)\b|\/sdcard\/|\/storage\/emulated\/|\/mnt\/sdcard\//;
/** `getExternalFilesDir(null)` and `context.getExternalFilesDir(...)` in Kotlin property form. */
const EXTERNAL_KOTLIN = /\bexternal(Cache|Files|Media)Dirs?\b|\bgetExternalFilesDir\b/;

function kids(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null);
}

/** Initialisers of the locals named in `expr`, followed two levels within the function. */
function sourcesOf(expr: Node, fn: Node | undefined, depth = 0): string {
  if (!fn || depth > 2) return '';
  let text = '';
  const names = new Set(expr.descendantsOfType('identifier').map((i) => i?.text ?? ''));
  if (expr.type === 'identifier') names.add(expr.text);
  for (const d of fn.descendantsOfType(['variable_declarator', 'property_declaration'])) {
    if (!d || d.startIndex >= expr.startIndex) continue;
    let name: string | undefined;
    let value: Node | undefined;
    if (d.type === 'variable_declarator') {
      name = d.childForFieldName('name')?.text;
      value = d.childForFieldName('value') ?? undefined;
    } else {
      name = kids(d).find((c) => c.type === 'variable_declaration')?.firstNamedChild?.text;
      const v = kids(d).at(-1);
      value = v && v.type !== 'variable_declaration' ? v : undefined;
    }
    if (name && value && names.has(name)) text += ` ${value.text} ${sourcesOf(value, fn, depth + 1)}`;
  }
  return text;
}

export default defineRule({
  id: 'webview-external-file-load',
  meta: {
    title: 'WebView loads a file from external storage',
    description: 'Flags WebView.loadUrl calls whose file:// URL points into external or shared storage (getExternalStorageDirectory, getExternalFilesDir, /sdcard).',
    severity: 'medium',
    messages: {
      external: 'This WebView loads a file:// page from external storage, which other apps (or anyone with the phone on USB) can replace: the page then runs script inside your app with its file access and bridges; ship the page in assets and load it through WebViewAssetLoader, or keep downloads in getFilesDir().',
    },
    tags: {
      cwe: [829, 749],
      masvs: ['MASVS-PLATFORM-2', 'MASVS-STORAGE-1'],
      owaspMobile2024: ['M4'],
      maswe: ['webviews-local-resources'],
      ituBp: ['DH-3'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'loadUrl' || call.viaProperty) return;
      const arg = call.args[0];
      if (!arg) return;
      const constant = ctx.constString(arg.node);
      if (constant !== undefined) {
        if (/^file:/i.test(constant) && EXTERNAL.test(constant)) ctx.report({ at: arg.node, messageId: 'external' });
        return;
      }
      const fn = findAncestor(call.node, ['method_declaration', 'constructor_declaration', 'function_declaration']);
      const text = `${arg.text} ${sourcesOf(arg.node, fn)}`;
      // A file URL: "file://" + path, Uri.fromFile(file), file.toURI(), "file://$path".
      const isFileUrl = /^"file:|"file:\/\/|Uri\.fromFile\s*\(|\.toURI\s*\(|toUri\s*\(/.test(text);
      if (!isFileUrl) return;
      if (EXTERNAL.test(text) || EXTERNAL_KOTLIN.test(text)) ctx.report({ at: arg.node, messageId: 'external' });
    },
  },
});
