/**
 * Renders the editorial Markdown that surrounds the articles (story summaries) to HTML.
 * Raw HTML in the Markdown is dropped and links are sanitised, so a manifest cannot inject
 * markup or script into the site.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified()
	.use(remarkParse)
	.use(remarkRehype)
	.use(rehypeSanitize)
	.use(rehypeStringify);

/** Converts Markdown to safe HTML. */
export function renderMarkdown(markdown: string): string {
	return String(processor.processSync(markdown)).trim();
}

/**
 * The deepest nesting of block containers (block quotes, list items) any line of the Markdown
 * opens, counted from its leading markers and indentation. Over-counts rather than under-counts:
 * it guards the parser, which recurses once per level.
 */
export function markdownNestingDepth(markdown: string): number {
	let deepest = 0;
	for (const line of markdown.split('\n')) {
		const lead = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(line)![0];
		const markers = (lead.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
		const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
		deepest = Math.max(deepest, markers + Math.floor(indent / 2));
	}
	return deepest;
}

const NAMED_ENTITIES: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };

/** Converts Markdown to plain text (for meta descriptions and feeds). */
export function markdownToPlainText(markdown: string): string {
	return renderMarkdown(markdown)
		.replace(/<[^>]*>/g, '')
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
		.replace(/&(quot|lt|gt|amp);/g, (_, name: string) => NAMED_ENTITIES[name]!)
		.replace(/\s+/g, ' ')
		.trim();
}
