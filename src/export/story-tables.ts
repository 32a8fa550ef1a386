/**
 * The story model as flat tables for spreadsheets: passages, groups, related links, quotations and
 * differences, one row per item. The columns are documented in README.md ("Data for researchers").
 */
import type { Story } from '../schemas/story.ts';
import { toCsv } from './to-csv.ts';

/** Names of the downloadable tables. */
export const STORY_TABLES = ['passages', 'groups', 'related', 'quotes', 'differences'] as const;
export type StoryTable = (typeof STORY_TABLES)[number];

/** One table of a story as CSV text. */
export function storyTableCsv(story: Story, table: StoryTable): string {
	const article = new Map(story.articles.map((a) => [a.id, a]));
	const text = (articleId: string, start: number, end: number) =>
		article.get(articleId)!.text.slice(start, end);
	const outlet = (articleId: string) => article.get(articleId)!.outlet;
	switch (table) {
		case 'passages': {
			const groups = new Map(story.groups.map((g) => [g.id, g]));
			return toCsv(story.passages, [
				{ header: 'passage_id', value: (p) => p.id },
				{ header: 'group_id', value: (p) => p.groupId },
				{ header: 'group_kind', value: (p) => groups.get(p.groupId)!.kind },
				{ header: 'article_id', value: (p) => p.articleId },
				{ header: 'outlet_id', value: (p) => outlet(p.articleId) },
				{ header: 'start', value: (p) => p.start },
				{ header: 'end', value: (p) => p.end },
				{ header: 'sentences', value: (p) => p.sentenceIndexes.join(' ') },
				{ header: 'text', value: (p) => text(p.articleId, p.start, p.end) },
			]);
		}
		case 'groups': {
			const rows = new Map(story.coverage.groups.map((r) => [r.groupId, r]));
			const passage = new Map(story.passages.map((p) => [p.id, p]));
			return toCsv(story.groups, [
				{ header: 'group_id', value: (g) => g.id },
				{ header: 'order', value: (g) => g.order },
				{ header: 'kind', value: (g) => g.kind },
				{ header: 'similarity', value: (g) => g.similarity },
				{ header: 'outlet_count', value: (g) => rows.get(g.id)!.outletCount },
				{ header: 'article_ids', value: (g) => g.articleIds.join(' ') },
				{ header: 'passage_ids', value: (g) => g.passageIds.join(' ') },
				{ header: 'shared_words', value: (g) => g.evidence.sharedWords.join(' ') },
				{
					header: 'reference_text',
					value: (g) => {
						const p = passage.get(g.referencePassageId)!;
						return text(p.articleId, p.start, p.end);
					},
				},
			]);
		}
		case 'related':
			return toCsv(story.related, [
				{ header: 'related_id', value: (r) => r.id },
				{ header: 'kind', value: (r) => r.kind },
				{ header: 'similarity', value: (r) => r.similarity },
				{ header: 'overlap_similarity', value: (r) => r.overlapSimilarity },
				{ header: 'meaning_similarity', value: (r) => r.meaningSimilarity },
				{ header: 'article_a', value: (r) => r.a.articleId },
				{ header: 'passage_a', value: (r) => r.a.passageId },
				{ header: 'text_a', value: (r) => text(r.a.articleId, r.a.start, r.a.end) },
				{ header: 'article_b', value: (r) => r.b.articleId },
				{ header: 'passage_b', value: (r) => r.b.passageId },
				{ header: 'text_b', value: (r) => text(r.b.articleId, r.b.start, r.b.end) },
				{ header: 'shared_words', value: (r) => r.sharedWords.join(' ') },
				{ header: 'restates', value: (r) => r.restates },
			]);
		case 'quotes':
			return toCsv(story.quotes, [
				{ header: 'quote_id', value: (q) => q.id },
				{ header: 'utterance_id', value: (q) => q.utteranceId },
				{ header: 'article_id', value: (q) => q.articleId },
				{ header: 'outlet_id', value: (q) => outlet(q.articleId) },
				{ header: 'form', value: (q) => q.form },
				{ header: 'speaker', value: (q) => q.speaker },
				{ header: 'speaker_as_written', value: (q) => q.speakerText },
				{ header: 'verb', value: (q) => q.verb },
				{ header: 'confidence', value: (q) => q.confidence },
				{ header: 'start', value: (q) => q.start },
				{ header: 'end', value: (q) => q.end },
				{ header: 'text', value: (q) => text(q.articleId, q.start, q.end) },
			]);
		case 'differences':
			return toCsv(
				story.differences.flatMap((d) => d.sides.map((side) => ({ d, side }))),
				[
					{ header: 'difference_id', value: ({ d }) => d.id },
					{ header: 'kind', value: ({ d }) => d.kind },
					{ header: 'topic', value: ({ d }) => d.topic },
					{ header: 'relation', value: ({ d }) => d.relation },
					{ header: 'group_id', value: ({ d }) => d.groupId },
					{ header: 'outlet_id', value: ({ side }) => side.outletId },
					{ header: 'article_id', value: ({ side }) => side.articleId },
					{ header: 'value', value: ({ side }) => side.value },
					{ header: 'amount', value: ({ side }) => side.typed?.value ?? null },
					{ header: 'low', value: ({ side }) => side.typed?.low ?? null },
					{ header: 'high', value: ({ side }) => side.typed?.high ?? null },
					{ header: 'qualifier', value: ({ side }) => side.typed?.qualifier ?? null },
					{ header: 'unit', value: ({ side }) => side.typed?.unit ?? null },
					{ header: 'noun', value: ({ side }) => side.typed?.noun ?? null },
					{ header: 'start', value: ({ side }) => side.start },
					{ header: 'end', value: ({ side }) => side.end },
					{
						header: 'exact_words',
						value: ({ side }) => text(side.articleId, side.start, side.end),
					},
					{ header: 'also_in', value: ({ side }) => side.alsoIn.join(' ') },
				],
			);
	}
}
