import { describe, expect, test } from 'vitest';
import { decodeEntities, htmlToText, isHtml } from '../../src/ingest/html-to-text.ts';

describe('isHtml', () => {
	test('knows a page by its doctype or html element', () => {
		expect(isHtml('<!DOCTYPE html><html><body><p>The bridge closed.</p></body></html>')).toBe(true);
		expect(isHtml('  <html lang="en"><body>Text</body></html>')).toBe(true);
	});

	test('knows a fragment by three closed paragraphs', () => {
		expect(isHtml('<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>')).toBe(true);
	});

	test('leaves a text capture with a stray tag or a comparison alone', () => {
		expect(isHtml('The bridge closed on Monday.<br>\nTraffic fell by < 10 % at first.</p>')).toBe(
			false,
		);
	});
});

describe('htmlToText', () => {
	test('takes one line per block and leaves out the head, scripts, navigation and footer', () => {
		const html = [
			'<!DOCTYPE html><html><head><title>Site title</title><script>var x = 1;</script></head>',
			'<body><nav><a href="/">Home</a></nav>',
			'<h1>Bridge closes</h1>',
			'<p>The bridge closed on <a href="/monday">Monday</a>,',
			'  the city said.</p>',
			'<aside><p>Related story</p></aside>',
			'<p>Crews began<br>work on the deck.</p>',
			'<footer><p>&copy; 2025 Example</p></footer></body></html>',
		].join('\n');
		expect(htmlToText(html)).toBe(
			'Bridge closes\n\nThe bridge closed on Monday, the city said.\n\nCrews began\nwork on the deck.',
		);
	});

	test('keeps the article of a page wrapped in a form', () => {
		const html =
			'<html><body><form action="/"><p>The bridge closed on Monday.</p></form></body></html>';
		expect(htmlToText(html)).toBe('The bridge closed on Monday.');
	});
});

describe('decodeEntities', () => {
	test('decodes named, decimal and hexadecimal references', () => {
		expect(decodeEntities('&ldquo;Yes&rdquo; &amp; &#8212; &#x2019;')).toBe('“Yes” & — ’');
	});

	test('keeps unknown or impossible references as written', () => {
		expect(decodeEntities('&madeup; &#0; AT&T')).toBe('&madeup; &#0; AT&T');
	});
});
