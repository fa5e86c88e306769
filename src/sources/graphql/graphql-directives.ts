import type { ConstDirectiveNode } from 'graphql';
import type { CollectedSchema } from './collect-types.js';

// What the directives of a schema say about its API: deprecations, who may call a field, and
// whether it is an Apollo federation subgraph.

export function isDeprecated(directives: readonly ConstDirectiveNode[] | undefined): boolean {
  return (directives ?? []).some((d) => d.name.value === 'deprecated');
}

/**
 * Directives that guard a field: Apollo's `@authenticated`/`@requiresScopes`/`@policy`, the common
 * `@auth`/`@hasRole`/`@hasScope`, AWS AppSync's `@aws_iam`/`@aws_cognito_user_pools`. `@skipAuth`
 * (RedwoodJS) and the like say the opposite and are left out.
 */
const AUTH_NAMES = new Set([
  'policy',
  'requiresScopes',
  'hasRole',
  'hasRoles',
  'hasScope',
  'hasScopes',
  'hasPermission',
  'hasPermissions',
  'secured',
  'requireRole',
  'requiresRole',
]);
const AUTH_WORD = /auth/i;
const NOT_AUTH = /^(skip|no|without|public|optional)/i;

export function authDirectiveNames(directives: readonly ConstDirectiveNode[]): string[] {
  return directives
    .map((d) => d.name.value)
    .filter((name) => AUTH_NAMES.has(name) || name.startsWith('aws_') || (AUTH_WORD.test(name) && !NOT_AUTH.test(name)))
    .map((name) => `@${name}`);
}

/** `@key` on an entity, or `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3")`. */
export function isFederated(schema: CollectedSchema): boolean {
  const links = schema.schemaDirectives.filter((d) => d.name.value === 'link');
  const linksFederation = links.some((d) =>
    (d.arguments ?? []).some(
      (a) => a.name.value === 'url' && a.value.kind === 'StringValue' && /federation/i.test(a.value.value),
    ),
  );
  if (linksFederation) return true;
  for (const type of schema.types.values())
    if (type.parts.some((p) => p.directives.some((d) => d.name.value === 'key'))) return true;
  return false;
}
