/** Longest increasing subsequence: which items keep their relative order between two sequences. */

/**
 * Indexes of a longest strictly increasing subsequence of `values` (patience sorting,
 * O(n log n)); ties go to the earliest items.
 * @example longestIncreasing([3, 1, 2, 5, 4]) // Set {1, 2, 4}: the values 1, 2, 4
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
	const tails: number[] = [];
	const tailIndex: number[] = [];
	const prev = new Array<number>(values.length).fill(-1);
	values.forEach((v, k) => {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (tails[mid]! < v) lo = mid + 1;
			else hi = mid;
		}
		tails[lo] = v;
		tailIndex[lo] = k;
		prev[k] = lo > 0 ? tailIndex[lo - 1]! : -1;
	});
	const keep = new Set<number>();
	for (let k = tailIndex[tails.length - 1] ?? -1; k !== -1; k = prev[k]!) keep.add(k);
	return keep;
}
