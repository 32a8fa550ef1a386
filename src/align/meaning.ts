/**
 * The optional semantic check: sentence vectors from an encoder, computed outside the engine
 * (the loader embeds the texts listed here) and handed in keyed by unit text. Inside one story
 * every sentence is on topic, so raw cosine says little; each vector has the story's mean vector
 * subtracted first, which leaves what a sentence says beyond the story's subject.
 */
import type { AlignableArticle, Unit } from './model.ts';
import { prepare } from './prepare.ts';

/** Sentence vectors keyed by the exact text of each passage unit (see `listUnitTexts`). */
export type UnitVectors = ReadonlyMap<string, ArrayLike<number>>;

/** The distinct texts of a story's passage units, in article-id and reading order: what to embed. */
export function listUnitTexts(articles: readonly AlignableArticle[]): string[] {
	const texts = new Set<string>();
	for (const article of prepare(articles)) {
		for (const unit of article.units) texts.add(article.text.slice(unit.start, unit.end));
	}
	return [...texts];
}

/** Cosine of two vectors; 0 when either is all zeros. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
	let dot = 0;
	let na = 0;
	let nb = 0;
	for (let i = 0; i < a.length; i++) {
		const x = a[i]!;
		const y = b[i]!;
		dot += x * y;
		na += x * x;
		nb += y * y;
	}
	return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Each vector minus the mean of all of them. */
export function centreVectors(vectors: readonly ArrayLike<number>[]): Float64Array[] {
	const d = vectors[0]?.length ?? 0;
	const mean = new Float64Array(d);
	for (const v of vectors) for (let i = 0; i < d; i++) mean[i]! += v[i]! / vectors.length;
	return vectors.map((v) => Float64Array.from({ length: d }, (_, i) => v[i]! - mean[i]!));
}

/**
 * The centred vector of every unit, by global unit index, or undefined when any unit lacks a
 * usable vector (the check is then off for the whole story, never half on).
 */
export function unitMeanings(
	units: readonly Unit[],
	textOf: (unit: Unit) => string,
	vectors: UnitVectors | undefined,
): Float64Array[] | undefined {
	if (!vectors || vectors.size === 0 || units.length === 0) return undefined;
	const raw: ArrayLike<number>[] = [];
	for (const unit of units) {
		const v = vectors.get(textOf(unit));
		// Vectors of another length or with non-numbers come from another encoder or a damaged
		// cache: comparing them would mean nothing, so the story is aligned on words alone.
		if (!v || v.length === 0 || v.length !== (raw[0] ?? v).length) return undefined;
		for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return undefined;
		raw.push(v);
	}
	return centreVectors(raw);
}

/** Meaning similarity of two spans of units: cosine of their summed centred vectors. */
export function spanMeaning(
	meanings: readonly Float64Array[],
	a: readonly number[],
	b: readonly number[],
): number {
	const sum = (gs: readonly number[]) => {
		const out = new Float64Array(meanings[0]?.length ?? 0);
		for (const g of gs) {
			const v = meanings[g]!;
			for (let i = 0; i < out.length; i++) out[i]! += v[i]!;
		}
		return out;
	};
	return cosine(sum(a), sum(b));
}
