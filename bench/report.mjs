// The machine-readable side of a benchmark: what `--json FILE` writes, for bench/run-all.mjs to
// collect into one table. Each bench keeps its human output and, when asked, also writes
//   { name, figures: [{ what, value, unit, baseline, target, pass, note? }] }
// value: a number in `unit` ('ratio' | 'MB' | 's' | 'KB' | '%'), or null when no baseline ran;
// baseline: what a ratio is taken against (measured in the same run), or null for absolute figures;
// target: the claim as text ('≤ 4×'), or null; pass: whether the value meets it, null without a target
// or a value.
//   import { reportOptions, writeReport, atMost } from './report.mjs';
//   parseArgs({ options: { ...reportOptions, … } }); writeReport(args.json, 'noop-run', figures);
import { writeFileSync } from 'node:fs';

/** The two options every bench takes: where to write the report, and a shorter run for run-all. */
export const reportOptions = {
  json: { type: 'string' },
  quick: { type: 'boolean', default: false },
};

const UNITS = new Set(['ratio', 'MB', 's', 'KB', '%']);
const SYMBOL = { ratio: '×', MB: ' MB', s: ' s', KB: ' KB', '%': '%' };

/** `value ≤ max` as a figure's target and verdict (no verdict without a value). */
export function atMost(value, max, unit = 'ratio') {
  return { target: `≤ ${max}${SYMBOL[unit]}`, pass: value === null || value === undefined ? null : value <= max };
}

/** A figure with its fields in order and checked, so a typo in a bench fails loudly, not in the table. */
export function figure({ what, value, unit, baseline = null, target = null, pass = null, note }) {
  if (!what) throw new Error('a figure needs `what`');
  if (!UNITS.has(unit)) throw new Error(`figure "${what}": unit must be one of ${[...UNITS].join(', ')}`);
  if (value !== null && !Number.isFinite(value)) throw new Error(`figure "${what}": value ${value} is no number`);
  return { what, value, unit, baseline, target, pass, ...(note ? { note } : {}) };
}

/** A figure whose baseline could not run (its tool is missing): no value, said why. */
export function noBaseline(what, unit, baseline, target, why) {
  return figure({ what, value: null, unit, baseline, target, pass: null, note: `no baseline ran: ${why}` });
}

/** Writes the report when `file` is set (the bench was given `--json FILE`); a no-op otherwise. */
export function writeReport(file, name, figures) {
  if (!file) return;
  writeFileSync(file, `${JSON.stringify({ name, figures: figures.map(figure) }, null, 2)}\n`);
}
