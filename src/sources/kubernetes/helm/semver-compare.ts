// Sprig's `semverCompare "<constraint>" "<version>"` for the constraints charts write about
// Kubernetes versions: `>=1.19-0`, `<1.22.0-0`, `^1.2`, `~1.20`, `1.x`, ranges joined by spaces
// or commas (and), `||` (or). A pre-release sorts before its release, as in semver.

interface Version {
  nums: [number, number, number];
  pre: string;
}

function parseVersion(text: string): Version | undefined {
  const m = /^v?(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const num = (s: string | undefined) => (s === undefined || /[xX*]/.test(s) ? 0 : Number(s));
  return { nums: [Number(m[1]), num(m[2]), num(m[3])], pre: m[4] ?? '' };
}

function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a.nums[i] !== b.nums[i]) return a.nums[i]! - b.nums[i]!;
  if (a.pre === b.pre) return 0;
  if (!a.pre) return 1;
  if (!b.pre) return -1;
  const pa = a.pre.split('.');
  const pb = b.pre.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Parts given before a wildcard: `1.x` → 1, `1.2` → 2, `1.2.3` → 3. */
function precision(text: string): number {
  const core = text.replace(/^v/, '').split('-')[0]!.split('.');
  const n = core.findIndex((p) => /[xX*]/.test(p));
  return n < 0 ? core.length : n;
}

function satisfies(op: string, target: string, v: Version): boolean {
  const t = parseVersion(target);
  if (!t) throw new Error(`improper constraint: ${op}${target}`);
  const c = compareVersions(v, t);
  const given = precision(target);
  const next = (level: number): Version => {
    const nums: [number, number, number] = [...t.nums];
    nums[level] = nums[level]! + 1;
    for (let i = level + 1; i < 3; i++) nums[i] = 0;
    return { nums, pre: '0' };
  };
  switch (op) {
    case '>':
      return c > 0;
    case '>=':
    case '=>':
      return c >= 0;
    case '<':
      return c < 0;
    case '<=':
    case '=<':
      return c <= 0;
    case '!=':
      return c !== 0;
    case '~':
    case '~>':
      return c >= 0 && compareVersions(v, next(given > 1 ? 1 : 0)) < 0;
    case '^': {
      const level = t.nums[0] > 0 || given === 1 ? 0 : t.nums[1] > 0 || given === 2 ? 1 : 2;
      return c >= 0 && compareVersions(v, next(level)) < 0;
    }
    default:
      // `=`, or a bare version: wildcards match anything in their place.
      if (given < 3) return c >= 0 && compareVersions(v, next(Math.max(0, given - 1))) < 0;
      return c === 0;
  }
}

export function semverCompare(constraint: string, version: string): boolean {
  const v = parseVersion(version);
  if (!v) throw new Error(`invalid semantic version: ${version}`);
  return constraint.split('||').some((alternative) => {
    const parts = alternative.replace(/,/g, ' ').match(/(>=|<=|=>|=<|!=|~>|[<>=~^])?\s*(v?[0-9xX*][^\s]*)/g) ?? [];
    if (!parts.length) throw new Error(`improper constraint: ${constraint}`);
    return parts.every((part) => {
      const m = /^(>=|<=|=>|=<|!=|~>|[<>=~^])?\s*(.*)$/.exec(part.trim())!;
      return satisfies(m[1] ?? '=', m[2]!, v);
    });
  });
}
