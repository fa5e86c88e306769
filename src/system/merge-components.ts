// Decides which raw primary components are one logical component.
//
// The same service shows up once per platform that runs it: a Compose service for local
// development, a Kubernetes Deployment per namespace or overlay, a Terraform resource for the
// managed database behind both. The matching rules, strongest first (each recorded as evidence):
// 1. the same name (slugified) and a compatible role: service and job (code the team runs) match
//    each other; gateways match gateways; data roles match the same role;
// 2. a prefixed or suffixed copy (Kustomize `namePrefix`, a Helm release name) of another
//    component's name, running the same image repository: `dev-orders-api` → `orders-api`;
// 3. a Compose service built from source whose name is the image name a workload runs elsewhere
//    (`cartservice` built from `./src/cartservice`, `…/cartservice:v1` in Kubernetes);
// 4. data components of different names on different platforms when each is the only one of its
//    technology on its platform: Compose's `db` (postgres:16) is the local stand-in for the one
//    PostgreSQL RDS instance. With two PostgreSQL instances on a platform there is no telling which
//    one a copy stands for: nothing is merged and `unknowns` says so.
// A shared image alone never merges two differently named services of one platform: a worker that
// runs the API's image is a component of its own.

import type { Component, Evidence, SystemRole } from '../facts/model.js';
import { imageName, imageRepository, isDataRole } from './component-roles.js';
import { compareText, isGenericName, slugify } from './names.js';

/** One raw primary, classified. */
export interface Candidate {
  component: Component;
  role: SystemRole;
  technology?: string;
  slug: string;
}

/** A set of candidates found to be one logical component. */
export interface MergedGroup {
  members: Candidate[];
  evidence: Evidence[];
}

export function mergeCandidates(candidates: Candidate[], unknowns: string[]): MergedGroup[] {
  // Each candidate's group, kept in a map so joining stays linear on systems of thousands of objects.
  const groups = new Set<MergedGroup>();
  const owner = new Map<Candidate, MergedGroup>();
  for (const c of candidates) {
    const g: MergedGroup = { members: [c], evidence: [] };
    groups.add(g);
    owner.set(c, g);
  }
  const join = (a: MergedGroup, b: MergedGroup, rule: string, facts: string[]) => {
    if (a === b) return;
    for (const m of b.members) owner.set(m, a);
    a.members.push(...b.members);
    a.evidence.push(...b.evidence, { facts, rule });
    groups.delete(b);
  };
  const groupOf = (c: Candidate) => owner.get(c)!;

  // 1. Same name, compatible role.
  const bySlug = new Map<string, Candidate[]>();
  for (const c of candidates) bySlug.set(c.slug, [...(bySlug.get(c.slug) ?? []), c]);
  for (const same of bySlug.values()) {
    for (const a of same) {
      for (const b of same) {
        if (a === b || !compatibleRoles(a.role, b.role) || !sameNameMeansSame(a, b)) continue;
        const ga = groupOf(a);
        const gb = groupOf(b);
        if (ga !== gb) join(ga, gb, `same name \`${a.slug}\``, [a.component.id, b.component.id]);
      }
    }
  }

  // 1b. One manifest document deployed by several overlays: `prod-eu-api` and `staging-api` both
  // cite `base/api.yaml:1`. The base is the logical object, however each overlay renames it.
  const bySource = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const { environment, kind, source } = c.component;
    if (!environment || c.component.platform !== 'kubernetes') continue;
    const key = `${kind}\u0000${source.file}\u0000${source.line}`;
    bySource.set(key, [...(bySource.get(key) ?? []), c]);
  }
  for (const same of bySource.values()) {
    // A chart's `range` renders several objects from one template line in one environment: those
    // are different objects, so only copies from different environments count.
    if (new Set(same.map((c) => c.component.environment)).size !== same.length) continue;
    for (const other of same.slice(1)) {
      const a = same[0]!;
      join(
        groupOf(a),
        groupOf(other),
        `the same manifest \`${a.component.source.file}:${a.component.source.line}\`, built by each overlay`,
        [a.component.id, other.component.id],
      );
    }
  }

  // 2. Prefixed or suffixed copies running the same image repository.
  const byRepo = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const repo = imageRepository(c.component.image);
    if (repo) byRepo.set(repo, [...(byRepo.get(repo) ?? []), c]);
  }
  // An overlay's `images: newName` may move the copy to a mirror registry (`mirror.acme.io/shop/checkout`
  // for `ghcr.io/acme/checkout`): the same image name then still says it is the same service.
  const byName = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const name = imageName(c.component.image);
    if (name) byName.set(name, [...(byName.get(name) ?? []), c]);
  }
  // Two services of one deployment unit (one Compose project, one namespace of one environment)
  // are two services however alike their names: `generic-metrics-consumer` is no copy of `metrics-consumer`.
  const sameUnit = (a: Candidate, b: Candidate) =>
    a.component.platform === b.component.platform &&
    a.component.environment === b.component.environment &&
    a.component.namespace === b.component.namespace;
  const copyOf = (copy: Candidate, pool: Candidate[]) =>
    pool.find(
      (b) =>
        b !== copy &&
        !sameUnit(b, copy) &&
        b.slug.length < copy.slug.length &&
        (copy.slug.endsWith(`-${b.slug}`) || copy.slug.startsWith(`${b.slug}-`)) &&
        compatibleRoles(b.role, copy.role),
    );
  for (const copy of candidates) {
    const repo = imageRepository(copy.component.image);
    if (!repo) continue;
    const sameRepo = copyOf(copy, byRepo.get(repo)!);
    const name = imageName(copy.component.image);
    const base = sameRepo ?? (name ? copyOf(copy, byName.get(name) ?? []) : undefined);
    if (!base) continue;
    const same = sameRepo ? `same image \`${repo}\`` : `same image name \`${name}\``;
    join(
      groupOf(base),
      groupOf(copy),
      `\`${copy.component.name}\` is a prefixed copy of \`${base.component.name}\` (${same})`,
      [base.component.id, copy.component.id],
    );
  }

  // 3. A Compose service built from source, named like the image another platform runs.
  const byImageName = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const name = imageName(c.component.image);
    if (name) byImageName.set(name, [...(byImageName.get(name) ?? []), c]);
  }
  for (const built of candidates) {
    if (built.component.platform !== 'compose' || built.component.image !== undefined) continue;
    if (groupOf(built).members.length > 1) continue;
    const runs = (byImageName.get(built.slug) ?? []).filter((o) => o.component.platform !== 'compose');
    if (runs.length === 0) continue;
    for (const other of runs) {
      join(
        groupOf(other),
        groupOf(built),
        `Compose builds \`${built.component.name}\` from source; ` +
          `\`${other.component.name}\` runs image \`${other.component.image}\``,
        [other.component.id, built.component.id],
      );
    }
  }

  // 4. The only data component of a technology on each platform.
  const byTechnology = new Map<string, MergedGroup[]>();
  for (const g of groups) {
    const first = g.members[0]!;
    if (!isDataRole(first.role) || !first.technology) continue;
    const key = `${first.role}\u0000${first.technology}`;
    byTechnology.set(key, [...(byTechnology.get(key) ?? []), g]);
  }
  for (const [key, list] of [...byTechnology.entries()].sort(([a], [b]) => compareText(a, b))) {
    if (list.length < 2) continue;
    const technology = key.split('\u0000')[1]!;
    const perPlatform = new Map<string, MergedGroup[]>();
    for (const g of list) {
      for (const platform of new Set(g.members.map((m) => m.component.platform))) {
        perPlatform.set(platform, [...(perPlatform.get(platform) ?? []), g]);
      }
    }
    if (perPlatform.size < 2) continue;
    const crowded = [...perPlatform.entries()].filter(([, gs]) => gs.length > 1);
    if (crowded.length > 0) {
      const names = list.map((g) => `\`${displayName(g.members)}\``).join(', ');
      const where = crowded.map(([p, gs]) => `${gs.length} on ${p}`).join(', ');
      unknowns.push(
        `${technology}: ${names} are not merged — with ${where}, the sources do not show which one ` +
          'the copies on other platforms stand for.',
      );
      continue;
    }
    const [keep, ...rest] = list;
    for (const g of rest) {
      join(
        keep!,
        g,
        `the only ${technology} ${keep!.members[0]!.role} on each platform ` +
          `(${[...perPlatform.keys()].sort().join(', ')})`,
        [...keep!.members, ...g.members].map((m) => m.component.id),
      );
    }
  }
  return [...groups];
}

/**
 * Terraform names are unique per resource type, so two Terraform resources of one name are two
 * things (`aws_sqs_queue.orders`, `aws_sns_topic.orders`), and `main` names nothing at all. Two data
 * components of one name are one only if they are the same technology.
 */
function sameNameMeansSame(a: Candidate, b: Candidate): boolean {
  const tf = (c: Candidate) => c.component.platform === 'terraform';
  if (tf(a) && tf(b)) return false;
  // Logical ids are scoped by their stack: `OrdersTable` in two templates is two tables.
  const cfn = (c: Candidate) => c.component.platform === 'cloudformation';
  if (cfn(a) && cfn(b)) return false;
  if ((tf(a) && isGenericName(a.component.name)) || (tf(b) && isGenericName(b.component.name))) return false;
  if (isDataRole(a.role) && a.technology && b.technology && a.technology !== b.technology) return false;
  return true;
}

/** Code the team runs matches code the team runs; data roles and gateways only their own role. */
function compatibleRoles(a: SystemRole, b: SystemRole): boolean {
  const running = (r: SystemRole) => r === 'service' || r === 'job';
  return a === b || (running(a) && running(b));
}

/**
 * The name a merged component is shown by: the name other components connect to (Kubernetes and
 * Compose names are DNS names), the shortest of a prefixed family, and a Terraform name only when
 * it says something (`main` does not).
 */
export function displayName(members: Candidate[]): string {
  // A prefixed copy (`dev-billing`) is named after what it copies (`billing`), whatever platform has it.
  const isCopy = (c: Candidate) =>
    members.some(
      (o) =>
        o !== c && o.slug.length < c.slug.length && (c.slug.endsWith(`-${o.slug}`) || c.slug.startsWith(`${o.slug}-`)),
    );
  const rank = (c: Candidate) => {
    const generic = c.component.platform === 'terraform' && isGenericName(c.component.name);
    const platform = c.component.platform === 'kubernetes' ? 0 : c.component.platform === 'compose' ? 1 : 2;
    return [generic ? 1 : 0, isCopy(c) ? 1 : 0, platform, c.slug.length];
  };
  const sorted = [...members].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]! || ra[3]! - rb[3]! || compareText(a.slug, b.slug);
  });
  const best = sorted[0]!;
  // Every member a renamed copy (`prod-eu-api`, `staging-api`: overlays of a base not deployed as
  // it is): the part of the name they share is the base's name.
  if (members.length > 1 && members.every((m) => m.component.environment)) {
    const shared = sharedNamePart(members.map((m) => m.component.name));
    if (shared && !members.some((m) => m.component.name === shared)) return shared;
  }
  if (best.component.platform === 'terraform') {
    const literal =
      best.component.settings?.name ?? best.component.settings?.identifier ?? best.component.settings?.bucket;
    if (isGenericName(best.component.name) && literal) return literal;
    if (isGenericName(best.component.name)) return `${best.technology ?? best.component.kind} ${best.role}`;
    return best.component.name;
  }
  return best.component.name;
}

/** The longest run of whole `-` segments at the end (or else the start) of every name. */
function sharedNamePart(names: string[]): string | undefined {
  const split = names.map((n) => n.split('-'));
  const common = (pick: (parts: string[], i: number) => string | undefined) => {
    const out: string[] = [];
    for (let i = 0; ; i++) {
      const part = pick(split[0]!, i);
      if (part === undefined || !split.every((p) => pick(p, i) === part)) break;
      out.push(part);
    }
    return out;
  };
  const suffix = common((p, i) => p[p.length - 1 - i]).reverse();
  if (suffix.length) return suffix.join('-');
  const prefix = common((p, i) => p[i]);
  return prefix.length ? prefix.join('-') : undefined;
}

export { slugify };
