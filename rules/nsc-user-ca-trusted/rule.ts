// Rule: <certificates src="user"/> in trust anchors that apply to release builds (not in <debug-overrides>).
import { defineRule } from '../../server/src/engine/rule';
import type { XmlElement } from '../../server/src/parsing/xml';

function inDebugOverrides(el: XmlElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.name === 'debug-overrides') return true;
  return false;
}

/** A config file kept for debug builds only (e.g. network_security_config_debug.xml referenced by a placeholder). */
function isDebugFile(path: string): boolean {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return /(^|[_-])debug([_.-]|$)/i.test(base);
}

export default defineRule({
  id: 'nsc-user-ca-trusted',
  meta: {
    title: 'User-installed CA certificates trusted in release builds',
    description: 'Flags <certificates src="user"/> in a network security config outside <debug-overrides>, which lets any user-installed CA intercept TLS.',
    severity: 'high',
    messages: {
      user: 'Trusting user-installed CAs lets anyone who gets a certificate onto the phone (malware, a "Wi-Fi profile", a corporate proxy) read and alter TLS traffic; remove src="user" or move it into <debug-overrides>.',
      debugFile: 'This debug network security config trusts user-installed CAs; make sure only debug builds reference it, or use <debug-overrides>, which release builds ignore.',
    },
    tags: {
      cwe: [295],
      masvs: ['MASVS-NETWORK-1'],
      owaspMobile2024: ['M5'],
      maswe: ['insecure-cert-val'],
      ituLab: ['T3.3'],
      ituBp: ['CS-7'],
    },
    fix: 'suggestion',
    files: ['network-security-config'],
  },
  on: {
    xmlElement(el, ctx) {
      if (el.name !== 'certificates') return;
      const src = el.attr('src');
      if (!src || src.value?.trim() !== 'user') return;
      if (el.parent?.name !== 'trust-anchors' || inDebugOverrides(el)) return;
      const siblings = el.parent.children.filter((c) => c.name === 'certificates' && c !== el);
      // Removing the only anchor would leave an empty <trust-anchors> that trusts nothing: switch it to system instead.
      const fix =
        siblings.length > 0
          ? { title: 'Remove the user trust anchor', kind: 'suggestion' as const, edits: [ctx.fix.removeLines(el)] }
          : { title: 'Trust system CAs instead of user CAs', kind: 'suggestion' as const, edits: [ctx.fix.setAttribute(src, 'system')] };
      const debug = isDebugFile(ctx.file.path);
      ctx.report({ at: src, messageId: debug ? 'debugFile' : 'user', severity: debug ? 'low' : undefined, fixes: [fix] });
    },
  },
});
