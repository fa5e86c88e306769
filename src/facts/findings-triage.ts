import { isFactRule } from './fact-rules.js';
import type { FactModel, Finding } from './model.js';

// Not every finding is a risk to act on today. A rule about the schema, API or deployment as they
// are now (an unindexed foreign key, a public write endpoint, a single replica) is. A rule about a
// migration statement (a dropped column, a blocking index build) is a risk while the statement is
// under review; once it has run it is history: listing every column dropped years ago as a high
// risk buries what matters. The triage sorts findings into those piles against the base of the
// change under review: the facts of the previous run, which the state file committed next to the
// docs holds (a pull request's check run reads the base's state; a push to the default branch
// reads the state the last run left).

/** The findings of one run, each in exactly one pile. */
export interface FindingsTriage {
  /**
   * Not present at the base: what the change under review brings, of any rule. Empty without a
   * base: a first run reviews no change, it documents what is there.
   */
  introduced: Finding[];
  /** Rules about the design as it is now, already present at the base (or with no base at all). */
  design: Finding[];
  /**
   * On migration statements that were applied before the base (they are in the base, or in a
   * migration file the change did not touch): history, counted and not listed as risks.
   */
  history: Finding[];
  /** Present at the base and gone now: what the change fixed (or removed). */
  resolved: Finding[];
}

const SEVERITY_ORDER: Record<Finding['severity'], number> = { high: 0, medium: 1, low: 2 };

/** Most severe first, then by rule, then by where: the order every list of findings uses. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.rule.localeCompare(b.rule) ||
    a.source.file.localeCompare(b.source.file) ||
    a.source.line - b.source.line ||
    a.id.localeCompare(b.id)
  );
}

/**
 * A finding about one migration statement, as opposed to the design: a rule the fact model does
 * not compute, on a file the replay read as a migration. (A table's design rules point at the
 * migration that created it too, which is why the file alone does not tell.)
 */
export function isStatementFinding(f: Finding, migrationFiles: ReadonlySet<string>): boolean {
  return !isFactRule(f.rule) && migrationFiles.has(f.source.file);
}

/**
 * A finding's identity across runs. Never the line (or the id, which holds the line): an edit
 * above a statement or a table moves it without changing what it is. The key is the rule plus the
 * sorted fact ids, plus the file for migration statements (the same rule on the same table in two
 * migrations is two statements) and for findings that name no fact (a dropped table). A design
 * finding with fact ids leaves the file out: fact ids are unique in the repository, while the
 * file a design fact points at can change without the design changing (a manifest moved to
 * another folder, a table recreated by a later migration).
 */
export function findingKey(f: Finding, statement: boolean): string {
  const facts = [...f.factIds].sort().join(',');
  return statement || facts === '' ? `${f.rule} ${facts} @${f.source.file}` : `${f.rule} ${facts}`;
}

/**
 * Sorts the findings of `facts` against `base`. Findings sharing a key (two columns dropped from
 * one table in one migration) are matched one to one, those with the same message first, so a
 * third drop added to that migration is the one introduced.
 */
export function triageFindings(facts: FactModel, base?: FactModel): FindingsTriage {
  const now = migrationFileSet(facts);
  const statement = (f: Finding) => isStatementFinding(f, now);
  if (!base) {
    const sorted = [...facts.findings].sort(compareFindings);
    return {
      introduced: [],
      design: sorted.filter((f) => !statement(f)),
      history: sorted.filter(statement),
      resolved: [],
    };
  }
  const then = migrationFileSet(base);
  const { unmatched, leftOver } = matchByKey(
    facts.findings,
    base.findings,
    (f) => findingKey(f, statement(f)),
    (f) => findingKey(f, isStatementFinding(f, then)),
  );
  const unchanged = unchangedMigrationFiles(facts, base);
  const introduced: Finding[] = [];
  const design: Finding[] = [];
  const history: Finding[] = [];
  for (const f of facts.findings) {
    const isStatement = statement(f);
    // A new rule (a newer Architect Docs) firing on a migration the change did not touch is not the
    // change's doing: that statement ran before the base, so it is history like the rest.
    if (unmatched.has(f) && !(isStatement && unchanged.has(f.source.file))) introduced.push(f);
    else (isStatement ? history : design).push(f);
  }
  return {
    introduced: introduced.sort(compareFindings),
    design: design.sort(compareFindings),
    history: history.sort(compareFindings),
    resolved: leftOver.sort(compareFindings),
  };
}

function migrationFileSet(facts: FactModel): Set<string> {
  return new Set(facts.schema.migrations.map((m) => m.file));
}

/** Migration files of the base whose content is the same now. */
function unchangedMigrationFiles(facts: FactModel, base: FactModel): Set<string> {
  const hashNow = new Map(facts.inputs.map((i) => [i.file, i.sha256]));
  const baseHash = new Map(base.inputs.map((i) => [i.file, i.sha256]));
  const out = new Set<string>();
  for (const m of base.schema.migrations) {
    const h = baseHash.get(m.file);
    if (h !== undefined && hashNow.get(m.file) === h) out.add(m.file);
  }
  return out;
}

/** One-to-one matching by key: the findings of `now` without a partner, and the base's left over. */
function matchByKey(
  now: Finding[],
  before: Finding[],
  keyNow: (f: Finding) => string,
  keyBefore: (f: Finding) => string,
): { unmatched: Set<Finding>; leftOver: Finding[] } {
  const pool = new Map<string, Finding[]>();
  for (const f of before) {
    const k = keyBefore(f);
    pool.set(k, [...(pool.get(k) ?? []), f]);
  }
  const take = (f: Finding, pick: (candidates: Finding[]) => number): boolean => {
    const candidates = pool.get(keyNow(f));
    const at = candidates ? pick(candidates) : -1;
    if (at < 0) return false;
    candidates!.splice(at, 1);
    return true;
  };
  const rest = now.filter((f) => !take(f, (c) => c.findIndex((b) => b.message === f.message)));
  const unmatched = new Set(rest.filter((f) => !take(f, (c) => (c.length > 0 ? 0 : -1))));
  return { unmatched, leftOver: [...pool.values()].flat() };
}

/** Findings of one rule: a row of a summary table. */
export interface RuleGroup {
  rule: string;
  /** The most severe of its findings. */
  severity: Finding['severity'];
  findings: Finding[];
}

/** Findings grouped by rule: most severe first, then most frequent, then by name. */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of [...findings].sort(compareFindings)) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule.entries()]
    .map(([rule, list]) => ({ rule, severity: list[0]!.severity, findings: list }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        b.findings.length - a.findings.length ||
        a.rule.localeCompare(b.rule),
    );
}
