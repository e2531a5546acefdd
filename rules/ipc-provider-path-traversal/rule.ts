// Rule: file paths built from a content URI's path segment or a provider's DISPLAY_NAME without a canonical-path check.
import type { Node } from 'web-tree-sitter';
import { codeText } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';

const OPENERS = /^(openFile|openAssetFile|openTypedAssetFile|openPipeHelper)$/;
const URI_PATH = /^(lastPathSegment|getLastPathSegment|pathSegments|getPathSegments|encodedPath|getEncodedPath)$/;
const FILE_SINKS = /\b(File|FileInputStream|FileOutputStream|RandomAccessFile)\s*\(|Paths\s*\.\s*get\s*\(|\.resolve\s*\(|openFileOutput\s*\(|ParcelFileDescriptor\s*\.\s*open\s*\(/;
/** Evidence of a containment check or of reducing a name to its last component. */
const CHECKED = /canonicalPath|getCanonicalPath|canonicalFile|getCanonicalFile|toRealPath|normalize\s*\(|\.name\b|getName\s*\(\s*\)|substringAfterLast|lastIndexOf\s*\(\s*['"]\/|FileUtils\.getName|sanitize|isValidFileName|contains\s*\(\s*"\.\."\s*\)/;

function firstNamed(root: Node, test: RegExp): Node | undefined {
  for (const n of root.descendantsOfType(['identifier', 'field_identifier', 'simple_identifier'])) {
    if (n && test.test(n.text)) return n;
  }
  return undefined;
}

export default defineRule({
  id: 'ipc-provider-path-traversal',
  meta: {
    title: 'File path from a content URI or DISPLAY_NAME without canonical check',
    description: 'Flags ContentProvider openFile implementations that build a file path from uri.lastPathSegment, and code that saves a file under a provider-supplied DISPLAY_NAME, without checking the canonical path.',
    severity: 'high',
    messages: {
      provider: 'openFile builds a path from the URI ({{source}}), which other apps control; "..%2F" decodes to "../" and escapes the directory to read the app\'s databases and preferences. Resolve the file, compare its canonicalPath with the base directory\'s, and refuse anything outside.',
      displayName: 'The file name comes from the other app\'s DISPLAY_NAME, which can contain "../" and overwrite this app\'s files; keep only the last path component (File(name).name) and check the canonicalPath stays inside the target directory.',
    },
    tags: {
      cwe: [22],
      masvs: ['MASVS-CODE-4', 'MASVS-PLATFORM-1'],
      owaspMobile2024: ['M4'],
      maswe: ['insecure-content-providers'],
      ituBp: ['DH-7'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    function(fn, ctx) {
      const body = fn.body;
      if (!body) return;
      const text = codeText(body);
      if (!FILE_SINKS.test(text) || CHECKED.test(text)) return;
      if (OPENERS.test(fn.name)) {
        const source = firstNamed(body, URI_PATH) ?? (/\b(uri|url)\s*\.\s*(path|getPath\s*\(\s*\))/.test(text) ? firstNamed(body, /^(path|getPath)$/) : undefined);
        if (source) ctx.report({ at: source, messageId: 'provider', data: { source: source.text } });
        return;
      }
      const display = firstNamed(body, /^DISPLAY_NAME$/);
      if (display) {
        // Only when the name read from the cursor feeds a file path in this function.
        if (/\b(File|FileOutputStream)\s*\(\s*[\w.()]+\s*,\s*[a-z]\w*\s*\)|openFileOutput\s*\(\s*[a-z]\w*\s*,/.test(text)) {
          ctx.report({ at: display, messageId: 'displayName' });
        }
      }
    },
  },
});
