/**
 * Scores a story's value differences against a hand-made list of the real disagreements
 * (tests/fixtures/gold/differences-dev.json): each gold slot lists every outlet statement of
 * one quantity by file, line and exact words. A difference found is correct when two of its
 * sides from different outlets, set against each other as `different`, are statements of one
 * gold slot with different gold values; a gold slot is found when some difference is correct
 * for it.
 */
import type { Article } from '../schemas/article.ts';
import type { Difference } from '../schemas/differences.ts';

/** One outlet statement of a gold slot. */
export interface GoldStatement {
	file: string;
	line: number;
	text: string;
	value: number | string | null;
	qualifier: string | null;
	unit: string | null;
}

/** A quantity on which outlets disagree, with every statement of it. */
export interface GoldSlot {
	slot: string;
	values: GoldStatement[];
}

/** Precision over value differences shown as conflicts, recall over gold slots. */
export interface DifferenceScore {
	predicted: number;
	correct: number;
	gold: number;
	found: number;
	precision: number;
	recall: number;
	/** Topics of differences that match no gold slot, and names of gold slots not found. */
	falsePositives: string[];
	misses: string[];
}

/** The gold statements a side's span overlaps: same file and line, overlapping words. */
export function matchStatements(
	article: Article,
	start: number,
	end: number,
	slots: readonly GoldSlot[],
): { slot: number; statement: GoldStatement }[] {
	const paragraph = article.paragraphs.find((p) => p.start <= start && start < p.end);
	if (!paragraph) return [];
	const line = article.text.slice(paragraph.start, paragraph.end);
	const hits: { slot: number; statement: GoldStatement }[] = [];
	slots.forEach((slot, index) => {
		for (const statement of slot.values) {
			if (statement.file !== article.sourceFile || statement.line !== paragraph.line) continue;
			const at = line.indexOf(statement.text);
			if (at < 0) continue;
			const s = paragraph.start + at;
			if (start < s + statement.text.length && s < end) hits.push({ slot: index, statement });
		}
	});
	return hits;
}

/** Scores the value differences of a story against gold slots. */
export function scoreDifferences(
	articles: readonly Article[],
	differences: readonly Difference[],
	slots: readonly GoldSlot[],
): DifferenceScore {
	const byId = new Map(articles.map((a) => [a.id, a]));
	const found = new Set<number>();
	let predicted = 0;
	let correct = 0;
	const falsePositives: string[] = [];
	for (const d of differences) {
		if (d.relation !== 'different' || d.kind === 'name' || d.kind === 'credit') continue;
		predicted++;
		const hits = d.sides.map((s) => matchStatements(byId.get(s.articleId)!, s.start, s.end, slots));
		let ok = false;
		for (const c of d.comparisons) {
			if (c.relation !== 'different') continue;
			for (const x of hits[c.a]!)
				for (const y of hits[c.b]!) {
					const differ =
						x.statement.value !== y.statement.value || x.statement.unit !== y.statement.unit;
					if (x.slot === y.slot && differ) {
						ok = true;
						found.add(x.slot);
					}
				}
		}
		if (ok) correct++;
		else falsePositives.push(d.topic);
	}
	return {
		predicted,
		correct,
		gold: slots.length,
		found: found.size,
		precision: predicted === 0 ? 1 : correct / predicted,
		recall: slots.length === 0 ? 1 : found.size / slots.length,
		falsePositives,
		misses: slots.filter((_, i) => !found.has(i)).map((s) => s.slot),
	};
}
