// Limits that keep every scan bounded, so that a 13 MB single-line JSON file stays linear.

/** Longest single-line value we look at. */
export const MAX_VALUE = 8192;
/** Longest key we expand a sensitive word into. */
export const MAX_KEY = 128;
/** Block scalars, heredocs, PEM bodies without an END line. */
export const MAX_BLOCK_LINES = 400;
/** Distance from BEGIN to END of one PEM block. */
export const MAX_PEM = 65536;
