/**
 * Finds a site's template lines: lines that recur verbatim in one outlet's captures of
 * different stories ("Skip to main content", "Stay Connected", newsletter prompts). Captures
 * of the same story are versions of one article and share real text, so they count once.
 */
import { countWords, normalizeLine } from './clean-article.ts';
import { decodeText } from './decode-text.ts';
import { ContentError } from './errors.ts';

/** One raw capture, with the story and site it belongs to. */
export interface SiteCapture {
	/** Slug of the story the capture belongs to. */
	story: string;
	/** Host of the outlet's homepage, e.g. `ctvnews.ca`. */
	host: string;
	/** The raw bytes of the capture. */
	bytes: Uint8Array;
	/** Path of the file, for messages. */
	path: string;
}

/** Lines longer than this many words are reused copy, not template, even when they recur. */
const MAX_TEMPLATE_WORDS = 12;

/** Maps each site host to the lines that recur in its captures of two or more stories. */
export function findTemplateLines(captures: readonly SiteCapture[]): Map<string, Set<string>> {
	const storiesByLine = new Map<string, Map<string, Set<string>>>();
	for (const capture of captures) {
		let text: string;
		try {
			text = decodeText(capture.bytes, capture.path).text;
		} catch (error) {
			// The article's own parse reports this with full context.
			if (ContentError.is(error)) continue;
			throw error;
		}
		const lines = storiesByLine.get(capture.host) ?? new Map<string, Set<string>>();
		storiesByLine.set(capture.host, lines);
		for (const raw of text.split('\n')) {
			const line = normalizeLine(raw);
			if (line === '' || countWords(line) > MAX_TEMPLATE_WORDS) continue;
			const stories = lines.get(line) ?? new Set<string>();
			stories.add(capture.story);
			lines.set(line, stories);
		}
	}
	const result = new Map<string, Set<string>>();
	for (const [host, lines] of storiesByLine) {
		const template = new Set(
			[...lines].filter(([, stories]) => stories.size >= 2).map(([line]) => line),
		);
		if (template.size > 0) result.set(host, template);
	}
	return result;
}
