import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../lib/library/columns';

describe('rows packed as columns', () => {
  it('gives back every row as it was, whatever its text holds', () => {
    const rows = [
      { id: 'a', text: 'plain', url: null, tags: ['x', 'y'], edited: false, n: 1 },
      { id: 'b', text: '', url: 'https://a.example/?q=\u0000\u001f', tags: [], edited: true, n: 2 },
      { id: 'c', text: 'emoji 🙂 and “quotes”\nnew line', url: null, tags: ['z'], edited: false, n: 3 },
    ];
    const packed = packRows(rows);
    expect(unpackRows(structuredClone(packed))).toEqual(rows);
  });

  it('stores strings and flags as a few long values, not one object per row', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      id: `r-${i}`,
      outlet: i % 3 ? `Outlet ${i % 7}` : null,
      edited: i % 2 === 0,
    }));
    const packed = packRows(rows);
    expect(packed.columns.map((c) => c.kind)).toEqual(['text', 'dict', 'flag']);
    expect(unpackRows(packed)).toEqual(rows);
  });

  it('brings a field some rows lack back as null, and packs no rows at all', () => {
    expect(unpackRows(packRows([{ a: 'x' }, { a: 'y', b: 'z' }] as { a: string; b?: string }[]))).toEqual([
      { a: 'x', b: null },
      { a: 'y', b: 'z' },
    ]);
    expect(unpackRows(packRows([]))).toEqual([]);
  });
});
