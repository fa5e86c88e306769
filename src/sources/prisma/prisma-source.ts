import type { SourceKind } from '../source-kind.js';

const PRISMA = /\.prisma$/i;

/**
 * Prisma schemas (`schema.prisma`, or a `prisma/schema/` folder of `.prisma` files): read by
 * Prisma's own engine and rendered as the SQL `prisma migrate` would write, when the repository
 * keeps no SQL migrations for them. Their facts are schema facts like the migrations kind's.
 */
export const prismaSource = {
  name: 'prisma',
  label: 'Prisma schemas',
  stage: 'migrations',
  area: 'data',
  configKey: 'migrations',
  fileName: PRISMA,
  forcedBy: (file, matches) =>
    PRISMA.test(file) && (matches(file) || matches(file.slice(0, Math.max(0, file.lastIndexOf('/'))))),
  detect: (c) => PRISMA.test(c.base),
  // Whether SQL migrations sit beside a schema decides which of the two documents its tables.
  readsPathsOf: ['migration'],
  loadsEngine: true,
  async extract(input) {
    const { extractPrisma } = await import('./extract-prisma.js');
    return extractPrisma(input);
  },
  // Schema changes are told once, as a reviewer reads them (see pull-request-body.ts), whichever
  // kind the schema came from; listing table ids here would repeat them.
  changeGroups: [],
} satisfies SourceKind;
