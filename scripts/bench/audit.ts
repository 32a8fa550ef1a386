/**
 * The blind audit of reworded pairs (`tests/fixtures/gold/audit-held-out.json`): pairs the engine
 * once showed as reworded on the held-out events, each judged same, partial or different by an
 * annotator who saw only the two passages. Scored against the engine as it is now: of the judged
 * pairs it still shows, how many are the same statement. Labelled pairs count only the negatives
 * someone labelled; this counts what a reader is shown.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alignArticles } from '../../src/align/align-articles.ts';
import type { Alignment } from '../../src/align/model.ts';
import { ROOT } from './config.ts';
import type { GoldStory } from './gold.ts';

/** The audit file. */
export const AUDIT = path.join(ROOT, 'tests/fixtures/gold/audit-held-out.json');

/** An annotator's judgement of one pair. */
export type AuditLabel = 'same' | 'partial' | 'different';

interface AuditFile {
	pairs: { event: string; a: string; b: string; label: AuditLabel }[];
}

/** How the engine's current reworded pairs fare on the audit. */
export interface AuditResult {
	/** Pairs judged. */
	judged: number;
	/** Judged pairs the engine still shows as reworded (in a group or as a related link), by judgement. */
	shown: Record<AuditLabel, number>;
	/** Reworded pairs the engine shows on the audited events in all, judged or not. */
	predicted: number;
}

/** A pair of passage texts as one key, in either order. */
const keyOf = (a: string, b: string) => [a, b].sort().join('\u0000');

/** The reworded pairs of an alignment, as keys of their two passages' texts (whitespace collapsed). */
export function rewordedPairKeys(
	articles: readonly { id: string; text: string }[],
	alignment: Alignment,
): Set<string> {
	const text = (span: { articleId: string; start: number; end: number }) =>
		(articles.find((a) => a.id === span.articleId)?.text ?? '')
			.slice(span.start, span.end)
			.replace(/\s+/g, ' ');
	const passage = new Map(alignment.passages.map((p) => [p.id, p]));
	const keys = new Set<string>();
	for (const group of alignment.groups) {
		for (const pair of group.pairs) {
			const a = passage.get(pair.a);
			const b = passage.get(pair.b);
			if (pair.kind === 'reworded' && a && b) keys.add(keyOf(text(a), text(b)));
		}
	}
	for (const related of alignment.related)
		if (related.kind === 'reworded') keys.add(keyOf(text(related.a), text(related.b)));
	return keys;
}

/** Scores the engine (with the stories' sentence vectors) on the audit; null without the file. */
export function scoreAudit(stories: readonly GoldStory[]): AuditResult | null {
	if (!existsSync(AUDIT)) return null;
	const { pairs } = JSON.parse(readFileSync(AUDIT, 'utf8')) as AuditFile;
	const shown: Record<AuditLabel, number> = { same: 0, partial: 0, different: 0 };
	let predicted = 0;
	const keysByEvent = new Map<string, Set<string>>();
	for (const story of stories) {
		const alignment = alignArticles(
			story.articles,
			story.vectors ? { vectors: story.vectors } : {},
		);
		const keys = rewordedPairKeys(story.articles, alignment);
		keysByEvent.set(story.name, keys);
		if (pairs.some((p) => p.event === story.name)) predicted += keys.size;
	}
	for (const p of pairs) if (keysByEvent.get(p.event)?.has(keyOf(p.a, p.b))) shown[p.label]++;
	return { judged: pairs.length, shown, predicted };
}
