/** The compact stores behind the ingest's constant memory: a spill that really goes to disk, and the hash table. */
import { describe, expect, it } from 'vitest';
import { HashTable, Interner, Spill } from '../../src/lib/ingest/spill.ts';

describe('Spill', () => {
  it('reads back every record, from memory and from the temporary file', () => {
    const spill = new Spill(1000);
    const n = 12_000; // 12 MB: most of it is flushed to disk
    for (let i = 0; i < n; i++) {
      const { view, offset, index } = spill.append();
      expect(index).toBe(i);
      view.writeInt32LE(i, offset);
      view.writeInt32LE(i * 7, offset + 996);
    }
    expect(spill.length).toBe(n);
    const b = Buffer.alloc(1000);
    for (const i of [0, 1, 4193, 4194, 8000, n - 1]) {
      spill.read(i, b);
      expect([b.readInt32LE(0), b.readInt32LE(996)]).toEqual([i, i * 7]);
    }
    spill.close();
  });
});

describe('HashTable', () => {
  it('agrees with a Map on 53-bit keys, through growth', () => {
    const t = new HashTable();
    const m = new Map<number, number>();
    let x = 1;
    for (let i = 0; i < 50_000; i++) {
      x = (x * 48271) % 2147483647;
      const key = x * 4194304 + (i % 4194304); // up to about 2^53
      t.set(key, i);
      m.set(key, i);
      if (i % 3 === 1) t.set(key, -i);
      if (i % 3 === 1) m.set(key, -i);
    }
    expect(t.size).toBe(m.size);
    for (const [k, v] of m) expect(t.get(k)).toBe(v);
    expect(t.get(12345)).toBeUndefined();
  });
});

describe('Interner', () => {
  it('gives one number per distinct string', () => {
    const s = new Interner();
    expect([s.id('a'), s.id('b'), s.id('a')]).toEqual([0, 1, 0]);
    expect(s.values).toEqual(['a', 'b']);
  });
});
