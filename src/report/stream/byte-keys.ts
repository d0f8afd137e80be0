/**
 * Lookups by UTF-8 bytes, for the byte reader of NDJSON: a row's metric id and period are found
 * where they lie in the file's bytes, without a string made for them. Keys are stored as their
 * UTF-8 bytes, so a match means the row's bytes decode to exactly the key.
 */

/** FNV-1a's 32-bit offset basis: the hash of no bytes. */
export const HASH_START = 0x811c9dc5 | 0;

/**
 * One FNV-1a step: the readers hash a string's bytes as they scan it, with this step.
 *
 * @example
 * hashStep(HASH_START, 0x58) // the hash of "X"
 */
export function hashStep(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, 16777619);
}

/**
 * A hash table from UTF-8 byte strings to non-negative integers (indexes into the caller's own
 * arrays: no object per key). Keys are set as strings (encoded here) or as bytes; lookups take
 * a span of a byte buffer and its hash. Setting a key again replaces its value, as `Map.set`.
 *
 * @example
 * const keys = new ByteKeys(); keys.setString('2.2', 7)
 * const bytes = new Uint8Array([0x32, 0x2e, 0x32]) // "2.2"
 * keys.get(bytes, 0, 3, hashBytes(bytes, 0, 3)) // 7
 * keys.getString('2.3') // -1
 */
export class ByteKeys {
  /** Entry number + 1 per table cell (0: empty); open addressing, linear probing. */
  private cells: Int32Array;
  /**
   * Per entry e, at e * 4: hash, start and end of its bytes in `pool`, value. One array, so
   * that a lookup reads one cache line for the entry.
   */
  private entries: Int32Array;
  private count = 0;
  /** The entry `get` found last (-1: none yet). */
  private last = -1;
  /** Every key's bytes, one after another. */
  private pool: Uint8Array;
  private used = 0;
  /** A string key's bytes, for `getString`. */
  private scratch = new Uint8Array(64);

  /** `expected`: how many keys will be set (the table grows past it, but sized once is faster). */
  constructor(expected = 8) {
    this.cells = new Int32Array(cellsFor(expected));
    this.entries = new Int32Array(Math.max(expected, 1) * 4);
    this.pool = new Uint8Array(Math.max(expected, 1) * 16);
  }

  get size(): number {
    return this.count;
  }

  /**
   * Set a key given as a string. Returns false (and sets nothing) for a string that is not
   * well-formed UTF-16 (a lone surrogate): its bytes would be U+FFFD's, which decode to another
   * string, so the caller keeps such a key elsewhere.
   */
  setString(key: string, value: number): boolean {
    // At most 3 bytes per UTF-16 unit.
    this.reserve(key.length * 3);
    const start = this.used;
    const end = encodeUtf8(key, this.pool, start);
    if (end < 0) return false;
    this.insert(start, end, value);
    return true;
  }

  /** Set a key given as bytes (copied). */
  setBytes(bytes: Uint8Array, start: number, end: number, value: number): void {
    this.reserve(end - start);
    const at = this.used;
    this.pool.set(bytes.subarray(start, end), at);
    this.insert(at, at + end - start, value);
  }

  /**
   * The value of the key whose bytes are `bytes[start, end)`, `hash` their FNV-1a hash; -1 if
   * none. Data files tend to list rows in the order of the plan, or repeat a key (a period) row
   * after row: the entry after the last one found, and that one, are tried before the table.
   */
  get(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const last = this.last;
    const e = last + 1 < this.count && this.matches(last + 1, bytes, start, end, hash) ? last + 1 : last >= 0 && this.matches(last, bytes, start, end, hash) ? last : this.find(bytes, start, end, hash);
    if (e < 0) return -1;
    this.last = e;
    return this.entries[e * 4 + 3]!;
  }

  private matches(e: number, bytes: Uint8Array, start: number, end: number, hash: number): boolean {
    const { entries, pool } = this;
    const at = e * 4;
    if (entries[at] !== hash) return false;
    const s = entries[at + 1]!;
    const length = end - start;
    if (entries[at + 2]! - s !== length) return false;
    let k = 0;
    while (k < length && pool[s + k] === bytes[start + k]) k++;
    return k === length;
  }

  /** The value of a key given as a string; -1 if none (or not well-formed: never set here). */
  getString(key: string): number {
    if (key.length * 3 > this.scratch.length) this.scratch = new Uint8Array(key.length * 3);
    const end = encodeUtf8(key, this.scratch, 0);
    return end < 0 ? -1 : this.get(this.scratch, 0, end, hashBytes(this.scratch, 0, end));
  }

  private find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const { cells } = this;
    const mask = cells.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const e = cells[i]! - 1;
      if (e < 0 || this.matches(e, bytes, start, end, hash)) return e;
    }
  }

  private reserve(n: number): void {
    if (this.used + n <= this.pool.length) return;
    const next = new Uint8Array(Math.max(this.pool.length * 2, this.used + n));
    next.set(this.pool.subarray(0, this.used));
    this.pool = next;
  }

  private insert(start: number, end: number, value: number): void {
    const hash = hashBytes(this.pool, start, end);
    const found = this.find(this.pool, start, end, hash);
    if (found >= 0) {
      this.entries[found * 4 + 3] = value;
      return;
    }
    this.used = end;
    const e = this.count++;
    if (e * 4 === this.entries.length) {
      const grown = new Int32Array(this.entries.length * 2);
      grown.set(this.entries);
      this.entries = grown;
    }
    const at = e * 4;
    this.entries[at] = hash;
    this.entries[at + 1] = start;
    this.entries[at + 2] = end;
    this.entries[at + 3] = value;
    if (cellsFor(this.count) > this.cells.length) {
      this.cells = new Int32Array(cellsFor(this.count));
      for (let k = 0; k < this.count; k++) this.place(k);
    } else this.place(e);
  }

  private place(e: number): void {
    const mask = this.cells.length - 1;
    let i = this.entries[e * 4]! & mask;
    while (this.cells[i] !== 0) i = (i + 1) & mask;
    this.cells[i] = e + 1;
  }
}

/** Table cells for `n` keys: a power of two, at most half full, so probes stay short. */
function cellsFor(n: number): number {
  let size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

/**
 * The FNV-1a hash of `bytes[start, end)`, as the readers compute it while scanning.
 *
 * @example
 * hashBytes(new Uint8Array([0x58]), 0, 1) === hashStep(HASH_START, 0x58) // true
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashStep(h, bytes[i]!);
  return h;
}

/**
 * Write `s` as UTF-8 into `out` from `at`; returns where it ends, or -1 for a lone surrogate.
 * (TextEncoder would write U+FFFD for one; such a key is not looked up by bytes at all.)
 *
 * @example
 * encodeUtf8('Ví', new Uint8Array(8), 0) // 3: "V" is one byte, "í" two
 */
export function encodeUtf8(s: string, out: Uint8Array, at: number): number {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) out[at++] = c;
    else if (c < 0x800) {
      out[at++] = 0xc0 | (c >> 6);
      out[at++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = s.charCodeAt(i + 1);
      if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return -1;
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      i++;
      out[at++] = 0xf0 | (c >> 18);
      out[at++] = 0x80 | ((c >> 12) & 0x3f);
      out[at++] = 0x80 | ((c >> 6) & 0x3f);
      out[at++] = 0x80 | (c & 0x3f);
    } else {
      out[at++] = 0xe0 | (c >> 12);
      out[at++] = 0x80 | ((c >> 6) & 0x3f);
      out[at++] = 0x80 | (c & 0x3f);
    }
  }
  return at;
}
