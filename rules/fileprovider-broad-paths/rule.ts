// Rule: FileProvider path files that share the device root (<root-path>) or a whole app or storage
// directory (path="." / "/" / "" / missing).
import { defineRule, table } from '../../server/src/engine/rule';

/** Elements whose whole directory would expose more than the files meant for sharing. Cache dirs are normal. */
const DIR_OF = table<string>({
  'files-path': 'the app\'s private files directory (Context.filesDir)',
  'external-path': 'the whole shared external storage',
  'external-files-path': 'the app\'s whole external files directory',
  'external-media-path': 'the app\'s whole external media directory',
});

const BROAD_PATHS = new Set(['', '.', '/', './']);

export default defineRule({
  id: 'fileprovider-broad-paths',
  meta: {
    title: 'FileProvider shares the device root or whole directories',
    description: 'Flags FileProvider path files with <root-path>, or a files, external or media path whose path is ".", "/", empty or missing.',
    severity: 'medium',
    messages: {
      root: '<root-path> lets the FileProvider hand out any file the app can read, including its databases, shared preferences and tokens, to whichever app receives a URI; remove it and share a dedicated subdirectory such as <cache-path name="shared" path="shared/"/>.',
      broad: 'path="{{path}}" shares {{dir}} through the FileProvider, not just the files meant for sharing (statements, receipts); point it at a dedicated subdirectory such as path="receipts/".',
      missing: 'Without a path attribute this entry shares {{dir}} through the FileProvider; add path="…/" naming a dedicated subdirectory such as "receipts/".',
    },
    tags: {
      cwe: [22, 200],
      masvs: ['MASVS-PLATFORM-1', 'MASVS-STORAGE-2'],
      owaspMobile2024: ['M8'],
      maswe: ['sensitive-data-shared-other-apps'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['res-xml'],
  },
  on: {
    xmlElement(el, ctx) {
      if (el.parent !== ctx.xml?.root || el.parent?.name !== 'paths') return;
      if (el.name === 'root-path') {
        ctx.report({
          at: el.nameRange,
          messageId: 'root',
          severity: 'high',
          fixes: [{ title: 'Remove <root-path>', kind: 'suggestion', edits: [ctx.fix.removeLines(el)] }],
        });
        return;
      }
      const dir = DIR_OF[el.name];
      if (!dir) return;
      const path = el.attr('path');
      if (!path) {
        ctx.report({ at: el.nameRange, messageId: 'missing', data: { dir } });
        return;
      }
      if (path.value === undefined) return;
      const value = path.value.trim();
      if (BROAD_PATHS.has(value)) ctx.report({ at: path, messageId: 'broad', data: { path: value, dir } });
    },
  },
});
