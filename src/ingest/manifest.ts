/**
 * The story manifest: the small human-edited file (`story.yaml`) that sits beside a story's
 * raw article files and says what they are. Validated once, here, with line numbers.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { ManifestError } from './errors.ts';
import { StoryManifestSchema, type StoryManifest } from '../schemas/manifest.ts';

/** The manifest's file name inside a story folder. */
export const MANIFEST_FILE = 'story.yaml';

/** What the loader knows about the folder a manifest describes. */
export interface ManifestContext {
	/** Path of the manifest file, for messages. */
	file: string;
	/** Names of the files present in the story folder. */
	folderFiles: readonly string[];
}

/** Parses and validates a manifest's YAML text; throws a ManifestError naming line and field. */
export function parseManifest(text: string, context: ManifestContext): StoryManifest {
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

	const parsed = StoryManifestSchema.safeParse(doc.toJS());
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
		const field = path.map(String).join('.') || '(top level)';
		throw new ManifestError(
			describeIssue(issue, doc.getIn(path as PropertyKey[])),
			{ file, line: lineOf(path), field },
			hintFor(issue, field),
		);
	}
	const manifest = parsed.data;
	checkConsistency(manifest, context, lineOf);
	return manifest;
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
			`the folder holds ${unlisted.map((n) => `"${n}"`).join(', ')} but the manifest does not list it`,
			['articles'],
			'Add an entry under `articles` for every .txt file in the folder, or move the file out.',
		);
	}
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
	switch (issue.code) {
		case 'invalid_format':
			return `"${String(value)}" is not valid: ${issue.message}`;
		case 'unrecognized_keys':
			return `unknown field "${issue.keys[0]}"`;
		case 'invalid_type':
			return issue.input === undefined ? 'missing required field' : issue.message;
		default:
			return issue.message;
	}
}

function hintFor(issue: z.core.$ZodIssue, field: string): string {
	if (issue.code === 'unrecognized_keys') {
		return 'Remove it or fix its spelling; the manifest fields are documented in README.md ("The story manifest").';
	}
	if (issue.code === 'invalid_format' && issue.format === 'date') {
		return 'Write dates as YYYY-MM-DD, e.g. 2023-03-22.';
	}
	if (issue.code === 'invalid_type' && issue.input === undefined) {
		return `Add \`${field.split('.').at(-1)}\`; the manifest fields are documented in README.md ("The story manifest").`;
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
