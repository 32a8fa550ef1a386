/** A full Article record built from paragraphs, for tests of modules that take Articles. */
import { countWords } from '../../src/ingest/clean-article.ts';
import { segmentSentences } from '../../src/ingest/segment-sentences.ts';
import type { Article } from '../../src/schemas/article.ts';

/** An Article with the given paragraphs and otherwise empty metadata. */
export function storyArticle(id: string, outlet: string, ...paragraphs: string[]): Article {
	const text = paragraphs.join('\n\n');
	let offset = 0;
	const spans = paragraphs.map((p, i) => {
		const span = { start: offset, end: offset + p.length, line: 2 * i + 1 };
		offset += p.length + 2;
		return span;
	});
	return {
		id,
		outlet,
		sourceFile: `${id}.txt`,
		sourceBytes: text.length,
		sourceSha256: '',
		encoding: 'utf-8',
		published: null,
		publishedSource: null,
		dateline: null,
		headline: null,
		caption: null,
		credits: [],
		url: null,
		note: null,
		text,
		paragraphs: spans,
		sentences: segmentSentences(text),
		wordCount: countWords(text),
		cleaningLog: [],
		cleaningWarnings: [],
	};
}
