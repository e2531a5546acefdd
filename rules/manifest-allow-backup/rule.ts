// Rule: app data included in Android backups: allowBackup="true", or left at its default (true) with no
// backup rules; and allowBackup="false" at targetSdk >= 31 without dataExtractionRules (device transfer).
import { defineRule } from '../../server/src/engine/rule';
import { androidAttr, effectiveTargetSdk, isLauncher, isMainManifest } from '../../server/src/engine/manifest';
import type { XmlElement } from '../../server/src/parsing/xml';

/** An app (not library) manifest: known from the project, or an <application> that carries app-level attributes. */
function isAppManifest(app: XmlElement, isLibrary: boolean | undefined): boolean {
  if (isLibrary !== undefined) return !isLibrary;
  return ['icon', 'roundIcon', 'label', 'name'].some((a) => app.attr(`android:${a}`)) || app.children.some((c) => c.name === 'activity' && isLauncher(c));
}

export default defineRule({
  id: 'manifest-allow-backup',
  meta: {
    title: 'App data included in Android backups',
    description:
      'Flags android:allowBackup="true", or an <application> without allowBackup and without backup rules, which lets adb and cloud backups copy the app\'s tokens, keys and databases.',
    severity: 'medium',
    messages: {
      allowBackupTrue:
        'android:allowBackup="true" copies the app\'s files, databases and shared preferences (tokens, keys, account data) into cloud backups and adb backup archives; set android:allowBackup="false", or exclude those files with dataExtractionRules.',
      allowBackupWithRules:
        'android:allowBackup="true" with backup rules: make sure the rules exclude tokens, keys and databases in both <cloud-backup> and <device-transfer>; the ITU DFS lab (T1.1) expects android:allowBackup="false".',
      allowBackupDefault:
        'android:allowBackup is not set and defaults to true, so app data (tokens, keys, databases) goes into backups; add android:allowBackup="false", or dataExtractionRules that exclude sensitive files.',
      deviceTransfer:
        'From Android 12, android:allowBackup="false" no longer stops device-to-device transfer for apps targeting API {{target}}; add android:dataExtractionRules with <device-transfer> excludes for tokens, keys and databases.',
    },
    tags: {
      cwe: [922, 530],
      masvs: ['MASVS-STORAGE-2'],
      owaspMobile2024: ['M9', 'M8'],
      maswe: ['data-not-excluded-backup'],
      ituLab: ['T1.1'],
    },
    fix: 'safe',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlElement(app, ctx) {
      if (app.name !== 'application' || app.parent?.name !== 'manifest') return;
      // Library manifests don't decide app-level attributes: the app's manifest (and merger) does.
      if (ctx.project.isLibrary) return;
      const allowBackup = app.attr('android:allowBackup');
      const extractionRules = androidAttr(app, 'dataExtractionRules');
      const fullBackupContent = androidAttr(app, 'fullBackupContent');
      const hasRules = !!extractionRules || !!fullBackupContent || !!androidAttr(app, 'backupAgent');

      if (allowBackup) {
        const value = allowBackup.value?.trim().toLowerCase();
        if (value === 'true') {
          const toFalse = ctx.fix.setAttribute(allowBackup, 'false');
          if (hasRules) {
            ctx.report({
              at: allowBackup,
              messageId: 'allowBackupWithRules',
              severity: 'low',
              fixes: [{ title: 'Set android:allowBackup="false" (turns off backup)', kind: 'suggestion', edits: [toFalse] }],
            });
          } else {
            ctx.report({ at: allowBackup, messageId: 'allowBackupTrue', fixes: [{ title: 'Set android:allowBackup="false"', kind: 'safe', edits: [toFalse] }] });
          }
        } else if (value === 'false' && !extractionRules) {
          const target = effectiveTargetSdk(ctx.project, ctx.xml);
          if (target !== undefined && target >= 31) ctx.report({ at: allowBackup, messageId: 'deviceTransfer', severity: 'low', data: { target } });
        }
        return;
      }

      // Absent: only the module's main app manifest decides (flavour overlays and libraries don't).
      if (hasRules || !isMainManifest(ctx.file.path) || !isAppManifest(app, ctx.project.isLibrary)) return;
      ctx.report({
        at: app.nameRange,
        messageId: 'allowBackupDefault',
        fixes: [{ title: 'Add android:allowBackup="false"', kind: 'safe', edits: [ctx.fix.addAttribute(app, 'android:allowBackup', 'false')] }],
      });
    },
  },
});
