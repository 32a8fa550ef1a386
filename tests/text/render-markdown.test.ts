import { describe, expect, test } from 'vitest';
import { markdownToPlainText, renderMarkdown } from '../../src/text/render-markdown.ts';

describe('renderMarkdown', () => {
	test('renders emphasis, links and paragraphs', () => {
		expect(renderMarkdown('A **bold** and *quiet* [link](https://example.org).\n\nNext.')).toBe(
			'<p>A <strong>bold</strong> and <em>quiet</em> <a href="https://example.org">link</a>.</p>\n<p>Next.</p>',
		);
	});

	test('drops raw HTML and script', () => {
		const html = renderMarkdown('Hi <script>alert(1)</script><img src=x onerror=alert(1)> there');
		expect(html).not.toMatch(/<script|<img|onerror/);
	});

	test('removes javascript: links', () => {
		expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p><a>x</a></p>');
	});
});

describe('markdownToPlainText', () => {
	test('strips markup and decodes entities', () => {
		expect(markdownToPlainText('**Han Dong** & the "Two Michaels" < 3 years')).toBe(
			'Han Dong & the "Two Michaels" < 3 years',
		);
	});
});
