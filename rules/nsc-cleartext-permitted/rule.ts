// Rule: cleartextTrafficPermitted="true" on <base-config> (every host) or <domain-config> (listed hosts).
import { defineRule } from '../../server/src/engine/rule';
import type { XmlElement } from '../../server/src/parsing/xml';

/** Hosts that never leave the device or the emulator: cleartext to them is a development convenience. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '10.0.2.2', '10.0.3.2', '::1', '[::1]']);

/** The <domain> names a domain-config (and its nested configs) applies to. */
function domainsOf(config: XmlElement): string[] {
  return config.children.filter((c) => c.name === 'domain').map((d) => d.text.trim().toLowerCase());
}

/** A config file kept for debug builds only (e.g. network_security_config_debug.xml referenced by a placeholder). */
function isDebugFile(path: string): boolean {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return /(^|[_-])debug([_.-]|$)/i.test(base);
}

export default defineRule({
  id: 'nsc-cleartext-permitted',
  meta: {
    title: 'Cleartext HTTP allowed by the network security config',
    description: 'Flags cleartextTrafficPermitted="true" on <base-config> (every host) or on a <domain-config> in a network security config.',
    severity: 'high',
    messages: {
      base: '<base-config> allows cleartext HTTP to every host, so PINs, tokens and payment requests can be read and altered on the network; set cleartextTrafficPermitted="false" and use HTTPS.',
      domain: 'This <domain-config> allows cleartext HTTP to {{domains}}; traffic to these hosts can be read and altered on the network. Set cleartextTrafficPermitted="false" and serve them over HTTPS.',
      local: 'Cleartext HTTP is allowed to local development hosts ({{domains}}); keep this in a debug-only config (src/debug/res/xml) so release builds do not carry it.',
      debugFile: 'This debug network security config allows cleartext HTTP; make sure only debug builds reference it (src/debug or a build-type manifest placeholder), never the release manifest.',
    },
    tags: {
      cwe: [319],
      masvs: ['MASVS-NETWORK-1'],
      owaspMobile2024: ['M5'],
      maswe: ['cleartext-traffic'],
      ituLab: ['T3.1'],
      ituBp: ['CS-1'],
    },
    fix: 'suggestion',
    files: ['network-security-config'],
  },
  on: {
    xmlAttribute(attr, ctx) {
      if (attr.name !== 'cleartextTrafficPermitted' || attr.value?.trim().toLowerCase() !== 'true') return;
      const el = attr.element;
      if (el.name !== 'base-config' && el.name !== 'domain-config') return;
      const fixes = [{ title: 'Set cleartextTrafficPermitted="false"', kind: 'suggestion' as const, edits: [ctx.fix.setAttribute(attr, 'false')] }];
      if (isDebugFile(ctx.file.path)) {
        ctx.report({ at: attr, messageId: 'debugFile', severity: 'low', fixes });
        return;
      }
      if (el.name === 'base-config') {
        ctx.report({ at: attr, messageId: 'base', fixes });
        return;
      }
      const domains = domainsOf(el);
      const list = domains.length > 0 ? domains.join(', ') : 'the listed hosts';
      if (domains.length > 0 && domains.every((d) => LOCAL_HOSTS.has(d))) {
        ctx.report({ at: attr, messageId: 'local', data: { domains: list }, severity: 'low', fixes });
        return;
      }
      ctx.report({ at: attr, messageId: 'domain', data: { domains: list }, severity: 'medium', fixes });
    },
  },
});
