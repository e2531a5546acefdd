// Rule: android:installLocation="preferExternal" (or "auto") on <manifest>: the APK may be moved to external media.
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  id: 'manifest-install-location-external',
  meta: {
    title: 'App may be installed on external storage',
    description: 'Flags android:installLocation="preferExternal" or "auto", which allow the app to be installed on or moved to external storage.',
    severity: 'medium',
    messages: {
      preferExternal:
        'android:installLocation="preferExternal" installs the app on external storage where possible, outside the protection of internal storage (the ITU DFS lab fails this, test T1.3); remove the attribute so the app stays on internal storage (the default, internalOnly).',
      auto:
        'android:installLocation="auto" lets the user or the system move the app to external storage (ITU DFS lab test T1.3); remove the attribute so the app stays on internal storage (the default, internalOnly).',
    },
    tags: {
      cwe: [921, 922],
      masvs: ['MASVS-STORAGE-1'],
      owaspMobile2024: ['M8'],
      maswe: ['data-unencrypted-shared-storage-no-user-interaction'],
      ituLab: ['T1.3'],
    },
    fix: 'safe',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlAttribute(attr, ctx) {
      if (attr.name !== 'android:installLocation' || attr.element.name !== 'manifest') return;
      const value = attr.value?.trim();
      const fixes = [{ title: 'Remove android:installLocation (internal storage only)', kind: 'safe' as const, edits: [ctx.fix.removeAttribute(attr)] }];
      if (value === 'preferExternal') ctx.report({ at: attr, messageId: 'preferExternal', fixes });
      else if (value === 'auto') ctx.report({ at: attr, messageId: 'auto', severity: 'low', fixes });
    },
  },
});
