// Rule: shared (external) storage access: WRITE_/READ_EXTERNAL_STORAGE without maxSdkVersion,
// MANAGE_EXTERNAL_STORAGE, and the legacy-storage opt-outs of scoped storage.
import { defineRule } from '../../server/src/engine/rule';
import { androidAttr, effectiveTargetSdk, isRemovedByMerger } from '../../server/src/engine/manifest';

const WRITE = 'android.permission.WRITE_EXTERNAL_STORAGE';
const READ = 'android.permission.READ_EXTERNAL_STORAGE';
const MANAGE = 'android.permission.MANAGE_EXTERNAL_STORAGE';

export default defineRule({
  id: 'manifest-external-storage-permission',
  meta: {
    title: 'Shared external storage access requested',
    description:
      'Flags WRITE_/READ_EXTERNAL_STORAGE without maxSdkVersion, MANAGE_EXTERNAL_STORAGE and requestLegacyExternalStorage, which let the app keep files where other apps can read them.',
    severity: 'medium',
    messages: {
      write:
        'WRITE_EXTERNAL_STORAGE on every API level invites saving receipts, statements or logs to shared storage, where any app with storage access can read them; keep such files in internal storage (filesDir/cacheDir), and add android:maxSdkVersion="28" if an old-device feature still needs the permission.',
      read:
        'READ_EXTERNAL_STORAGE without android:maxSdkVersion: the app does not need it for its own files (API 19+) or for files the user picks (system picker); remove it, or add android:maxSdkVersion="32" (it is ignored from API 33).',
      manage:
        'MANAGE_EXTERNAL_STORAGE grants access to all files on shared storage and is restricted by Google Play; remove it and use app-specific storage, MediaStore or the system file picker.',
      legacy:
        '{{attr}}="true" opts out of scoped storage, so files the app writes to shared storage are readable by other apps; remove it and move files to app-specific or internal storage.',
      preserve:
        'android:preserveLegacyExternalStorage="true" keeps upgraded installs in legacy (unscoped) shared storage, readable by other apps; finish the migration of files to app-specific or internal storage and remove it.',
      legacyIgnored:
        '{{attr}}="true" is ignored on Android 11+ with targetSdk {{target}} but still opts out of scoped storage on Android 10; remove it and keep sensitive files in internal storage.',
    },
    tags: {
      cwe: [922, 276],
      masvs: ['MASVS-STORAGE-1'],
      owaspMobile2024: ['M9'],
      maswe: ['data-unencrypted-shared-storage-no-user-interaction'],
      ituLab: ['T2.1'],
      ituBp: ['DH-3'],
    },
    fix: 'suggestion',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlElement(el, ctx) {
      if ((el.name !== 'uses-permission' && el.name !== 'uses-permission-sdk-23') || el.parent?.name !== 'manifest') return;
      if (isRemovedByMerger(el) || el.attr('android:maxSdkVersion')) return;
      const nameAttr = el.attr('android:name');
      const permission = androidAttr(el, 'name');
      if (!nameAttr) return;
      if (permission === WRITE) {
        ctx.report({
          at: nameAttr,
          messageId: 'write',
          fixes: [{ title: 'Limit to android:maxSdkVersion="28" (scoped storage from API 29)', kind: 'suggestion', edits: [ctx.fix.addAttribute(el, 'android:maxSdkVersion', '28')] }],
        });
      } else if (permission === READ) {
        ctx.report({
          at: nameAttr,
          messageId: 'read',
          severity: 'low',
          fixes: [{ title: 'Limit to android:maxSdkVersion="32" (ignored from API 33)', kind: 'suggestion', edits: [ctx.fix.addAttribute(el, 'android:maxSdkVersion', '32')] }],
        });
      } else if (permission === MANAGE) {
        ctx.report({ at: nameAttr, messageId: 'manage', fixes: [{ title: 'Remove MANAGE_EXTERNAL_STORAGE', kind: 'suggestion', edits: [ctx.fix.removeLines(el)] }] });
      }
    },
    xmlAttribute(attr, ctx) {
      if (attr.element.name !== 'application') return;
      if (attr.name !== 'android:requestLegacyExternalStorage' && attr.name !== 'android:preserveLegacyExternalStorage') return;
      if (attr.value?.trim().toLowerCase() !== 'true') return;
      const fixes = [{ title: `Remove ${attr.name}`, kind: 'suggestion' as const, edits: [ctx.fix.removeAttribute(attr)] }];
      if (attr.name === 'android:preserveLegacyExternalStorage') {
        ctx.report({ at: attr, messageId: 'preserve', severity: 'low', fixes });
        return;
      }
      const target = effectiveTargetSdk(ctx.project, ctx.xml);
      if (target !== undefined && target >= 30) {
        ctx.report({ at: attr, messageId: 'legacyIgnored', severity: 'low', data: { attr: attr.name, target }, fixes });
      } else {
        ctx.report({ at: attr, messageId: 'legacy', data: { attr: attr.name }, fixes });
      }
    },
  },
});
