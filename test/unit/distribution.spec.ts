import { distribution, wholePercents } from '../../src/counselling/statistics/distribution';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('whole percents', () => {
  it('add up to exactly 100 by largest remainder, and are all 0 for an empty table', () => {
    expect(wholePercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercents([2, 3, 15])).toEqual([10, 15, 75]);
    expect(wholePercents([1, 2, 7])).toEqual([10, 20, 70]);
    expect(wholePercents([2, 2, 2, 1])).toEqual([29, 29, 28, 14]);
    expect(wholePercents([0, 0])).toEqual([0, 0]);
    for (const values of [[3, 3, 3, 3, 3, 3, 1], [643, 286, 12], [1, 998, 1]]) {
      expect(wholePercents(values).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });
});

describe('small-cell suppression', () => {
  it('shows everything to the team itself', () => {
    const d = distribution(counts({ A: 2, B: 3, C: 15 }), ['A', 'B', 'C', 'D'], false);
    expect(d).toEqual({
      total: 20,
      totalSuppressed: false,
      cells: [
        { category: 'A', count: 2, percent: 10, suppressed: false },
        { category: 'B', count: 3, percent: 15, suppressed: false },
        { category: 'C', count: 15, percent: 75, suppressed: false },
        { category: 'D', count: 0, percent: 0, suppressed: false },
      ],
    });
  });

  it('hides cells of 1 to 4 outside the team; empty cells stay 0', () => {
    const d = distribution(counts({ A: 2, B: 3, C: 15 }), ['A', 'B', 'C', 'D'], true);
    expect(d.cells.map((c) => [c.count, c.percent, c.suppressed])).toEqual([[null, null, true], [null, null, true], [15, 75, false], [0, 0, false]]);
    expect(d.total).toBe(20);
  });

  it('hides the next smallest cell too when only one would be hidden, so it cannot be worked out from the total', () => {
    const d = distribution(counts({ A: 3, B: 6, C: 20 }), ['A', 'B', 'C'], true);
    expect(d.cells.map((c) => c.suppressed)).toEqual([true, true, false]);
    expect(d.cells[2]).toEqual({ category: 'C', count: 20, percent: 69, suppressed: false });
  });

  it('hides the total and every non-empty cell when the whole table is under 5', () => {
    const d = distribution(counts({ A: 1, B: 3 }), ['A', 'B', 'C'], true);
    expect(d).toEqual({
      total: null,
      totalSuppressed: true,
      cells: [
        { category: 'A', count: null, percent: null, suppressed: true },
        { category: 'B', count: null, percent: null, suppressed: true },
        { category: 'C', count: 0, percent: 0, suppressed: false },
      ],
    });
  });
});
