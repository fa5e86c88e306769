/**
 * Character codes and one-character tests. The scanners work on `charCodeAt` rather than on
 * one-character strings so that a 13 MB file does not allocate a string per character.
 */

export const NL = 10;
export const CR = 13;
export const SPACE = 32;
export const TAB = 9;
export const DQ = 34;
export const SQ = 39;
export const BT = 96;

export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Characters a key name may be made of: `db_password`, `x-api-key`, `spring.datasource.password`. */
export function isKeyChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || // a-z
    (c >= 65 && c <= 90) || // A-Z
    (c >= 48 && c <= 57) || // 0-9
    c === 95 || // _
    c === 45 || // -
    c === 46 // .
  );
}

export function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
