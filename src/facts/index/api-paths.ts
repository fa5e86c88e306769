// How a written path is compared with a spec's path. Docs, curl lines and specs spell path
// parameters differently (`{id}`, `{orderId}`, `:id`, `<id>`, `$ID`), so their names never matter.

export function pathSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/** Path-parameter segments of any spelling become `{}`; a template inside a segment too. */
export function normalisePathParam(segment: string): string {
  if (/^:[A-Za-z_]\w*$/.test(segment) || /^<[^>]+>$/.test(segment) || /^\$\{?\w+\}?$/.test(segment)) return '{}';
  return segment.replace(/\{[^}]*\}/g, '{}');
}

/** A concrete value standing where the spec has a parameter: a number, a UUID/hex id, anything with a digit. */
function isValueSegment(segment: string): boolean {
  return /\d/.test(segment) && !/^v\d+$/.test(segment);
}

/** Whether a written (normalised) segment matches a spec's (normalised) segment. */
export function segmentMatches(specSegment: string, segment: string): boolean {
  if (specSegment === segment) return true;
  if (specSegment === '{}') return segment === '{}' || isValueSegment(segment);
  if (specSegment.includes('{}')) {
    const re = new RegExp(`^${specSegment.split('{}').map(escapeRegExp).join('[^/]+')}$`);
    return re.test(segment);
  }
  return false;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
