// Hover on a finding: title, why it matters for a payment app (first paragraph of the rule page's
// "Why it matters in DFS"), the standards tags and the fix. Plain markdown from bundled files: no command
// links, no HTML, so it renders with isTrusted off; the documentation link is a file URI (offline).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkupContent } from 'vscode-languageserver';
import { docsUrl, type AnyRule, type StandardsTags } from '../engine/rule';
import type { Finding } from '../engine/types';

export class RuleDocs {
  private readonly cache = new Map<string, string | undefined>();

  constructor(private readonly docsDir: string) {}

  /** The text of a rule page, or undefined when it is not bundled (never throws). */
  page(ruleId: string): string | undefined {
    if (!this.cache.has(ruleId)) {
      let text: string | undefined;
      try {
        text = readFileSync(join(this.docsDir, `${ruleId}.md`), 'utf8');
      } catch {
        text = undefined;
      }
      this.cache.set(ruleId, text);
    }
    return this.cache.get(ruleId);
  }

  /** The first paragraph of a `## <heading>` section. */
  section(ruleId: string, heading: RegExp): string | undefined {
    const page = this.page(ruleId);
    if (!page) return undefined;
    const lines = page.split(/\r?\n/);
    const start = lines.findIndex((l) => /^##\s/.test(l) && heading.test(l));
    if (start < 0) return undefined;
    const para: string[] = [];
    for (const l of lines.slice(start + 1)) {
      if (/^#/.test(l) || l.startsWith('```')) break;
      if (l.trim() === '') {
        if (para.length) break;
        continue;
      }
      para.push(l.trim());
    }
    return para.length ? para.join(' ') : undefined;
  }
}

export function tagsLine(tags: StandardsTags): string {
  const parts = [
    ...tags.cwe.map((c) => `CWE-${c}`),
    ...tags.masvs,
    ...tags.owaspMobile2024.map((m) => `OWASP ${m}:2024`),
    ...tags.maswe.map((m) => `MASWE ${m}`),
    ...[...(tags.ituLab ?? []), ...(tags.ituBp ?? [])].map((i) => `ITU ${i}`),
    ...(tags.figi ?? []).map((f) => `FIGI ${f}`),
  ];
  return parts.join(' · ');
}

export function hoverMarkdown(findings: Finding[], rulesById: Map<string, AnyRule>, docs: RuleDocs, docsBase: string): MarkupContent {
  const blocks = findings.map((f) => {
    const rule = rulesById.get(f.ruleId);
    const out: string[] = [];
    out.push(`**${escape(rule?.meta.title ?? f.ruleId)}** — \`${f.ruleId}\` (${f.severity})`);
    // The message itself is already in VS Code's diagnostic hover, right above this one.
    const why = docs.section(f.ruleId, /why it matters/i) ?? rule?.meta.description;
    if (why) out.push(`**Why it matters for a payment app:** ${why}`);
    if (rule) out.push(`**Standards:** ${tagsLine(rule.meta.tags)}`);
    const quick = f.fixes.map((x) => `${x.title}${x.kind === 'safe' ? ' (safe)' : ' (suggestion: review the change)'}`);
    const how = docs.section(f.ruleId, /how to fix/i);
    if (quick.length) out.push(`**Fix:** ${quick.join('; ')} — in the light-bulb menu.${how ? ` ${how}` : ''}`);
    else if (how) out.push(`**Fix:** ${how}`);
    out.push(`[Rule documentation](${docsUrl(f.ruleId, docsBase)})`);
    return out.join('\n\n');
  });
  return { kind: 'markdown', value: blocks.join('\n\n---\n\n') };
}

/** Rule messages are plain text: keep them from turning into markdown or HTML. */
function escape(s: string): string {
  return s.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
