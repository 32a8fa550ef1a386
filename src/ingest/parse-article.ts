/**
 * Turns one raw article file into a typed Article record: decode, clean, then lay the body
 * out as text with paragraph and sentence offsets.
 */
import { cleanArticle, countWords } from './clean-article.ts';
import { decodeText } from './decode-text.ts';
import { htmlToText, isHtml } from './html-to-text.ts';
import { ArticleParseError } from './errors.ts';
import { implausibleDate, resolveDayMonth } from './find-dateline.ts';
import type { ManifestArticle } from '../schemas/manifest.ts';
import { segmentSentences } from './segment-sentences.ts';
import type {
	Article,
	CleaningEntry,
	CleaningWarning,
	Dateline,
	Paragraph,
	PublishedSource,
} from '../schemas/article.ts';

/** A raw article file, as the loader read it. */
export interface RawArticleFile {
	/** Path of the file relative to the project root, for messages. */
	path: string;
	/** The file's bytes, untouched. */
	bytes: Uint8Array;
	/** SHA-256 of the bytes, hex. */
	sha256: string;
}

/** Everything parseArticle needs besides the file. */
export interface ParseArticleOptions {
	/** The article's manifest entry. */
	entry: ManifestArticle;
	/** Lines known to be the outlet's site template (see cleanArticle). */
	templateLines?: ReadonlySet<string>;
	/** The story's date (`YYYY-MM-DD`): a capture dated long before it is rejected. */
	storyDate?: string;
	/** The latest possible capture day, `YYYY-MM-DD` (the build day): later dates are rejected. */
	notAfter?: string;
}

/** The log entry of a capture read as HTML (see html-to-text.ts). */
const HTML_STEP: CleaningEntry = {
	rule: 'html',
	action: 'decoded',
	line: null,
	text: '',
	replacement: null,
	detail:
		"The file is a web page's HTML: its text was taken block by block (the page head, scripts, styles, navigation, asides and footer left out), and the line numbers below count lines of that text.",
};

/** Largest article file accepted: far above any news article, far below what would stall a build. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Parses one raw file into an Article; throws ArticleDecodeError or ArticleParseError. */
export function parseArticle(file: RawArticleFile, options: ParseArticleOptions): Article {
	const { entry } = options;
	if (file.bytes.length > MAX_ARTICLE_BYTES) {
		throw new ArticleParseError(
			`the file is ${(file.bytes.length / 1024 / 1024).toFixed(1)} MB; an article file may be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`,
			{ file: file.path },
			'A news article is a few kilobytes of text. Check that this is the right file (not a whole site dump or a binary), or trim it to the article.',
		);
	}
	const decoded = decodeText(file.bytes, file.path);
	const html = isHtml(decoded.text);
	const cleaned = cleanArticle(html ? htmlToText(decoded.text) : decoded.text, {
		repairs: entry.repairs,
		templateLines: options.templateLines,
	});
	const log = [...decoded.log, ...(html ? [HTML_STEP] : []), ...cleaned.log];
	for (const repair of entry.repairs) {
		if (!log.some((e) => e.rule === 'manifest-repair' && e.text === repair.find)) {
			throw new ArticleParseError(
				`the manifest declares a repair of "${repair.find}" but the file does not contain it`,
				{ file: file.path },
				'Copy the exact text from the file into `find` (after decoding), or remove the repair.',
			);
		}
	}
	if (cleaned.paragraphs.length === 0) {
		const removed = cleaned.log.filter((e) => e.action === 'removed');
		const first = removed[0];
		const extracted = cleaned.log.filter((e) => e.action === 'extracted').map((e) => e.rule);
		throw new ArticleParseError(
			removed.length === 0
				? `no article body: every line was taken as ${[...new Set(extracted)].join(', ') || 'headline or date'}, and none is left as body text`
				: `no article text is left after cleaning: all ${removed.length} lines were boilerplate` +
						(first
							? ` (line ${first.line} "${first.text.slice(0, 60)}" removed by rule ${first.rule})`
							: ''),
			{ file: file.path, line: first?.line ?? undefined },
			'Check that the file holds the article body, one paragraph per line; sentences need closing punctuation.',
		);
	}
	let text = '';
	const paragraphs: Paragraph[] = [];
	for (const paragraph of cleaned.paragraphs) {
		if (text.length > 0) text += '\n\n';
		paragraphs.push({
			start: text.length,
			end: text.length + paragraph.text.length,
			line: paragraph.line,
		});
		text += paragraph.text;
	}
	const warnings: CleaningWarning[] = [...cleaned.warnings];
	let dateline: Dateline | null = null;
	if (cleaned.dateline) {
		const { date: read, kind, updated: readUpdated, line, text: datelineText } = cleaned.dateline;
		const { date, updated } = resolveDayMonth(
			datelineText,
			{ date: read, updated: readUpdated },
			options.storyDate,
		);
		if (date !== read) {
			log.push({
				rule: 'day-month-order',
				action: 'repaired',
				line,
				text: read,
				replacement: date,
				detail: `The dateline "${datelineText}" can be read day first or month first; it is read day first (${date}${updated ? `, updated ${updated}` : ''}), ${options.storyDate ? `the reading nearer the story's date (${options.storyDate})` : 'as dotted dates always are'}.`,
			});
		}
		const rejected = implausibleDate(date, options);
		dateline = { date, kind, updated, line, text: datelineText, rejected };
		if (rejected) {
			log.push({
				rule: 'implausible-date',
				action: 'removed',
				line,
				text: date,
				replacement: null,
				detail: `The dateline's date cannot be right (${rejected}), so it is not used.`,
			});
			warnings.push({
				rule: 'implausible-date',
				lines: [line],
				message: `The dateline "${datelineText}" gives ${rejected}; the date is not used.`,
			});
		}
	}
	const usable = dateline && !dateline.rejected ? dateline : null;
	const captureDate = usable?.date ?? cleaned.date;
	if (entry.published && captureDate && entry.published !== captureDate) {
		log.push({
			rule: 'date-override',
			action: 'repaired',
			line: usable?.line ?? null,
			text: captureDate,
			replacement: entry.published,
			detail: `The capture's ${usable ? 'dateline' : 'date line'} says ${captureDate}; the manifest gives ${entry.published}, which is used.`,
		});
	}
	const published = entry.published ?? captureDate;
	const publishedSource: PublishedSource | null = entry.published
		? 'manifest'
		: usable
			? usable.kind === 'updated'
				? 'update-line'
				: 'dateline'
			: cleaned.date
				? 'capture'
				: null;
	return {
		id: entry.id,
		outlet: entry.outlet,
		sourceFile: entry.file,
		sourceBytes: file.bytes.length,
		sourceSha256: file.sha256,
		encoding: decoded.encoding,
		published: published ?? null,
		publishedSource,
		dateline,
		headline: cleaned.headline ?? entry.headline ?? null,
		caption: cleaned.caption,
		credits: cleaned.credits,
		url: entry.url ?? null,
		note: entry.note ?? null,
		text,
		paragraphs,
		sentences: segmentSentences(text),
		wordCount: countWords(text),
		cleaningLog: log,
		cleaningWarnings: warnings,
	};
}
