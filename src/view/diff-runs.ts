/** One wording's side of a word diff, as runs of text a view can mark. */
import type { DiffPart } from '../schemas/word-diff.ts';

/** A run of text: shared words plain (`mark` null), the rest marked deleted or inserted. */
export interface DiffRun {
	text: string;
	mark: 'del' | 'ins' | null;
}

/**
 * The runs of `parts` to show for one side: `a` shows A's wording with its own words deleted,
 * `b` shows B's wording with its own words inserted, `both` shows the edits from A to B.
 */
export function diffRuns(parts: readonly DiffPart[], side: 'a' | 'b' | 'both'): DiffRun[] {
	return parts.flatMap((part): DiffRun[] => {
		if (part.op === 'equal') return [{ text: side === 'a' ? part.a : part.b, mark: null }];
		if (part.op === 'delete') return side === 'b' ? [] : [{ text: part.a, mark: 'del' }];
		return side === 'a' ? [] : [{ text: part.b, mark: 'ins' }];
	});
}

/** What a screen reader hears for a marked run: "not in CBC News", or "deleted"/"added". */
export function diffMarkLabel(
	mark: 'del' | 'ins',
	side: 'a' | 'b' | 'both',
	other: string,
): string {
	return side === 'both' ? (mark === 'del' ? 'deleted' : 'added') : `not in ${other}`;
}
