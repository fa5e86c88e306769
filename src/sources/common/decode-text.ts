// Every source file is read through here. Editors on Windows save files with a UTF-8 byte-order
// mark and CRLF line endings, PowerShell's `>` writes UTF-16; none of it means anything to a
// parser, but each breaks what looks at the text directly (the BOM hides a top-level `openapi:`
// key from a `^` match, `\r` ends up in names). Dropping the BOM and turning CRLF into LF keeps
// every line number as it was.

export interface DecodedText {
  text: string;
  /** Set when the bytes were not clean UTF-8: what was done about it, for a diagnostic. */
  problem?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: normalizeText(new TextDecoder('utf-16le').decode(bytes)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: normalizeText(new TextDecoder('utf-16be').decode(bytes)) };
  try {
    return { text: normalizeText(utf8.decode(bytes)) };
  } catch {
    // Latin-1 and other legacy encodings: read on with replacement characters rather than drop
    // the file, and say so (names with accents may come out wrong).
    return {
      text: normalizeText(Buffer.from(bytes).toString('utf8')),
      problem: 'not valid UTF-8; read with replacement characters (save it as UTF-8 for exact names)',
    };
  }
}

export function decodeText(bytes: Uint8Array): string {
  return decodeSource(bytes).text;
}

export function normalizeText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}
