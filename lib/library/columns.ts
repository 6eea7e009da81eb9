/**
 * Rows of records packed as columns: each string field becomes one long
 * string plus an array of lengths (or, when it holds few distinct values, a
 * table of them and a code per row), each boolean field a byte array, anything
 * else one JSON text. IndexedDB copies a value by structured cloning it, and
 * cloning 150,000 small objects takes seconds where cloning a few long strings
 * and typed arrays takes milliseconds: this is what lets the background save
 * and restore a year of reading without stalling.
 */
export interface PackedRows {
  count: number;
  keys: string[];
  columns: PackedColumn[];
}

type PackedColumn =
  | { kind: 'text'; joined: string; lengths: Int32Array }
  | { kind: 'dict'; values: (string | null)[]; codes: Int32Array }
  | { kind: 'flag'; bytes: Uint8Array }
  | { kind: 'json'; json: string };

/** A null string is stored as length -1, so any text (separators included) survives. */
const NULL_LENGTH = -1;
/** A column with at most one distinct value in this many rows (outlets, dates, forms) is stored as codes. */
const DICT_RATIO = 4;

function packColumn(rows: readonly object[], key: string): PackedColumn {
  const count = rows.length;
  const lengths = new Int32Array(count);
  const codes = new Int32Array(count);
  const dict = new Map<string | null, number>();
  let dictOk = true;
  const texts: string[] = [];
  let flags = true;
  let strings = true;
  for (let i = 0; i < count; i++) {
    const value = (rows[i] as Record<string, unknown>)[key] ?? null;
    if (typeof value === 'string' || value === null) {
      flags = false;
      if (value === null) lengths[i] = NULL_LENGTH;
      else {
        texts.push(value);
        lengths[i] = value.length;
      }
      if (!dictOk) continue;
      let code = dict.get(value);
      if (code === undefined) dict.set(value, (code = dict.size));
      codes[i] = code;
      if (dict.size * DICT_RATIO > count + DICT_RATIO) dictOk = false;
    } else {
      strings = false;
      if (typeof value !== 'boolean') flags = false;
    }
  }
  if (strings && dictOk) return { kind: 'dict', values: [...dict.keys()], codes };
  if (strings) return { kind: 'text', joined: texts.join(''), lengths };
  if (flags)
    return {
      kind: 'flag',
      bytes: Uint8Array.from(rows, (row) => ((row as Record<string, unknown>)[key] ? 1 : 0)),
    };
  return {
    kind: 'json',
    json: JSON.stringify(rows.map((row) => (row as Record<string, unknown>)[key] ?? null)),
  };
}

function unpackColumn(column: PackedColumn, count: number): unknown[] {
  if (column.kind === 'flag') return Array.from(column.bytes, (b) => b === 1);
  if (column.kind === 'json') return JSON.parse(column.json) as unknown[];
  if (column.kind === 'dict') return Array.from(column.codes, (code) => column.values[code] ?? null);
  const out = new Array<string | null>(count);
  const { joined, lengths } = column;
  let at = 0;
  for (let i = 0; i < count; i++) {
    const length = lengths[i] as number;
    if (length === NULL_LENGTH) out[i] = null;
    else {
      out[i] = joined.slice(at, at + length);
      at += length;
    }
  }
  return out;
}

/** A list of strings (nulls kept) as one text and its lengths: what a column of ids costs to clone. */
export interface PackedStrings {
  joined: string;
  lengths: Int32Array;
}

export function packStrings(values: readonly (string | null)[]): PackedStrings {
  const lengths = Int32Array.from(values, (value) => (value === null ? NULL_LENGTH : value.length));
  return { joined: values.filter((value) => value !== null).join(''), lengths };
}

export function unpackStrings(packed: PackedStrings): (string | null)[] {
  return unpackColumn({ kind: 'text', ...packed }, packed.lengths.length) as (string | null)[];
}

/** Packs records that share one shape (a table's rows); a field missing from a row comes back null. */
export function packRows<T extends object>(rows: readonly T[]): PackedRows {
  const keys = new Set<string>();
  for (const row of rows) for (const key in row) keys.add(key);
  return { count: rows.length, keys: [...keys], columns: [...keys].map((key) => packColumn(rows, key)) };
}

/** The rows {@link packRows} packed, each a fresh object. */
export function unpackRows<T extends object>(packed: PackedRows): T[] {
  const { count, keys } = packed;
  const columns = packed.columns.map((column) => unpackColumn(column, count));
  const rows = new Array<T>(count);
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) row[keys[k] as string] = (columns[k] as unknown[])[i];
    rows[i] = row as T;
  }
  return rows;
}
