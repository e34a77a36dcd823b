import { describe, expect, it } from 'vitest';
import { Heap } from './heap';

const drain = <T>(heap: Heap<T>) => Array.from({ length: heap.size }, () => heap.pop());

describe('Heap', () => {
  it('gives built items in the order `before` says', () => {
    expect(drain(new Heap((a: number, b: number) => a > b, [3, 9, 1, 7, 7, 2]))).toEqual([9, 7, 7, 3, 2, 1]);
  });

  it('orders pushed items with built ones, ties as `before` breaks them', () => {
    const heap = new Heap<[number, string]>((a, b) => a[0] > b[0] || (a[0] === b[0] && a[1] < b[1]), [[1, 'a']]);
    for (const item of [
      [2, 'c'],
      [2, 'b'],
      [0, 'd'],
    ] as [number, string][])
      heap.push(item);
    expect(drain(heap).map((i) => i?.[1])).toEqual(['b', 'c', 'a', 'd']);
  });

  it('leaves the list it was built from as it was', () => {
    const items = [1, 2, 3];
    drain(new Heap((a: number, b: number) => a > b, items));
    expect(items).toEqual([1, 2, 3]);
  });
});
