/**
 * Counts and percentages for the steering group, made safe to show outside
 * the team: a cell with 1–4 cases could point to a person, so it is
 * suppressed; and when only one cell of a table is suppressed it could be
 * worked out from the total, so the next smallest cell is suppressed too.
 * Percentages are whole numbers that add up to exactly 100 (largest
 * remainder), computed on the true counts before anything is hidden.
 */
export const SMALLEST_SHOWN = 5;

export interface Cell {
  category: string;
  count: number | null;
  percent: number | null;
  suppressed: boolean;
}

export interface Distribution {
  total: number | null;
  totalSuppressed: boolean;
  cells: Cell[];
}

export function distribution(counts: ReadonlyMap<string, number>, categories: readonly string[], suppress: boolean): Distribution {
  const values = categories.map((category) => counts.get(category) ?? 0);
  const total = values.reduce((sum, n) => sum + n, 0);
  const percents = wholePercents(values);
  const hidden = suppress ? cellsToSuppress(values) : new Set<number>();
  const totalSuppressed = suppress && total > 0 && total < SMALLEST_SHOWN;
  return {
    total: totalSuppressed ? null : total,
    totalSuppressed,
    cells: categories.map((category, index) => {
      const suppressed = totalSuppressed ? values[index] > 0 : hidden.has(index);
      return { category, count: suppressed ? null : values[index], percent: suppressed ? null : percents[index], suppressed };
    }),
  };
}

/** Whole-number percentages that sum to 100 (or all 0 for an empty table): largest remainder. */
export function wholePercents(values: readonly number[]): number[] {
  const total = values.reduce((sum, n) => sum + n, 0);
  if (total === 0) return values.map(() => 0);
  const exact = values.map((n) => (n * 100) / total);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact.map((x, i) => ({ i, remainder: x - floors[i] })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing-- <= 0) break;
    floors[i] += 1;
  }
  return floors;
}

function cellsToSuppress(values: readonly number[]): Set<number> {
  const hidden = new Set(values.flatMap((n, i) => (n > 0 && n < SMALLEST_SHOWN ? [i] : [])));
  if (hidden.size === 1) {
    // One hidden cell = total minus the others: hide the next smallest non-empty cell as well.
    const next = values.map((n, i) => ({ n, i })).filter(({ n, i }) => n > 0 && !hidden.has(i)).sort((a, b) => a.n - b.n || a.i - b.i)[0];
    if (next) hidden.add(next.i);
  }
  return hidden;
}
