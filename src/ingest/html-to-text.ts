/**
 * Captures saved as a web page's HTML rather than its text: the text is taken block by block, one
 * line per paragraph, heading or list item, so that the cleaner reads it as it reads any capture.
 * No parser is needed for that much: tags are dropped, blocks become lines, entities are decoded.
 */

/** A page's markup: a doctype or html element first, or at least MIN_PARAGRAPH_TAGS paragraphs. */
const PAGE_START = /^\s*(?:<!doctype\s+html|<html[\s>])/i;
/**
 * Closing paragraph tags that make a file HTML without a doctype: three, since a text capture may
 * keep a stray tag or two from its page but never three closed paragraphs.
 */
const MIN_PARAGRAPH_TAGS = 3;

/**
 * Elements whose content is never article text: dropped whole. Not forms: some sites wrap the
 * whole page, article included, in one.
 */
const DROPPED = [
	'head',
	'script',
	'style',
	'noscript',
	'svg',
	'template',
	'iframe',
	'nav',
	'aside',
	'footer',
	'button',
];

/** Elements that start a new line of text. */
const BLOCKS =
	'p|div|h[1-6]|li|ul|ol|section|article|header|main|figure|figcaption|blockquote|tr|table|dl|dt|dd|pre|hr|time|address';

/** Named character references found in news pages, with the characters they stand for. */
const ENTITIES: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	mdash: '—',
	ndash: '–',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	laquo: '«',
	raquo: '»',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	euro: '€',
	pound: '£',
	middot: '·',
	bull: '•',
};

/** Whether a decoded capture is a web page's HTML rather than its text. */
export function isHtml(text: string): boolean {
	return PAGE_START.test(text) || (text.match(/<\/p\s*>/gi)?.length ?? 0) >= MIN_PARAGRAPH_TAGS;
}

/** The text of a page's HTML: one line per block, blocks separated by a blank line. */
export function htmlToText(html: string): string {
	let text = html.replace(/<!--[\s\S]*?-->/g, '');
	for (const tag of DROPPED) {
		text = text.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}\\s*>`, 'gi'), '\n');
	}
	// Line breaks in the markup are spaces to a browser; only <br> and blocks break lines.
	text = text
		.replace(/\s+/g, ' ')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(new RegExp(`</?(?:${BLOCKS})\\b[^>]*>`, 'gi'), '\n\n')
		.replace(/<[^>]*>/g, '');
	return decodeEntities(text)
		.split(/\n{2,}/)
		.map((block) => block.replace(/ *\n */g, '\n').trim())
		.filter((block) => block !== '')
		.join('\n\n');
}

/** Decodes named (see ENTITIES) and numeric character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}
