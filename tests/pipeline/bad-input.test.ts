// Bad input of every kind stops with one typed error naming the file, with a hint; arbitrary
// bytes and text never throw anything else.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { alignArticles } from '../../src/align/align-articles.ts';
import { ContentError } from '../../src/ingest/errors.ts';
import { MAX_ARTICLE_BYTES, parseArticle } from '../../src/ingest/parse-article.ts';
import { segmentSentences } from '../../src/ingest/segment-sentences.ts';

const entry = { id: 'a', file: 'a.txt', outlet: 'o', repairs: [] };
const file = (bytes: Uint8Array) => ({ path: 'content/s/a.txt', bytes, sha256: '' });
const failure = (bytes: Uint8Array): ContentError => {
	try {
		parseArticle(file(bytes), { entry });
	} catch (error) {
		if (ContentError.is(error)) return error;
		throw error;
	}
	throw new Error('expected a content error');
};

describe('parseArticle on bad input', () => {
	test.each([
		['an empty file', new Uint8Array(0), 'ArticleParseError', 'the file is empty'],
		[
			'a binary file',
			Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00),
			'ArticleDecodeError',
			'the file looks binary',
		],
		[
			'invalid UTF-8 amid UTF-8',
			new TextEncoder()
				.encode('Café is fine.\nBut \u00ff')
				.map((b, i, all) => (i === all.length - 1 ? 0xc3 : b)),
			'ArticleDecodeError',
			'invalid UTF-8',
		],
		[
			'a file that is all boilerplate',
			new TextEncoder().encode('Skip to main content\n\nShare\n\nComments\n'),
			'ArticleParseError',
			'no article text is left',
		],
	])('stops on %s with a typed error naming the file and a hint', (_name, bytes, name, problem) => {
		const error = failure(bytes);
		expect(error.name).toBe(name);
		expect(error.file).toBe('content/s/a.txt');
		expect(error.message).toContain(problem);
		expect(error.hint.length).toBeGreaterThan(20);
	});

	test('stops on a 20 MB article before reading it', () => {
		const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
		const error = failure(big);
		expect(error.message).toBe(
			`content/s/a.txt: the file is 20.0 MB; an article file may be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`,
		);
	});
});

describe('parseArticle properties', () => {
	test('returns an article or a typed content error for any bytes, never anything else', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
				try {
					const article = parseArticle(file(bytes), { entry });
					for (const p of article.paragraphs)
						expect(p.end).toBeLessThanOrEqual(article.text.length);
					for (const s of article.sentences)
						expect(0 <= s.start && s.start < s.end && s.end <= article.text.length).toBe(true);
				} catch (error) {
					expect(ContentError.is(error), String(error)).toBe(true);
				}
			}),
			{ numRuns: 3000 },
		);
	});

	test('returns an article or a typed error for any text', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 12 }),
				(lines) => {
					try {
						parseArticle(file(new TextEncoder().encode(lines.join('\n'))), { entry });
					} catch (error) {
						expect(ContentError.is(error), String(error)).toBe(true);
					}
				},
			),
			{ numRuns: 2000 },
		);
	});
});

describe('alignArticles properties on arbitrary text', () => {
	test('never throws and keeps every passage inside its text', () => {
		const articleArb = fc.array(fc.string({ unit: 'grapheme', maxLength: 120 }), {
			minLength: 1,
			maxLength: 5,
		});
		fc.assert(
			fc.property(fc.array(articleArb, { minLength: 2, maxLength: 4 }), (bodies) => {
				const articles = bodies.map((paragraphs, i) => {
					const text = paragraphs.join('\n\n');
					return { id: `a${i}`, text, sentences: segmentSentences(text) };
				});
				const { passages, groups } = alignArticles(articles);
				for (const p of passages) {
					const text = articles.find((a) => a.id === p.articleId)!.text;
					expect(0 <= p.start && p.start < p.end && p.end <= text.length).toBe(true);
				}
				for (const g of groups) expect(new Set(g.articleIds).size).toBeGreaterThanOrEqual(2);
			}),
			{ numRuns: 1000 },
		);
	});
});
