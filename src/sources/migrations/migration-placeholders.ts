// Placeholders in migration files: Go templates (`{{ .Namespace }}`, `{{ index .Options "Namespace" }}`,
// `{{ identifier .Parameters.tableName }}`) and Flyway / Liquibase (`${schema}`, `${flyway:defaultSchema}`).
// Replayed as written they fail, and a set that creates its tables through them yields no tables
// at all. Each is replaced by the value the config file gives (`sources.migration-placeholders`),
// else by a documented default, and the run says which defaults it used:
//   - a placeholder that qualifies a name (`${schema}.orders`) → `public`;
//   - Flyway's built-ins: `flyway:defaultSchema` → `public`, `flyway:user` / `flyway:database` →
//     `postgres`, `flyway:timestamp` → a fixed timestamp, `flyway:filename` → the file's name;
//   - one named like a schema (`schema`, `namespace` …) → `public`;
//   - any other → its own name in lower case (`{{ .Prefix }}` → `prefix`), a valid identifier.
// Go template actions that produce no text (`{{ if … }}`, `{{ end }}`, `{{/* … */}}`) are removed.

import type { Diagnostic } from '../../facts/model.js';
import type { MigrationSet } from './migration-layout.js';

// An action holds no brace: `{{` in plain SQL (Zabbix's `'…[{{#NAME}/{#SOURCE}]'` macros in string literals)
// must not run on to the next `}}`, which may be thousands of lines on, swallowing the statements between.
const GO_TEMPLATE = /\{\{-?\s*([^{}]*?)\s*-?\}\}/g;
const DOLLAR_PLACEHOLDER = /\$\{([A-Za-z_][\w.:-]*)\}/g;
const CONTROL_ACTION = /^(?:(?:if|else|end|range|with|define|block|template)\b|\/\*)/;

export interface Substitution {
  text: string;
  /** Placeholders that got a default, with the value used. */
  defaults: Map<string, string>;
  /** Placeholders that got the configured value. */
  configured: Set<string>;
}

export function substitutePlaceholders(
  text: string,
  file: string,
  values: Readonly<Record<string, string>>,
): Substitution {
  const defaults = new Map<string, string>();
  const configured = new Set<string>();
  if (!text.includes('{{') && !text.includes('${')) return { text, defaults, configured };
  const lower = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
  const placeholderValue = (name: string, qualifier: boolean): string => {
    const given = values[name] ?? lower.get(name.toLowerCase());
    if (given !== undefined) {
      configured.add(name);
      return given;
    }
    const value = defaultValue(name, qualifier, file);
    defaults.set(name, value);
    return value;
  };
  const isQualifier = (after: string) => /^"?\s*\./.test(after);
  let out = text.replace(GO_TEMPLATE, (whole, action: string, at: number, all: string) => {
    if (CONTROL_ACTION.test(action.trim())) return '';
    const name = templateName(action);
    return name === undefined ? whole : placeholderValue(name, isQualifier(all.slice(at + whole.length)));
  });
  out = out.replace(DOLLAR_PLACEHOLDER, (_whole, name: string, at: number, all: string) =>
    placeholderValue(name, isQualifier(all.slice(at + _whole.length))),
  );
  return { text: out, defaults, configured };
}

/** The name a Go template action reads: the last quoted key, else the last `.Field`. */
function templateName(action: string): string | undefined {
  const quoted = [...action.matchAll(/"([^"]+)"/g)].pop()?.[1];
  if (quoted) return quoted;
  return [...action.matchAll(/\.([A-Za-z_]\w*)/g)].pop()?.[1];
}

function defaultValue(name: string, qualifier: boolean, file: string): string {
  const builtIn: Record<string, string> = {
    'flyway:defaultschema': 'public',
    'flyway:user': 'postgres',
    'flyway:database': 'postgres',
    'flyway:timestamp': '2000-01-01 00:00:00',
    'flyway:filename': file.split('/').pop() ?? file,
    'flyway:workingdirectory': '.',
    'flyway:table': 'flyway_schema_history',
  };
  const known = builtIn[name.toLowerCase()];
  if (known !== undefined) return known;
  if (qualifier || /^(schema|schemaname|namespace|defaultschema)$/i.test(name)) return 'public';
  return name.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase();
}

/**
 * The set's texts with their placeholders replaced (see migration-placeholders.ts), and one notice
 * naming the defaults used, so a schema read through defaults never passes silently.
 */
export function withPlaceholders(
  set: MigrationSet,
  texts: Map<string, string>,
  values: Readonly<Record<string, string>>,
  diagnostics: Diagnostic[],
): Map<string, string> {
  const out = new Map(texts);
  const defaults = new Map<string, string>();
  for (const mf of set.files) {
    const r = substitutePlaceholders(texts.get(mf.file) ?? '', mf.file, values);
    out.set(mf.file, r.text);
    for (const [k, v] of r.defaults) defaults.set(k, v);
  }
  if (defaults.size > 0) {
    const shown = [...defaults].map(([k, v]) => `${k} → ${v}`).join(', ');
    diagnostics.push({
      severity: 'notice',
      stage: 'migrations',
      file: set.dir,
      message:
        `placeholders replayed with default values: ${shown}; ` +
        'give the real values under sources.migration-placeholders in the config file',
    });
  }
  return out;
}
