// Rule: an exported activity, service, receiver or provider that any app can reach: no permission, or a
// permission any app can obtain (normal/dangerous level, declared in this manifest or a known platform one).
import { defineRule } from '../../server/src/engine/rule';
import {
  androidAttr,
  declaredPermissions,
  effectiveTargetSdk,
  exportState,
  filterNames,
  intentFilters,
  isBrowsable,
  isComponent,
  isLauncher,
  isRemovedByMerger,
  isSystemOnlyPermission,
  protectionStrength,
  WEAK_PLATFORM_PERMISSIONS,
} from '../../server/src/engine/manifest';
import type { RelatedLocation } from '../../server/src/engine/types';
import type { XmlElement } from '../../server/src/parsing/xml';

const REACH: Record<string, string> = {
  activity: 'start it with any extras',
  'activity-alias': 'start it with any extras',
  service: 'start or bind to it',
  receiver: 'send it broadcasts',
  provider: 'query and modify its data',
};

/** Components whose filters only use platform actions (android.*): public by contract, checked by other rules. */
function onlyPlatformActions(el: XmlElement): boolean {
  const actions = intentFilters(el).flatMap((f) => filterNames(f, 'action'));
  return actions.length > 0 && actions.every((a) => a.startsWith('android.'));
}

export default defineRule({
  id: 'manifest-exported-component',
  meta: {
    title: 'Exported component without a strong permission',
    description:
      'Flags activities, services, receivers and providers that are exported (explicitly, or by an intent-filter before targetSdk 31) and require no permission, or only one any app can obtain.',
    severity: 'medium',
    messages: {
      noPermission:
        'The {{tag}} {{name}} is exported{{how}} and requires no permission, so any app on the device can {{reach}}; set android:exported="false" if only this app uses it, or require a permission with protectionLevel="signature".',
      weakPermission:
        'The {{tag}} {{name}} is exported{{how}} but guarded only by {{permission}} (protection level {{level}}), which any app can obtain; use a permission with protectionLevel="signature", or set android:exported="false".',
    },
    tags: {
      cwe: [926],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M8', 'M3'],
      maswe: ['insecure-services', 'insecure-broadcast-receivers', 'insecure-content-providers', 'insecure-intents'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['manifest'],
    precision: 'medium',
  },
  on: {
    xmlElement(el, ctx) {
      if (!isComponent(el) || isRemovedByMerger(el)) return;
      const target = effectiveTargetSdk(ctx.project, ctx.xml);
      const state = exportState(el, target);
      if (state.exported !== true) return;
      // Entry points that must be public, each judged by a dedicated rule: the launcher, deep links
      // (manifest-deeplink-no-autoverify), platform actions such as BOOT_COMPLETED, SEND or SMS_RECEIVED
      // (manifest-sms-receiver-unprotected).
      if ((el.name === 'activity' || el.name === 'activity-alias') && (isLauncher(el) || isBrowsable(el))) return;
      if (onlyPlatformActions(el)) return;

      // The permissions that guard the component: its own, else the <application>'s default.
      const own = el.attr('android:permission');
      const appPermission = el.parent?.attr('android:permission');
      let guards: (string | undefined)[];
      if (own) guards = [own.value?.trim()];
      else if (el.name === 'provider' && (el.attr('android:readPermission') || el.attr('android:writePermission'))) {
        const read = androidAttr(el, 'readPermission');
        const write = androidAttr(el, 'writePermission');
        if (!read || !write) return; // one side open: manifest-provider-permission-split
        guards = [read, write];
      } else if (appPermission) guards = [appPermission.value?.trim()];
      else guards = [];
      if (guards.some((g) => g === undefined)) return; // still being typed

      const tag = el.name;
      const name = androidAttr(el, 'name') ?? '(unnamed)';
      const how =
        state.implicitReason === 'intent-filter'
          ? ` (implicitly: it has an intent-filter and targetSdk ${target} < 31)`
          : state.implicitReason === 'provider-default'
            ? ` (implicitly: providers are exported by default below targetSdk 17, here ${target})`
            : '';
      const exportedAttr = el.attr('android:exported');
      const at = exportedAttr ?? el.nameRange;
      const fixes = [
        {
          title: 'Set android:exported="false" (only this app can use it)',
          kind: 'suggestion' as const,
          edits: [exportedAttr ? ctx.fix.setAttribute(exportedAttr, 'false') : ctx.fix.addAttribute(el, 'android:exported', 'false')],
        },
      ];

      const present = guards.filter((g): g is string => !!g);
      if (present.length === 0) {
        ctx.report({ at, messageId: 'noPermission', data: { tag, name, how, reach: REACH[tag] }, fixes });
        return;
      }
      const declared = declaredPermissions(ctx.xml);
      for (const permission of present) {
        if (isSystemOnlyPermission(permission)) continue;
        const decl = declared.get(permission);
        let level: string | undefined;
        const related: RelatedLocation[] = [];
        if (decl) {
          const p = protectionStrength(decl);
          if (p.strength !== 'weak') continue;
          level = p.level;
          related.push({ path: ctx.file.path, range: decl.range, message: `${permission} is declared here with protection level ${p.level}` });
        } else if (WEAK_PLATFORM_PERMISSIONS.has(permission)) {
          level = 'normal or dangerous (a platform permission any app can request)';
        } else continue; // declared elsewhere (another module, a partner app): not known here
        ctx.report({ at, messageId: 'weakPermission', data: { tag, name, how, permission, level }, fixes, related });
        return;
      }
    },
  },
});
