/**
 * The story manifest: the small human-edited file (`story.yaml`) that sits beside a story's
 * raw article files and says what they are. Validated once, here, with line numbers.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { findInvalidUtf8, lineAt } from './decode-text.ts';
import { ManifestError } from './errors.ts';
import { StoryManifestSchema, type StoryManifest } from '../schemas/manifest.ts';
import { markdownNestingDepth } from '../text/render-markdown.ts';

/** The manifest's file name inside a story folder. */
export const MANIFEST_FILE = 'story.yaml';

/**
 * Largest manifest accepted, checked before it is read. The seed's is 2.6 KB and a manifest of
 * the 200-article scale story about 40 KB; 1 MB leaves room for a thousand articles with notes.
 */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

/**
 * Deepest nesting of block quotes and lists a summary may have. Summaries use one or two
 * levels; the Markdown parser recurses per level and overflows the stack near a thousand.
 */
export const MAX_SUMMARY_NESTING = 16;

/**
 * The free-text fields a reader sees, which are cleaned of invisible characters. Ids, dates,
 * URLs and file names are checked by pattern instead, and a repair's `find` must match the
 * raw text exactly, so they are left as written.
 */
const TEXT_FIELDS: readonly (readonly string[])[] = [
	['title'],
	['summary'],
	['outlets', '*', 'name'],
	['articles', '*', 'headline'],
	['articles', '*', 'note'],
	['articles', '*', 'repairs', '*', 'replace'],
	['articles', '*', 'repairs', '*', 'reason'],
];
/** Fields that may hold line breaks (Markdown paragraphs, notes); the others are one line. */
const MULTILINE_FIELDS = new Set(['summary', 'note', 'reason']);

/**
 * Characters no manifest text may carry: C0 and C1 controls (except tab and newline), bidi
 * embeddings, overrides and isolates (they reorder the text around them: spoofing), invisible
 * marks and joiners that carry nothing, byte-order marks, noncharacters (XML and the share
 * image cannot hold U+FFFE or U+FFFF) and lone surrogates. The same set article text loses.
 */
const FORBIDDEN_IN_TEXT =
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** A manifest field changed when it was read: characters removed or the text normalised. */
export interface FieldCleaning {
	/** Dotted path of the field, e.g. `outlets.0.name`. */
	field: string;
	/** 1-based line of the field in the manifest. */
	line: number | undefined;
	/** What was done, for the build log. */
	detail: string;
}

/** A validated manifest and the cleanings made to its text fields (for the build log). */
export interface ReadManifest {
	manifest: StoryManifest;
	cleanings: FieldCleaning[];
}

/**
 * Decodes a manifest's bytes as UTF-8 (a byte-order mark is allowed); throws a ManifestError
 * naming the line of the first byte that is not UTF-8, e.g. a manifest saved as Latin-1.
 */
export function decodeManifest(bytes: Uint8Array, file: string): string {
	const invalid = findInvalidUtf8(bytes);
	if (invalid !== -1) {
		const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
		throw new ManifestError(
			`the manifest is not UTF-8 text (byte 0x${byte} at byte ${invalid})`,
			{ file, line: lineAt(bytes, invalid) },
			'Re-save story.yaml as UTF-8 (it was probably saved as Latin-1 or Windows-1252); accented letters on that line are the likely cause.',
		);
	}
	const text = new TextDecoder('utf-8').decode(bytes);
	return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** What the loader knows about the folder a manifest describes. */
export interface ManifestContext {
	/** Path of the manifest file, for messages. */
	file: string;
	/** Names of the files present in the story folder. */
	folderFiles: readonly string[];
}

/** Parses and validates a manifest's YAML text; throws a ManifestError naming line and field. */
export function parseManifest(text: string, context: ManifestContext): StoryManifest {
	return readManifest(text, context).manifest;
}

/**
 * Parses and validates a manifest's YAML text, cleaning its text fields (Unicode NFC, no
 * control, bidi or invisible characters); returns the cleanings for the build log.
 */
export function readManifest(text: string, context: ManifestContext): ReadManifest {
	const { file } = context;
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const yamlError = doc.errors[0];
	if (yamlError) {
		const line = lineCounter.linePos(yamlError.pos[0]).line;
		throw new ManifestError(
			`the manifest is not valid YAML: ${firstLine(yamlError.message)}`,
			{ file, line },
			'Check indentation and quoting on that line; text containing `: ` or `#` needs quotes.',
		);
	}
	const lineOf = (path: readonly PropertyKey[]): number | undefined =>
		findLine(doc.contents, path, lineCounter);

	let raw: unknown;
	try {
		// Aliases are capped: a few kilobytes of nested aliases would expand to gigabytes.
		raw = doc.toJS({ maxAliasCount: 100 });
	} catch (error) {
		throw new ManifestError(
			`the manifest's YAML cannot be read: ${firstLine(error instanceof Error ? error.message : String(error))}`,
			{ file, line: 1 },
			'A `*name` or `&name` in unquoted text is read as a YAML alias or anchor; put such text in quotes.',
		);
	}
	if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
		throw new ManifestError(
			'the manifest is empty',
			{ file, line: 1 },
			'Write the story\'s title, date, summary, outlets and articles; README.md ("The story manifest") has an example to copy.',
		);
	}
	if (typeof raw !== 'object' || Array.isArray(raw)) {
		throw new ManifestError(
			`the manifest must be a list of fields (title: …, date: …), but it is ${Array.isArray(raw) ? 'a list' : `a single ${typeof raw}`}`,
			{ file, line: 1 },
			'Start with `title: …` on its own line; README.md ("The story manifest") has an example to copy.',
		);
	}
	const cleanings = cleanTextFields(raw as Record<string, unknown>, lineOf);
	const parsed = StoryManifestSchema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
		const field = path.map(String).join('.') || '(top level)';
		const present = doc.hasIn(path as PropertyKey[]);
		const value: unknown = present ? valueAt(raw, path) : undefined;
		throw new ManifestError(
			describeIssue(issue, value, present),
			{ file, line: lineOf(path), field },
			hintFor(issue, field, present, value),
		);
	}
	const manifest = parsed.data;
	const depth = markdownNestingDepth(manifest.summary);
	if (depth > MAX_SUMMARY_NESTING) {
		throw new ManifestError(
			`the summary nests quotes or lists ${depth} levels deep; at most ${MAX_SUMMARY_NESTING} are allowed`,
			{ file, line: lineOf(['summary']), field: 'summary' },
			'A summary is a few plain paragraphs; remove the repeated `>` or list markers.',
		);
	}
	checkConsistency(manifest, context, lineOf);
	return { manifest, cleanings };
}

/** The value at `path` inside a plain JS value, or undefined. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let node = root;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node;
}

/**
 * Cleans the free-text fields in place: NFC, forbidden characters removed, and one-line fields
 * kept on one line. Returns what changed, with field and line.
 */
function cleanTextFields(
	raw: Record<string, unknown>,
	lineOf: (path: readonly PropertyKey[]) => number | undefined,
): FieldCleaning[] {
	const cleanings: FieldCleaning[] = [];
	const visit = (node: unknown, pattern: readonly string[], path: PropertyKey[]): void => {
		if (node === null || typeof node !== 'object') return;
		const [head, ...rest] = pattern;
		const record = node as Record<PropertyKey, unknown>;
		const keys: PropertyKey[] =
			head === '*' ? (Array.isArray(node) ? node.map((_, i) => i) : []) : [head!];
		for (const key of keys) {
			if (!Object.hasOwn(record, key)) continue;
			const value = record[key];
			if (rest.length > 0) {
				visit(value, rest, [...path, key]);
				continue;
			}
			if (typeof value !== 'string') continue;
			const { text, detail } = cleanFieldText(value, MULTILINE_FIELDS.has(String(key)));
			if (detail === null) continue;
			record[key] = text;
			const fieldPath = [...path, key];
			cleanings.push({ field: fieldPath.join('.'), line: lineOf(fieldPath), detail });
		}
	};
	for (const pattern of TEXT_FIELDS) visit(raw, pattern, []);
	return cleanings;
}

/** Cleans one field's text; `detail` says what changed, or is null when nothing did. */
export function cleanFieldText(
	value: string,
	multiline: boolean,
): { text: string; detail: string | null } {
	const changes: string[] = [];
	let text = value.normalize('NFC');
	if (text !== value) changes.push('normalised to Unicode NFC');
	const removed = new Map<string, number>();
	text = text.replace(FORBIDDEN_IN_TEXT, (c) => {
		const code = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
		removed.set(code, (removed.get(code) ?? 0) + 1);
		return '';
	});
	if (removed.size > 0) {
		const list = [...removed].map(([code, n]) => (n === 1 ? code : `${code} ×${n}`)).join(', ');
		changes.push(`removed control, bidi or invisible characters (${list})`);
	}
	if (!multiline && /[\t\n]/.test(text)) {
		text = text.replace(/\s*\n\s*|\t/g, ' ');
		changes.push('joined onto one line');
	}
	return { text, detail: changes.length > 0 ? changes.join('; ') : null };
}

function checkConsistency(
	manifest: StoryManifest,
	{ file, folderFiles }: ManifestContext,
	lineOf: (path: readonly PropertyKey[]) => number | undefined,
): void {
	const fail = (problem: string, path: PropertyKey[], hint: string): never => {
		throw new ManifestError(problem, { file, line: lineOf(path), field: path.join('.') }, hint);
	};
	const outletIds = new Set<string>();
	manifest.outlets.forEach((outlet, i) => {
		if (outletIds.has(outlet.id)) {
			fail(
				`outlet id "${outlet.id}" is used twice`,
				['outlets', i, 'id'],
				'Give each outlet its own id.',
			);
		}
		outletIds.add(outlet.id);
	});
	const articleIds = new Set<string>();
	const files = new Set<string>();
	const present = new Set(folderFiles);
	manifest.articles.forEach((article, i) => {
		if (articleIds.has(article.id)) {
			fail(
				`article id "${article.id}" is used twice`,
				['articles', i, 'id'],
				'Article ids appear in URLs and must be unique within the story.',
			);
		}
		articleIds.add(article.id);
		if (files.has(article.file)) {
			fail(
				`file "${article.file}" is listed twice`,
				['articles', i, 'file'],
				'List each raw file once; a second capture of an article is its own file.',
			);
		}
		files.add(article.file);
		if (!present.has(article.file)) {
			fail(
				`file "${article.file}" is not in the story folder`,
				['articles', i, 'file'],
				`Copy the raw file into the folder beside ${MANIFEST_FILE}, or fix the name (it is case-sensitive).`,
			);
		}
		if (!outletIds.has(article.outlet)) {
			fail(
				`unknown outlet "${article.outlet}"`,
				['articles', i, 'outlet'],
				`Use one of the ids under \`outlets\` (${[...outletIds].join(', ')}), or add the outlet there.`,
			);
		}
	});
	manifest.articles.forEach((article, i) => {
		if (article.versionOf !== undefined) {
			const other = manifest.articles.find((a) => a.id === article.versionOf);
			if (!other || other.id === article.id) {
				fail(
					`versionOf "${article.versionOf}" is not another article of this story`,
					['articles', i, 'versionOf'],
					'Name the id of an earlier capture of the same article.',
				);
			} else if (other.outlet !== article.outlet) {
				fail(
					`versionOf "${article.versionOf}" is an article of another outlet`,
					['articles', i, 'versionOf'],
					"Versions are captures of one outlet's article; both entries need the same `outlet`.",
				);
			}
		}
		article.repairs.forEach((repair, j) => {
			if (repair.evidence !== undefined && !articleIds.has(repair.evidence)) {
				fail(
					`repair evidence "${repair.evidence}" is not an article of this story`,
					['articles', i, 'repairs', j, 'evidence'],
					`Name the id of the article whose text justifies the repair (${[...articleIds].join(', ')}).`,
				);
			}
			if (repair.evidence === article.id) {
				fail(
					'a repair cannot be its own evidence',
					['articles', i, 'repairs', j, 'evidence'],
					'Name another capture whose clean text shows the right wording.',
				);
			}
		});
	});
	const unlisted = folderFiles.filter((name) => name.endsWith('.txt') && !files.has(name)).sort();
	if (unlisted.length > 0) {
		fail(
			`the folder holds ${unlisted.map((n) => JSON.stringify(n)).join(', ')} but the manifest does not list it`,
			['articles'],
			'Add an entry under `articles` for every .txt file in the folder, or move the file out.',
		);
	}
}

/** What YAML made of a value, in an author's words. */
function kindOf(value: unknown): string {
	if (value === null) return 'nothing (an empty value)';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a group of fields';
	if (typeof value === 'number') return `the number ${String(value)}`;
	if (typeof value === 'boolean') return `the yes/no value ${String(value)}`;
	return `the text "${String(value).slice(0, 60)}"`;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown, present: boolean): string {
	switch (issue.code) {
		case 'invalid_format':
			return `"${String(value).slice(0, 80)}" is not valid: ${issue.message}`;
		case 'unrecognized_keys':
			return `unknown field "${issue.keys[0]}"`;
		case 'invalid_type':
			return present
				? `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : issue.expected === 'string' ? 'text' : issue.expected}, but YAML read ${kindOf(value)}`
				: 'missing required field';
		case 'too_big':
			return Array.isArray(value)
				? `too many entries: ${value.length}; at most ${String(issue.maximum)}`
				: `too long: ${typeof value === 'string' ? value.length : '?'} characters; at most ${String(issue.maximum)}`;
		case 'too_small':
			return typeof value === 'string'
				? 'empty: it needs some text'
				: 'empty: it needs at least one entry';
		default:
			return issue.message;
	}
}

function hintFor(issue: z.core.$ZodIssue, field: string, present: boolean, value: unknown): string {
	const name = field.split('.').at(-1);
	if (issue.code === 'unrecognized_keys') {
		return 'Remove it or fix its spelling; the manifest fields are documented in README.md ("The story manifest").';
	}
	if (issue.code === 'invalid_format' && issue.format === 'date') {
		return 'Write dates as YYYY-MM-DD, e.g. 2023-03-22.';
	}
	if (issue.code === 'invalid_type' && !present) {
		return `Add \`${name}\`; the manifest fields are documented in README.md ("The story manifest").`;
	}
	if (issue.code === 'invalid_type' && issue.expected === 'string') {
		return /date|published/.test(String(name)) || typeof value === 'number'
			? /date|published/.test(String(name))
				? 'Write dates as YYYY-MM-DD, e.g. 2023-03-22.'
				: `Put the value in quotes so YAML reads it as text, e.g. ${name}: "${String(value)}".`
			: `Give \`${name}\` as text on the same line, quoted if it holds \`: \` or \`#\`.`;
	}
	if (issue.code === 'too_big') {
		return 'Shorten it; the limits are listed in README.md ("The story manifest").';
	}
	return 'See README.md ("The story manifest") for the fields and their formats.';
}

/** Finds the line of the deepest node that exists along `path`. */
function findLine(
	root: YamlNode | null,
	path: readonly PropertyKey[],
	lineCounter: LineCounter,
): number | undefined {
	let node: unknown = root;
	let line: number | undefined = rangeLine(root, lineCounter);
	for (const key of path) {
		if (!node || typeof node !== 'object' || !('items' in node)) break;
		const items = (node as { items: unknown[] }).items;
		let next: unknown;
		if (isMap(node)) {
			const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
			if (!pair) break;
			line = rangeLine(pair.key as YamlNode, lineCounter) ?? line;
			next = pair.value;
		} else if (typeof key === 'number') {
			next = items[key];
		}
		if (!next) break;
		node = next;
		line = rangeLine(next as YamlNode, lineCounter) ?? line;
	}
	return line;
}

function rangeLine(
	node: YamlNode | null | undefined,
	lineCounter: LineCounter,
): number | undefined {
	const start = node?.range?.[0];
	return start === undefined ? undefined : lineCounter.linePos(start).line;
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.trim();
}
