// Rule: a component with an intent-filter but no android:exported: exported by default before targetSdk 31,
// a build and install error from 31.
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import {
  androidAttr,
  effectiveTargetSdk,
  filterNames,
  intentFilters,
  isBrowsable,
  isComponent,
  isLauncher,
  isRemovedByMerger,
} from '../../server/src/engine/manifest';

export default defineRule({
  id: 'manifest-exported-unspecified',
  meta: {
    title: 'Component with an intent-filter but no android:exported',
    description:
      'Flags activities, services and receivers that declare an intent-filter without android:exported, which exports them silently before targetSdk 31 and fails the build from 31.',
    severity: 'medium',
    messages: {
      unspecified:
        'The {{tag}} {{name}} has an intent-filter but no android:exported: it is exported to every app below targetSdk 31 and fails to build from 31; state it explicitly, android:exported="false" unless other apps must start it.',
      implicit:
        'The {{tag}} {{name}} has an intent-filter but no android:exported, so with targetSdk {{target}} it is silently exported to every app; add android:exported="false" unless other apps must start it (then "true" plus a permission).',
      buildError:
        'The {{tag}} {{name}} has an intent-filter but no android:exported, which targetSdk {{target}} rejects at build and install time; add android:exported="false" unless other apps must start it.',
    },
    tags: {
      cwe: [926],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M8'],
      maswe: ['insecure-intents'],
      ituBp: ['DH-5'],
    },
    fix: 'safe',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlElement(el, ctx) {
      if (!isComponent(el) || el.name === 'provider' || isRemovedByMerger(el)) return;
      if (el.attr('android:exported') || intentFilters(el).length === 0) return;
      const target = effectiveTargetSdk(ctx.project, ctx.xml);
      const data = { tag: el.name, name: androidAttr(el, 'name') ?? '(unnamed)', target: target ?? 'unknown' };

      const addTrue = (kind: Fix['kind']): Fix => ({
        title: 'Add android:exported="true" (other apps may start it)',
        kind,
        edits: [ctx.fix.addAttribute(el, 'android:exported', 'true')],
      });
      const addFalse: Fix = { title: 'Add android:exported="false" (only this app)', kind: 'suggestion', edits: [ctx.fix.addAttribute(el, 'android:exported', 'false')] };
      const isActivity = el.name === 'activity' || el.name === 'activity-alias';
      let fixes: Fix[];
      if (isActivity && (isLauncher(el) || isBrowsable(el))) {
        // Launcher and deep-link activities must be exported: "true" keeps today's behaviour.
        fixes = [addTrue('safe')];
      } else if (isActivity && intentFilters(el).flatMap((f) => filterNames(f, 'action')).every((a) => a.startsWith('android.'))) {
        // Share targets and other platform-action activities exist to be started by other apps.
        fixes = [addTrue('suggestion'), addFalse];
      } else {
        fixes = [addFalse, addTrue('suggestion')];
      }

      if (target === undefined) ctx.report({ at: el.nameRange, messageId: 'unspecified', data, fixes });
      else if (target >= 31) ctx.report({ at: el.nameRange, messageId: 'buildError', severity: 'high', data, fixes });
      else ctx.report({ at: el.nameRange, messageId: 'implicit', data, fixes });
    },
  },
});
