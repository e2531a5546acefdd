// Editor settings: schema and defaults, the single source of truth. scripts/gen-package-config.mjs writes
// package.json contributes.configuration from SETTINGS, and test/config.test.ts keeps them in step.
import type { Severity } from './engine/types';

export type EditorSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface Settings {
  run: 'onType' | 'onSave' | 'off';
  minimumSeverity: Severity;
  severityMapping: Record<Severity, EditorSeverity>;
  maxFileSizeKb: number;
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  run: 'onType',
  minimumSeverity: 'low',
  // Security findings in code that compiles are warnings, not errors, unless a team opts in.
  severityMapping: { critical: 'warning', high: 'warning', medium: 'warning', low: 'information', info: 'information' },
  maxFileSizeKb: 1024,
  debounceMs: 250,
};

interface SettingSchema {
  key: keyof Settings;
  schema: Record<string, unknown>;
}

const SEVERITY_ENUM = ['critical', 'high', 'medium', 'low', 'info'];
const EDITOR_ENUM = ['error', 'warning', 'information', 'hint'];

/** JSON schema of each setting, in display order. Descriptions are for the settings UI. */
export const SETTINGS: SettingSchema[] = [
  {
    key: 'run',
    schema: {
      type: 'string',
      enum: ['onType', 'onSave', 'off'],
      enumDescriptions: ['Analyse as you type (debounced).', 'Analyse when a file is opened or saved.', 'Do not analyse open files.'],
      scope: 'resource',
      markdownDescription: 'When DFS Guard analyses open files.',
    },
  },
  {
    key: 'minimumSeverity',
    schema: {
      type: 'string',
      enum: SEVERITY_ENUM,
      scope: 'resource',
      markdownDescription: 'Hide findings below this rule severity (`critical` > `high` > `medium` > `low` > `info`).',
    },
  },
  {
    key: 'severityMapping',
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
    schema: {
      type: 'number',
      minimum: 1,
      scope: 'resource',
      markdownDescription: 'Files larger than this (in KB) are not analysed; a 200 KB file already costs about 4 MB of syntax tree.',
    },
  },
  {
    key: 'debounceMs',
    schema: {
      type: 'number',
      minimum: 0,
      maximum: 5000,
      scope: 'resource',
      markdownDescription: 'Delay after the last keystroke before diagnostics are refreshed (limits churn; analysis itself takes a few milliseconds).',
    },
  },
];

/** Merges user settings over the defaults, ignoring values of the wrong type. */
export function resolveSettings(raw: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, severityMapping: { ...DEFAULT_SETTINGS.severityMapping } };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (r.run === 'onType' || r.run === 'onSave' || r.run === 'off') s.run = r.run;
  if (typeof r.minimumSeverity === 'string' && SEVERITY_ENUM.includes(r.minimumSeverity)) s.minimumSeverity = r.minimumSeverity as Severity;
  if (r.severityMapping && typeof r.severityMapping === 'object') {
    for (const [k, v] of Object.entries(r.severityMapping as Record<string, unknown>)) {
      if (SEVERITY_ENUM.includes(k) && typeof v === 'string' && EDITOR_ENUM.includes(v)) s.severityMapping[k as Severity] = v as EditorSeverity;
    }
  }
  if (typeof r.maxFileSizeKb === 'number' && r.maxFileSizeKb > 0) s.maxFileSizeKb = r.maxFileSizeKb;
  if (typeof r.debounceMs === 'number' && r.debounceMs >= 0) s.debounceMs = Math.min(r.debounceMs, 5000);
  return s;
}

/** The `contributes.configuration` block for package.json. */
export function packageConfiguration(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  SETTINGS.forEach(({ key, schema }, order) => {
    properties[`dfsGuard.${key}`] = { ...schema, default: DEFAULT_SETTINGS[key], order };
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
