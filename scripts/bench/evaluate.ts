/**
 * Scores predicted alignments against known provenance, over pairs of sentences of different
 * articles. A prediction is a list of groups; each group holds members (one article's
 * sentences each), and every two sentences of different members are a predicted pair. Pairs
 * are counted group by group, so the cost follows the groups' sizes, not the square of the
 * story's sentence count.
 */
import { scoreAlignment, type AlignedStory } from '../../src/align/score-alignment.ts';
import type { Alignment } from '../../src/align/model.ts';
import type { EditKind, SentenceTruth } from './generate-story.ts';

/** One article's sentences in a predicted group. */
export interface GroupMember {
	articleId: string;
	sentenceIndexes: readonly number[];
}

/** A sentence by article id and index. */
export interface SentenceRef {
	articleId: string;
	index: number;
}

/** A scored pair, kept as an example of an error. */
export interface PairExample {
	a: SentenceRef;
	b: SentenceRef;
	truthA: SentenceTruth;
	truthB: SentenceTruth;
	/** For a false pair: the kind of the harder side when both have sources. */
	kind: EditKind | null;
}

/** Precision over all predicted pairs, recall per edit kind. */
export interface PairScores {
	predicted: number;
	truePositives: number;
	precision: number;
	/** True pairs per kind (a pair's kind is the harder of its two sentences' kinds). */
	truePairs: Record<EditKind, number>;
	found: Record<EditKind, number>;
	recall: Record<EditKind | 'all', number>;
	/** A few false positives and misses per kind, for diagnosis. */
	falsePositives: PairExample[];
	misses: Record<EditKind, PairExample[]>;
}

const KINDS: readonly EditKind[] = ['copied', 'light', 'heavy'];
const HARDNESS: Record<EditKind, number> = { copied: 0, light: 1, heavy: 2 };

/** The harder of two edit kinds: heavy over light over copied. */
export function harderKind(a: EditKind, b: EditKind): EditKind {
	return HARDNESS[a] >= HARDNESS[b] ? a : b;
}

/** The engine's groups as lists of members: each passage covers the sentences in its sentenceIndexes. */
export function alignmentGroups(alignment: Alignment): GroupMember[][] {
	const byId = new Map(alignment.passages.map((p) => [p.id, p]));
	return alignment.groups.map((group) =>
		group.passageIds.map((id) => {
			const passage = byId.get(id);
			if (!passage) throw new Error(`group ${group.id} names unknown passage ${id}`);
			return { articleId: passage.articleId, sentenceIndexes: passage.sentenceIndexes };
		}),
	);
}

/** Numbers every sentence of a story, so pairs can be stored as one number. */
class SentenceNumbering {
	readonly offsets = new Map<string, number>();
	readonly articleIds: string[] = [];
	readonly starts: number[] = [];
	readonly total: number;

	constructor(truth: ReadonlyMap<string, readonly SentenceTruth[]>) {
		let total = 0;
		for (const [id, sentences] of truth) {
			this.offsets.set(id, total);
			this.articleIds.push(id);
			this.starts.push(total);
			total += sentences.length;
		}
		this.total = total;
	}

	number(articleId: string, index: number): number {
		const offset = this.offsets.get(articleId);
		if (offset === undefined) throw new Error(`unknown article ${articleId}`);
		return offset + index;
	}

	ref(n: number): SentenceRef {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid]! <= n) lo = mid;
			else hi = mid - 1;
		}
		return { articleId: this.articleIds[lo]!, index: n - this.starts[lo]! };
	}
}

/** The set of predicted pairs (deduplicated: one sentence can sit in several groups). */
export function predictedPairKeys(
	groups: Iterable<readonly GroupMember[]>,
	numbering: { number: (a: string, i: number) => number; total: number },
): Set<number> {
	const keys = new Set<number>();
	const n = numbering.total;
	for (const members of groups) {
		const numbers = members.map((m) =>
			m.sentenceIndexes.map((i) => numbering.number(m.articleId, i)),
		);
		for (let i = 0; i < members.length; i++) {
			for (let j = i + 1; j < members.length; j++) {
				if (members[i]!.articleId === members[j]!.articleId) continue;
				for (const a of numbers[i]!)
					for (const b of numbers[j]!) keys.add(a < b ? a * n + b : b * n + a);
			}
		}
	}
	return keys;
}

/** Scores predicted groups against the generator's truth. */
export function evaluateGroups(
	groups: Iterable<readonly GroupMember[]>,
	truth: ReadonlyMap<string, readonly SentenceTruth[]>,
	examples = 5,
): PairScores {
	const numbering = new SentenceNumbering(truth);
	const n = numbering.total;
	const truthOf = (ref: SentenceRef) => truth.get(ref.articleId)![ref.index]!;
	const keys = predictedPairKeys(groups, numbering);

	const found: Record<EditKind, number> = { copied: 0, light: 0, heavy: 0 };
	const falsePositives: PairExample[] = [];
	let truePositives = 0;
	for (const key of keys) {
		const a = numbering.ref(Math.floor(key / n));
		const b = numbering.ref(key % n);
		const ta = truthOf(a);
		const tb = truthOf(b);
		if (ta.source !== null && ta.source === tb.source) {
			truePositives++;
			found[harderKind(ta.kind!, tb.kind!)]++;
		} else if (falsePositives.length < examples) {
			falsePositives.push({
				a,
				b,
				truthA: ta,
				truthB: tb,
				kind: ta.kind && tb.kind ? harderKind(ta.kind, tb.kind) : null,
			});
		}
	}

	// True pairs, source by source: every two carriers of one wire sentence.
	const carriers = new Map<string, { ref: SentenceRef; kind: EditKind; number: number }[]>();
	for (const [articleId, sentences] of truth) {
		sentences.forEach((t, index) => {
			if (t.source === null) return;
			const list = carriers.get(t.source) ?? [];
			list.push({
				ref: { articleId, index },
				kind: t.kind!,
				number: numbering.number(articleId, index),
			});
			carriers.set(t.source, list);
		});
	}
	const truePairs: Record<EditKind, number> = { copied: 0, light: 0, heavy: 0 };
	const misses: Record<EditKind, PairExample[]> = { copied: [], light: [], heavy: [] };
	for (const list of carriers.values()) {
		const count = { copied: 0, light: 0, heavy: 0 };
		for (const c of list) count[c.kind]++;
		truePairs.copied += (count.copied * (count.copied - 1)) / 2;
		truePairs.light += count.copied * count.light + (count.light * (count.light - 1)) / 2;
		truePairs.heavy +=
			count.heavy * (count.copied + count.light) + (count.heavy * (count.heavy - 1)) / 2;
		// Examples of misses only: stop looking once every kind has enough.
		if (KINDS.every((k) => misses[k].length >= examples)) continue;
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const p = list[i]!;
				const q = list[j]!;
				const kind = harderKind(p.kind, q.kind);
				if (misses[kind].length >= examples) continue;
				const key = p.number < q.number ? p.number * n + q.number : q.number * n + p.number;
				if (!keys.has(key))
					misses[kind].push({
						a: p.ref,
						b: q.ref,
						truthA: truthOf(p.ref),
						truthB: truthOf(q.ref),
						kind,
					});
			}
		}
	}
	const all = truePairs.copied + truePairs.light + truePairs.heavy;
	const ratio = (x: number, y: number) => (y === 0 ? 1 : x / y);
	return {
		predicted: keys.size,
		truePositives,
		precision: ratio(truePositives, keys.size),
		truePairs,
		found,
		recall: {
			copied: ratio(found.copied, truePairs.copied),
			light: ratio(found.light, truePairs.light),
			heavy: ratio(found.heavy, truePairs.heavy),
			all: ratio(truePositives, all),
		},
		falsePositives,
		misses,
	};
}

/** Precision and recall of an alignment against a hand-made list of true pairs ("articleId:index"). */
export function evaluateAgainstGold(
	alignment: AlignedStory,
	gold: readonly (readonly [string, string])[],
): {
	predicted: number;
	truePairs: number;
	truePositives: number;
	precision: number;
	recall: number;
	falsePositives: [string, string][];
	misses: [string, string][];
} {
	const score = scoreAlignment(alignment, gold);
	return {
		predicted: score.predicted,
		truePairs: score.gold,
		truePositives: score.correct,
		precision: score.precision,
		recall: score.recall,
		falsePositives: score.falsePositives,
		misses: score.misses,
	};
}
