// Rule: task hijacking (StrandHogg) exposure: targetSdk < 28 without taskAffinity="", allowTaskReparenting,
// and sensitive activities with a custom task affinity or singleTask in the default affinity.
import { defineRule } from '../../server/src/engine/rule';
import { androidAttr, effectiveTargetSdk, isMainManifest, isRemovedByMerger } from '../../server/src/engine/manifest';
import { sensitiveName, splitWords } from '../../server/src/engine/sensitive';
import type { XmlElement } from '../../server/src/parsing/xml';

const SCREEN_WORDS = new Set(['login', 'signin', 'logon', 'auth', 'authenticate', 'payment', 'pay', 'transfer', 'checkout', 'cashout', 'withdraw', 'withdrawal', 'send', 'confirm', 'confirmation']);

/** Activities where a spoofed screen steals credentials or approves money: PIN, login, payment, transfer … */
function sensitiveScreen(el: XmlElement): string | undefined {
  const name = androidAttr(el, 'name');
  if (!name) return undefined;
  const simple = name.slice(name.lastIndexOf('.') + 1);
  if (sensitiveName(simple)) return simple;
  return splitWords(simple).some((w) => SCREEN_WORDS.has(w)) ? simple : undefined;
}

export default defineRule({
  id: 'manifest-task-hijacking',
  meta: {
    title: 'Activities exposed to task hijacking (StrandHogg)',
    description:
      'Flags apps targeting SDK < 28 without taskAffinity="", allowTaskReparenting="true", and PIN, login or payment activities with a custom task affinity or singleTask launch mode in the default affinity.',
    severity: 'medium',
    messages: {
      lowTarget:
        'With targetSdk {{target}} (< 28) the app\'s tasks can be hijacked: a malicious app with the same task affinity can place a fake login or PIN screen on top of this app (StrandHogg); raise targetSdk, or set android:taskAffinity="" on <application>.',
      reparenting:
        'android:allowTaskReparenting="true" lets this app\'s activities move into another app\'s task, where a malicious app can surround them with spoofed screens; remove it.',
      customAffinity:
        'The sensitive activity {{name}} has the custom task affinity "{{affinity}}"; any app can declare the same affinity and share the task to overlay a fake screen; use android:taskAffinity="" unless the affinity is needed.',
      singleTask:
        'The sensitive activity {{name}} is singleTask in the default task affinity: on Android 10 and lower a malicious app that created a task with this affinity receives it in its own task, under its spoofed screens (StrandHogg); set android:taskAffinity="" on it or on <application>.',
    },
    tags: {
      cwe: [1021],
      masvs: ['MASVS-PLATFORM-3'],
      owaspMobile2024: ['M8'],
      maswe: ['strandhogg-attack'],
      ituBp: ['DI-1'],
    },
    fix: 'suggestion',
    files: ['manifest'],
    precision: 'medium',
  },
  on: {
    xmlElement(el, ctx) {
      if (el.name === 'application' && el.parent?.name === 'manifest') {
        if (ctx.project.isLibrary || !isMainManifest(ctx.file.path)) return;
        const target = effectiveTargetSdk(ctx.project, ctx.xml);
        if (target === undefined || target >= 28) return;
        const affinity = el.attr('android:taskAffinity');
        if (affinity && affinity.value === '') return;
        ctx.report({
          at: el.nameRange,
          messageId: 'lowTarget',
          data: { target },
          fixes: [{
            title: 'Set android:taskAffinity="" on <application> (activities start in tasks of their own)',
            kind: 'suggestion',
            edits: [affinity ? ctx.fix.setAttribute(affinity, '') : ctx.fix.addAttribute(el, 'android:taskAffinity', '')],
          }],
        });
        return;
      }
      if (el.name !== 'activity' || el.parent?.name !== 'application' || isRemovedByMerger(el)) return;
      const name = sensitiveScreen(el);
      if (!name) return;
      const own = el.attr('android:taskAffinity');
      const appAffinity = el.parent.attr('android:taskAffinity');
      const setEmpty = {
        title: 'Set android:taskAffinity="" on this activity',
        kind: 'suggestion' as const,
        edits: [own ? ctx.fix.setAttribute(own, '') : ctx.fix.addAttribute(el, 'android:taskAffinity', '')],
      };
      if (own && own.value !== undefined) {
        const affinity = own.value.trim();
        const pkg = ctx.xml?.root?.attr('package')?.value;
        // "" is the mitigation; references and placeholders are unknown; the package name is the default.
        if (affinity === '' || /^[@$]/.test(affinity) || affinity === pkg) return;
        ctx.report({ at: own, messageId: 'customAffinity', data: { name, affinity }, fixes: [setEmpty] });
        return;
      }
      if (own || (appAffinity && appAffinity.value?.trim() !== ctx.xml?.root?.attr('package')?.value)) return;
      if (androidAttr(el, 'launchMode') !== 'singleTask') return;
      // Android 11 closed the singleTask variant; a minSdk of 30 means no exposed device remains.
      if (ctx.project.minSdk !== undefined && ctx.project.minSdk >= 30) return;
      const launchMode = el.attr('android:launchMode')!;
      ctx.report({ at: launchMode, messageId: 'singleTask', severity: 'low', data: { name }, fixes: [setEmpty] });
    },
    xmlAttribute(attr, ctx) {
      if (attr.name !== 'android:allowTaskReparenting' || (attr.element.name !== 'activity' && attr.element.name !== 'application')) return;
      if (attr.value?.trim().toLowerCase() !== 'true') return;
      ctx.report({ at: attr, messageId: 'reparenting', fixes: [{ title: 'Remove android:allowTaskReparenting', kind: 'suggestion', edits: [ctx.fix.removeAttribute(attr)] }] });
    },
  },
});
