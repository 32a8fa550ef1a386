/** Small hand-made articles for alignment tests. */
import { segmentSentences } from '../../src/ingest/segment-sentences.ts';
import type { Alignment } from '../../src/align/model.ts';

/** An article whose paragraphs are the given strings. */
export function article(id: string, ...paragraphs: string[]) {
	const text = paragraphs.join('\n\n');
	return { id, text, sentences: segmentSentences(text) };
}

/** The text of each passage of each group, as `articleId: text`, groups in output order. */
export function groupTexts(
	alignment: Alignment,
	articles: readonly { id: string; text: string }[],
): string[][] {
	const byId = new Map(alignment.passages.map((p) => [p.id, p]));
	return alignment.groups.map((g) =>
		g.passageIds.map((id) => {
			const p = byId.get(id)!;
			return `${p.articleId}: ${articles.find((a) => a.id === p.articleId)!.text.slice(p.start, p.end)}`;
		}),
	);
}
