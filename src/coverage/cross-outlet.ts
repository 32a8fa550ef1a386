/**
 * Which passage groups count as shared across outlets. A group can be carried by one outlet
 * only, through two captures of the same article: that is a version, not coverage by another
 * outlet, and every cross-outlet view (map, highlights, counts) leaves it out.
 */
import type { Coverage, GroupCoverage } from '../schemas/coverage.ts';

/** Fewest distinct outlets that make a group shared across outlets: another outlet besides one. */
export const MIN_OUTLETS_SHARED = 2;

/** Whether at least two distinct outlets carry the group. */
export function isCrossOutlet(row: GroupCoverage): boolean {
	return row.outletCount >= MIN_OUTLETS_SHARED;
}

/** The coverage rows of groups carried by at least two distinct outlets, in map order. */
export function crossOutletRows(coverage: Coverage): GroupCoverage[] {
	return coverage.groups.filter(isCrossOutlet);
}
