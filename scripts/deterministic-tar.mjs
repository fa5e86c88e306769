// Reads the tar PGlite's dumpDataDir writes and writes the same files back as a tar whose bytes
// depend on the files alone: PGlite's writer stamps every header with the wall clock (access and
// change times), so two dumps of identical data directories differ. Only regular files and
// directories occur in a data directory; PGlite's loader reads names, types, data and mtimes.
const BLOCK = 512;
const REGULAR = '0';
const DIRECTORY = '5';

/** The entries of an ustar archive: `{ name, type: '0' | '5', data }`. */
export function readTar(buffer) {
  const entries = [];
  for (let at = 0; at + BLOCK <= buffer.length; ) {
    const header = buffer.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break; // the end-of-archive blocks
    const name = field(header, 0, 100);
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = field(header, 156, 1) || REGULAR;
    if (type !== REGULAR && type !== DIRECTORY) throw new Error(`tar entry ${name}: unexpected type ${type}`);
    // A name of 100 bytes or more would continue in a prefix field this reader does not read.
    if (name.length >= 100) throw new Error(`tar entry name too long to re-pack: ${name}`);
    const start = at + BLOCK;
    entries.push({ name, type, data: type === REGULAR ? buffer.subarray(start, start + size) : new Uint8Array(0) });
    at = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}

/** An ustar archive of `entries` sorted by name, every header the same but for name, type and size. */
export function writeTar(entries, { mtimeSeconds = 0 } = {}) {
  const parts = [];
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const header = Buffer.alloc(BLOCK);
    header.write(entry.name, 0, 100, 'utf8');
    octal(header, 100, 8, entry.type === DIRECTORY ? 0o750 : 0o600);
    octal(header, 108, 8, 0); // uid
    octal(header, 116, 8, 0); // gid
    octal(header, 124, 12, entry.data.length);
    octal(header, 136, 12, mtimeSeconds);
    header.write(entry.type, 156, 1, 'latin1');
    header.write('ustar\u000000', 257, 8, 'latin1');
    header.fill(0x20, 148, 156); // the checksum is summed with its own field as spaces
    const sum = header.reduce((n, b) => n + b, 0);
    header.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'latin1');
    parts.push(header, entry.data);
    const pad = (BLOCK - (entry.data.length % BLOCK)) % BLOCK;
    if (pad > 0) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}

function field(header, offset, length) {
  const bytes = header.subarray(offset, offset + length);
  const end = bytes.indexOf(0);
  return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString('utf8');
}

function octal(header, offset, length, value) {
  header.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, length, 'latin1');
}
