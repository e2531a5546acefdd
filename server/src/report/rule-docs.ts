// The rule pages (rules/<id>/README.md), read offline: next to the bundle (dist/docs/rules/<id>.md, copied by
// esbuild.mjs) or from the source tree when running unbundled (tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, string | undefined>();

/** The Markdown page of a rule, or undefined when it is not shipped. */
export function ruleDoc(id: string): string | undefined {
  if (cache.has(id)) return cache.get(id);
  let text: string | undefined;
  for (const p of [join(__dirname, 'docs', 'rules', `${id}.md`), join(__dirname, '..', '..', '..', 'rules', id, 'README.md')]) {
    try {
      text = readFileSync(p, 'utf8');
      break;
    } catch {
      // try the next place
    }
  }
  cache.set(id, text);
  return text;
}

/** The body of the first `## …` section whose title matches, without the title. */
export function docSection(markdown: string, title: RegExp): string | undefined {
  const parts = markdown.split(/^## +/m).slice(1);
  const hit = parts.find((p) => title.test(p.split('\n', 1)[0]));
  return hit?.slice(hit.indexOf('\n') + 1).trim() || undefined;
}

/** Markdown reduced to plain text for SARIF `help.text`: no emphasis, links as "text (url)", fences kept. */
export function markdownToText(md: string): string {
  return md
    .replace(/^#+\s*/gm, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^```\w*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
