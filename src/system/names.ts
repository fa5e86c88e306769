// Names as the system model compares and shows them.

/** A file- and id-safe form of a name: `Orders API` → `orders-api`. */
export function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '') || 'service'
  );
}

/** The id form of a name: like `slugify`, with `_` as `-` too (`order_events` → `order-events`). */
export function idSlug(name: string): string {
  return slugify(name).replace(/_/g, '-').replace(/-+/g, '-');
}

/** Terraform resource names that say nothing about what the resource is for. */
const GENERIC_NAMES = new Set(['main', 'this', 'default', 'primary', 'example', 'resource', 'default_']);

export function isGenericName(name: string): boolean {
  return GENERIC_NAMES.has(name.toLowerCase());
}

/**
 * A service's name without the words teams add to say it is a service (`orders-api`,
 * `orders-service`, `ordersvc` → `orders`), for matching it against a folder name.
 */
export function serviceStem(slug: string): string {
  return slug.replace(/[-_]?(api|service|svc|server|app|backend)$/, '') || slug;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
