/**
 * The generator's version: part of the incremental key, so a new release re-extracts once. Kept equal
 * to package.json by a test.
 */
export const VERSION = '0.1.0';
