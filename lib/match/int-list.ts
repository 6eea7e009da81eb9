/**
 * A growable Int32Array. The index keeps its per-word data in flat typed
 * arrays (no object per word or posting), which is what lets 100k quotes fit
 * in little memory and lets a snapshot be a handful of arrays.
 */
export class IntList {
  data: Int32Array;
  length: number;

  constructor(from?: Int32Array, capacity = 16) {
    this.data = from ? from : new Int32Array(capacity);
    this.length = from ? from.length : 0;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(Math.max(16, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i] as number;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** A copy trimmed to length, safe to hand to structured cloning. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
