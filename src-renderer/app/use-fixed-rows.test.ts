import { describe, expect, it } from 'vitest';
import { fixedRowsIn } from './use-fixed-rows';

describe('fixedRowsIn', () => {
  it('shows the rows in view and the overscan around them, wherever the list is scrolled', () => {
    const at = (top: number) =>
      fixedRowsIn({ top, height: 700 }, { count: 40_000, rowHeight: 300, overscan: 2 }).rows.map(
        (r) => r.index,
      );
    expect(at(0)).toEqual([0, 1, 2, 3, 4, 5]);
    // Halfway down a 200,000-title library (6 a row): rows 19,999 to 20,002 are in view.
    expect(at(20_000 * 300 - 150)).toEqual([19_997, 19_998, 19_999, 20_000, 20_001, 20_002, 20_003, 20_004]);
    expect(at(40_000 * 300 - 700).at(-1)).toBe(39_999);
  });

  it('places each row at its offset and sizes the list for every row', () => {
    const { rows, totalSize } = fixedRowsIn(
      { top: 900, height: 300 },
      { count: 10, rowHeight: 300, overscan: 0 },
    );
    expect(rows).toEqual([
      { index: 3, start: 900 },
      { index: 4, start: 1200 },
    ]);
    expect(totalSize).toBe(3000);
  });

  it('shows nothing for an empty list or before the size is known', () => {
    expect(fixedRowsIn({ top: 0, height: 700 }, { count: 0, rowHeight: 300, overscan: 3 })).toEqual({
      rows: [],
      totalSize: 0,
    });
    expect(fixedRowsIn({ top: 0, height: 700 }, { count: 5, rowHeight: 0, overscan: 3 }).rows).toEqual([]);
  });
});
