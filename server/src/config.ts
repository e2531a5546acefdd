// Editor settings: schema and defaults, the single source of truth. scripts/gen-package-config.ts writes
// package.json contributes.configuration (and the restricted settings of capabilities.untrustedWorkspaces)
// from SETTINGS, and test/config.test.ts keeps them in step.
import type { Severity } from './engine/types';

export type EditorSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface Settings {
  run: 'onType' | 'onSave' | 'off';
  minimumSeverity: Severity;
  severityMapping: Record<Severity, EditorSeverity>;
  maxFileSizeKb: number;
  debounceMs: number;
  /** Offer "Suppress <rule> on this line" in the light-bulb menu. */
  suppressAction: boolean;
  /** Offer "Show documentation for <rule>" in the light-bulb menu. */
  documentationAction: boolean;
  /** Findings recorded in the baseline file: hidden, or shown dimmed (as hints). */
  baselineDisplay: 'hide' | 'dim';
}

export const DEFAULT_SETTINGS: Settings = {
  run: 'onType',
  minimumSeverity: 'low',
  // Security findings in code that compiles are warnings, not errors, unless a team opts in.
  severityMapping: { critical: 'warning', high: 'warning', medium: 'warning', low: 'information', info: 'information' },
  maxFileSizeKb: 1024,
  debounceMs: 250,
  suppressAction: true,
  documentationAction: true,
  baselineDisplay: 'hide',
};

interface SettingSchema {
  key: keyof Settings;
  /** The setting's name under `dfsGuard.` (dotted names nest in the settings JSON). */
  name: string;
  schema: Record<string, unknown>;
  /**
   * Ignored at workspace level in Restricted Mode: an untrusted repository must not be able to hide
   * findings from its reader (switch analysis off, raise the threshold, down-level severities, exhaust memory).
   */
  restricted?: boolean;
}

const SEVERITY_ENUM = ['critical', 'high', 'medium', 'low', 'info'];
const EDITOR_ENUM = ['error', 'warning', 'information', 'hint'];

/** JSON schema of each setting, in display order. Descriptions are for the settings UI. */
export const SETTINGS: SettingSchema[] = [
  {
    key: 'run',
    name: 'run',
    restricted: true,
    schema: {
      type: 'string',
      enum: ['onType', 'onSave', 'off'],
      enumDescriptions: ['Analyse as you type (debounced).', 'Analyse when a file is opened or saved.', 'Do not analyse open files.'],
      scope: 'resource',
      markdownDescription: 'When DFS Guard analyses open files. Changes apply at once, without a reload.',
    },
  },
  {
    key: 'minimumSeverity',
    name: 'minimumSeverity',
    restricted: true,
    schema: {
      type: 'string',
      enum: SEVERITY_ENUM,
      enumDescriptions: ['Only critical findings.', 'High and above.', 'Medium and above.', 'Low and above (default).', 'Everything, including best-practice hints.'],
      scope: 'resource',
      markdownDescription: 'Hide findings below this rule severity (`critical` > `high` > `medium` > `low` > `info`).',
    },
  },
  {
    key: 'severityMapping',
    name: 'severityMapping',
    restricted: true,
    schema: {
      type: 'object',
      scope: 'resource',
      markdownDescription: 'How rule severities map to editor severities. Hints do not appear in the Problems panel.',
      properties: Object.fromEntries(SEVERITY_ENUM.map((s) => [s, { type: 'string', enum: EDITOR_ENUM }])),
      additionalProperties: false,
    },
  },
  {
    key: 'maxFileSizeKb',
    name: 'maxFileSizeKb',
    restricted: true,
    schema: {
      type: 'number',
      minimum: 1,
      scope: 'resource',
      markdownDescription: 'Files larger than this (in KB) are not analysed; a 200 KB file already costs about 4 MB of syntax tree.',
    },
  },
  {
    key: 'debounceMs',
    name: 'debounceMs',
    schema: {
      type: 'number',
      minimum: 0,
      maximum: 5000,
      scope: 'resource',
      markdownDescription: 'Delay after the last keystroke before diagnostics are refreshed (limits churn; analysis itself takes a few milliseconds).',
    },
  },
  {
    key: 'suppressAction',
    name: 'codeAction.suppress',
    schema: {
      type: 'boolean',
      scope: 'resource',
      markdownDescription:
        'Offer **Suppress `<rule>` on this line** in the light-bulb menu. It inserts `// dfs-guard-ignore[rule-id]: reason` (`<!-- … -->` in XML) with a reason to fill in; never preferred, never applied on save.',
    },
  },
  {
    key: 'documentationAction',
    name: 'codeAction.showDocumentation',
    schema: {
      type: 'boolean',
      scope: 'resource',
      markdownDescription: 'Offer **Show documentation for `<rule>`** in the light-bulb menu (opens the bundled rule page, offline).',
    },
  },
  {
    key: 'baselineDisplay',
    name: 'baseline.display',
    restricted: true,
    schema: {
      type: 'string',
      enum: ['hide', 'dim'],
      enumDescriptions: ['Hide findings recorded in the baseline file.', 'Show them as dimmed hints (not in the Problems panel).'],
      scope: 'resource',
      markdownDescription: 'How findings recorded in the project baseline (see *DFS Guard: Create Baseline*) are shown.',
    },
  },
];

/** Settings that Restricted Mode ignores at workspace level (capabilities.untrustedWorkspaces). */
export function restrictedConfigurations(): string[] {
  return SETTINGS.filter((s) => s.restricted).map((s) => `dfsGuard.${s.name}`);
}

/** Reads a setting given flat (`{"a.b": 1}`) or nested (`{a: {b: 1}}`), as clients send either. */
function lookup(r: Record<string, unknown>, name: string): unknown {
  if (name in r) return r[name];
  let cur: unknown = r;
  for (const part of name.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Merges user settings over the defaults, ignoring values of the wrong type. */
export function resolveSettings(raw: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, severityMapping: { ...DEFAULT_SETTINGS.severityMapping } };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  const get = (key: keyof Settings) => lookup(r, SETTINGS.find((x) => x.key === key)!.name);
  const run = get('run');
  if (run === 'onType' || run === 'onSave' || run === 'off') s.run = run;
  const min = get('minimumSeverity');
  if (typeof min === 'string' && SEVERITY_ENUM.includes(min)) s.minimumSeverity = min as Severity;
  const mapping = get('severityMapping');
  if (mapping && typeof mapping === 'object') {
    for (const [k, v] of Object.entries(mapping as Record<string, unknown>)) {
      if (SEVERITY_ENUM.includes(k) && typeof v === 'string' && EDITOR_ENUM.includes(v)) s.severityMapping[k as Severity] = v as EditorSeverity;
    }
  }
  const max = get('maxFileSizeKb');
  if (typeof max === 'number' && max > 0) s.maxFileSizeKb = max;
  const debounce = get('debounceMs');
  if (typeof debounce === 'number' && debounce >= 0) s.debounceMs = Math.min(debounce, 5000);
  const sup = get('suppressAction');
  if (typeof sup === 'boolean') s.suppressAction = sup;
  const docs = get('documentationAction');
  if (typeof docs === 'boolean') s.documentationAction = docs;
  const baseline = get('baselineDisplay');
  if (baseline === 'hide' || baseline === 'dim') s.baselineDisplay = baseline;
  return s;
}

/** The `contributes.configuration` block for package.json. */
export function packageConfiguration(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  SETTINGS.forEach(({ key, name, schema }, order) => {
    properties[`dfsGuard.${name}`] = { ...schema, default: DEFAULT_SETTINGS[key], order };
  });
  properties['dfsGuard.trace.server'] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    markdownDescription: 'Traces the communication between VS Code and the DFS Guard language server (Output panel).',
    order: SETTINGS.length,
  };
  return { title: 'DFS Guard', properties };
}
