// Rule: exported provider that guards only one direction: readPermission without writePermission (or the
// reverse), with no android:permission to cover the other side.
import { defineRule } from '../../server/src/engine/rule';
import { androidAttr, effectiveTargetSdk, exportState, isComponent, isRemovedByMerger } from '../../server/src/engine/manifest';

export default defineRule({
  id: 'manifest-provider-permission-split',
  meta: {
    title: 'Exported provider protects only reads or only writes',
    description:
      'Flags exported content providers that set readPermission without writePermission (or the reverse) and no android:permission, leaving the other direction open to every app.',
    severity: 'medium',
    messages: {
      writeOpen:
        'The provider {{name}} requires {{permission}} to read but nothing to write: any app can insert, update or delete its data; add android:writePermission (or use android:permission for both directions).',
      readOpen:
        'The provider {{name}} requires {{permission}} to write but nothing to read: any app can query its data; add android:readPermission (or use android:permission for both directions).',
    },
    tags: {
      cwe: [1220, 926],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M3', 'M8'],
      maswe: ['insecure-content-providers'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlElement(el, ctx) {
      if (el.name !== 'provider' || !isComponent(el) || isRemovedByMerger(el)) return;
      // android:permission on the provider, or on <application>, is the default for both directions.
      if (el.attr('android:permission') || el.parent?.attr('android:permission')) return;
      if (exportState(el, effectiveTargetSdk(ctx.project, ctx.xml)).exported !== true) return;
      const readAttr = el.attr('android:readPermission');
      const writeAttr = el.attr('android:writePermission');
      const read = androidAttr(el, 'readPermission');
      const write = androidAttr(el, 'writePermission');
      const name = androidAttr(el, 'name') ?? '(unnamed)';
      if (readAttr && read && !writeAttr) {
        ctx.report({
          at: readAttr,
          messageId: 'writeOpen',
          data: { name, permission: read },
          fixes: [{ title: `Require ${read} for writes too`, kind: 'suggestion', edits: [ctx.fix.addAttribute(el, 'android:writePermission', read)] }],
        });
      } else if (writeAttr && write && !readAttr) {
        ctx.report({
          at: writeAttr,
          messageId: 'readOpen',
          data: { name, permission: write },
          fixes: [{ title: `Require ${write} for reads too`, kind: 'suggestion', edits: [ctx.fix.addAttribute(el, 'android:readPermission', write)] }],
        });
      }
    },
  },
});
