/**
 * A read-only set of strings kept as one string and an offset table, looked up
 * by binary search. 170,000 dictionary words as Map keys are 170,000 heap
 * objects the garbage collector marks on every major collection; this is three.
 */
export class SortedStrings {
  private readonly blob: string;
  /** offsets[i] .. offsets[i + 1] is the i-th string. */
  private readonly offsets: Uint32Array;
  readonly size: number;

  constructor(values: Iterable<string>, alreadySortedAndUnique = false) {
    const sorted = alreadySortedAndUnique ? [...values] : [...new Set(values)].sort();
    this.size = sorted.length;
    this.offsets = new Uint32Array(sorted.length + 1);
    let at = 0;
    sorted.forEach((value, i) => {
      this.offsets[i] = at;
      at += value.length;
    });
    this.offsets[sorted.length] = at;
    this.blob = sorted.join('');
  }

  /** The position of the value in sorted order, or -1. */
  indexOf(value: string): number {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compare(middle, value);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  has(value: string): boolean {
    return this.indexOf(value) >= 0;
  }

  /** Code-unit order, as Array.prototype.sort, without cutting the entry out of the blob. */
  private compare(index: number, value: string): number {
    const start = this.offsets[index];
    const length = this.offsets[index + 1] - start;
    const common = Math.min(length, value.length);
    for (let i = 0; i < common; i++) {
      const difference = this.blob.charCodeAt(start + i) - value.charCodeAt(i);
      if (difference !== 0) return difference;
    }
    return length - value.length;
  }
}
