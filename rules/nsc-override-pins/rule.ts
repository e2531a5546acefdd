// Rule: overridePins="true" on trust anchors that apply to release builds (not in <debug-overrides>).
import { defineRule } from '../../server/src/engine/rule';
import type { XmlElement } from '../../server/src/parsing/xml';

function inDebugOverrides(el: XmlElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.name === 'debug-overrides') return true;
  return false;
}

export default defineRule({
  id: 'nsc-override-pins',
  meta: {
    title: 'Trust anchors that bypass certificate pinning',
    description: 'Flags overridePins="true" on <certificates> outside <debug-overrides>, which lets certificates from those CAs bypass every <pin-set>.',
    severity: 'medium',
    messages: {
      user: 'overridePins="true" on user-installed CAs switches pinning off for anyone who installs a CA on the phone, the exact attack pinning exists to stop; remove overridePins (and src="user") from release configs.',
      other: 'overridePins="true" lets any certificate chaining to these {{src}} CAs bypass the <pin-set>, so a mis-issued or compromised CA can intercept traffic; remove overridePins or keep it in <debug-overrides>.',
    },
    tags: {
      cwe: [295],
      masvs: ['MASVS-NETWORK-2'],
      owaspMobile2024: ['M5'],
      maswe: ['insecure-pinning'],
      ituLab: ['T3.3'],
      ituBp: ['CS-6'],
    },
    fix: 'suggestion',
    files: ['network-security-config'],
  },
  on: {
    xmlAttribute(attr, ctx) {
      if (attr.name !== 'overridePins' || attr.value?.trim().toLowerCase() !== 'true') return;
      const el = attr.element;
      if (el.name !== 'certificates' || inDebugOverrides(el)) return;
      const src = el.attr('src')?.value?.trim() ?? '';
      const fixes = [{ title: 'Remove overridePins', kind: 'suggestion' as const, edits: [ctx.fix.removeAttribute(attr)] }];
      if (src === 'user') {
        ctx.report({ at: attr, messageId: 'user', severity: 'high', fixes });
      } else {
        ctx.report({ at: attr, messageId: 'other', data: { src: src === 'system' ? 'system' : 'bundled' }, fixes });
      }
    },
  },
});
