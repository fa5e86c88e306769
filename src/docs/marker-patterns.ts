// The managed-block marker patterns alone, for callers that must not load the Markdown parser
// (the no-op check fingerprints docs with them).

/** A marker line: `<!-- architect-docs:begin id=… -->` or `<!-- architect-docs:end … -->`. */
export const MARKER_LINE = /^<!--\s*architect-docs:(begin|end)\b(.*?)-->$/;
/** Enough of a marker to be dangerous inside a generated body. */
export const MARKER_HINT = /<!--\s*architect-docs:/;
