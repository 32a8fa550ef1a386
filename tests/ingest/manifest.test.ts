import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ManifestError } from '../../src/ingest/errors.ts';
import {
	cleanFieldText,
	decodeManifest,
	MAX_SUMMARY_NESTING,
	parseManifest,
	readManifest,
} from '../../src/ingest/manifest.ts';
import { FIELD_LIMITS, StoryManifestSchema } from '../../src/schemas/manifest.ts';
import { SEED_DIR } from '../helpers/seeds.ts';

const FILE = 'content/example/story.yaml';
const seedYaml = readFileSync(path.join(SEED_DIR, 'story.yaml'), 'utf8');
const seedFiles = readdirSync(SEED_DIR);

const minimal = `title: A story
date: 2024-01-02
summary: Something happened.
outlets:
  - id: one
    name: Outlet One
    homepage: https://one.example/
articles:
  - id: first
    file: a.txt
    outlet: one
`;

/** Parses and returns the ManifestError it throws, failing the test if it does not. */
function manifestError(yaml: string, folderFiles = ['a.txt', 'story.yaml']): ManifestError {
	try {
		parseManifest(yaml, { file: FILE, folderFiles });
	} catch (error) {
		expect(error).toBeInstanceOf(ManifestError);
		return error as ManifestError;
	}
	throw new Error('expected a ManifestError');
}

describe('parseManifest', () => {
	test('reads the seed manifest with its five articles and four outlets', () => {
		const manifest = parseManifest(seedYaml, { file: FILE, folderFiles: seedFiles });
		expect(manifest.articles.map((a) => a.id)).toEqual(['ctv', 'cbc', 'bbc', 'ctv-web', 'global']);
		expect(manifest.outlets.map((o) => o.id)).toEqual(['ctv', 'cbc', 'bbc', 'global']);
		expect(manifest.articles[3]!.repairs).toEqual([
			expect.objectContaining({ find: 'Â鶹´«Ã½', replace: 'CTV News', evidence: 'ctv' }),
		]);
		expect(manifest.date).toBe('2023-03-22');
	});

	test('defaults repairs to an empty list', () => {
		const manifest = parseManifest(minimal, { file: FILE, folderFiles: ['a.txt'] });
		expect(manifest.articles[0]!.repairs).toEqual([]);
	});

	test('names the file, line and field of a missing file', () => {
		const error = manifestError(minimal.replace('file: a.txt', 'file: missing.txt'));
		expect(error.file).toBe(FILE);
		expect(error.field).toBe('articles.0.file');
		expect(error.line).toBe(10);
		expect(error.message).toContain(
			'content/example/story.yaml:10: file "missing.txt" is not in the story folder',
		);
		expect(error.hint).toMatch(/Copy the raw file/);
	});

	test('rejects an unknown outlet, listing the known ones', () => {
		const error = manifestError(minimal.replace('outlet: one', 'outlet: two'));
		expect(error.field).toBe('articles.0.outlet');
		expect(error.line).toBe(11);
		expect(error.message).toContain('unknown outlet "two"');
		expect(error.hint).toContain('(one)');
	});

	test('rejects a duplicate article id', () => {
		const yaml = `${minimal}  - id: first\n    file: b.txt\n    outlet: one\n`;
		const error = manifestError(yaml, ['a.txt', 'b.txt']);
		expect(error.field).toBe('articles.1.id');
		expect(error.line).toBe(12);
		expect(error.message).toContain('article id "first" is used twice');
	});

	test('rejects a duplicate outlet id', () => {
		const yaml = minimal.replace(
			'articles:',
			'  - id: one\n    name: Again\n    homepage: https://again.example/\narticles:',
		);
		expect(manifestError(yaml).field).toBe('outlets.1.id');
	});

	test('rejects a date that is not a calendar date', () => {
		const error = manifestError(minimal.replace('date: 2024-01-02', 'date: 2024-02-30'));
		expect(error.field).toBe('date');
		expect(error.line).toBe(2);
		expect(error.hint).toContain('YYYY-MM-DD');
	});

	test('rejects a bad article date with its field path', () => {
		const error = manifestError(
			minimal.replace('outlet: one\n', 'outlet: one\n    published: 22 March 2023\n'),
		);
		expect(error.field).toBe('articles.0.published');
		expect(error.line).toBe(12);
	});

	test('rejects an unknown field, naming it', () => {
		const error = manifestError(
			minimal.replace('    outlet: one', '    outlet: one\n    author: Someone'),
		);
		expect(error.message).toContain('unknown field "author"');
		expect(error.field).toBe('articles.0.author');
		expect(error.line).toBe(12);
	});

	test('reports a missing required field', () => {
		const error = manifestError(minimal.replace('summary: Something happened.\n', ''));
		expect(error.message).toContain('missing required field');
		expect(error.field).toBe('summary');
	});

	test('reports invalid YAML with its line', () => {
		const error = manifestError('title: [unclosed\ndate: 2024-01-01\n');
		expect(error.message).toContain('not valid YAML');
		expect(error.line).toBeGreaterThanOrEqual(1);
	});

	test('rejects a text file in the folder that the manifest does not list', () => {
		const error = manifestError(minimal, ['a.txt', 'stray.txt', 'story.yaml']);
		expect(error.message).toContain('"stray.txt"');
		expect(error.field).toBe('articles');
	});

	test('rejects repair evidence that names no article', () => {
		const yaml = `${minimal}    repairs:\n      - find: x\n        replace: y\n        reason: because\n        evidence: nowhere\n`;
		const error = manifestError(yaml);
		expect(error.field).toBe('articles.0.repairs.0.evidence');
	});

	test('accepts a declared version of an article by the same outlet', () => {
		const yaml = `${minimal}  - id: second\n    file: b.txt\n    outlet: one\n    versionOf: first\n`;
		expect(
			parseManifest(yaml, { file: FILE, folderFiles: ['a.txt', 'b.txt'] }).articles[1]!.versionOf,
		).toBe('first');
	});

	test('rejects a declared version that names an unknown article', () => {
		const yaml = `${minimal}  - id: second\n    file: b.txt\n    outlet: one\n    versionOf: third\n`;
		expect(manifestError(yaml, ['a.txt', 'b.txt']).field).toBe('articles.1.versionOf');
	});

	test('rejects an id that cannot be used in a URL', () => {
		expect(manifestError(minimal.replace('id: first', 'id: First Article')).field).toBe(
			'articles.0.id',
		);
	});
});

describe('readManifest', () => {
	const read = (yaml: string, folderFiles = ['a.txt']) =>
		readManifest(yaml, { file: FILE, folderFiles });

	test('says an empty manifest is empty, not that `(top level)` is missing', () => {
		for (const yaml of ['', '\n# only a comment\n', '~\n']) {
			const error = manifestError(yaml);
			expect(error.problem).toBe('the manifest is empty');
			expect(error.hint).not.toContain('(top level)');
		}
		expect(manifestError('- title: x\n').problem).toMatch(/must be a list of fields.*a list/);
	});

	test('says a present field of the wrong type is the wrong type, not missing', () => {
		const title = manifestError(minimal.replace('title: A story', 'title: 2024'));
		expect(title.problem).toBe('expected text, but YAML read the number 2024');
		expect(title.field).toBe('title');
		expect(title.line).toBe(1);
		expect(title.hint).toContain('title: "2024"');
		const date = manifestError(minimal.replace('date: 2024-01-02', 'date: 20240506'));
		expect(date.problem).toBe('expected text, but YAML read the number 20240506');
		expect(date.hint).toContain('YYYY-MM-DD');
		expect(manifestError(minimal.replace('title: A story', 'title:')).problem).toBe(
			'expected text, but YAML read nothing (an empty value)',
		);
	});

	test('strips control, bidi and invisible characters from text fields and reports each with its line', () => {
		const yaml = minimal
			.replace('title: A story', 'title: "A \\u202Estory\\u0007"')
			.replace('name: Outlet One', 'name: "Outlet\\u0085 One\\uFFFE"')
			.replace('outlet: one\n', 'outlet: one\n    note: "Later\\u2066 capture"\n');
		const { manifest, cleanings } = read(yaml);
		expect(manifest.title).toBe('A story');
		expect(manifest.outlets[0]!.name).toBe('Outlet One');
		expect(manifest.articles[0]!.note).toBe('Later capture');
		expect(cleanings.map((c) => [c.field, c.line])).toEqual([
			['title', 1],
			['outlets.0.name', 6],
			['articles.0.note', 12],
		]);
		expect(cleanings[0]!.detail).toContain('U+202E, U+0007');
	});

	test('keeps repairs from putting control characters back into the text', () => {
		const yaml = `${minimal}    repairs:\n      - find: x\n        replace: "y\\u0000\\u202Ez"\n        reason: because\n`;
		expect(read(yaml).manifest.articles[0]!.repairs[0]!.replace).toBe('yz');
	});

	test('leaves a clean manifest untouched and reports nothing', () => {
		const { cleanings } = readManifest(seedYaml, { file: FILE, folderFiles: seedFiles });
		expect(cleanings).toEqual([]);
	});

	test('refuses fields over their documented length', () => {
		const long = manifestError(
			minimal.replace('title: A story', `title: ${'x'.repeat(1_100_000)}`),
		);
		expect(long.field).toBe('title');
		expect(long.problem).toMatch(/too long: 1100000 characters; at most 300/);
		expect(long.hint).toContain('limits');
		const summary = manifestError(
			minimal.replace('summary: Something happened.', `summary: "${'*a_'.repeat(30_000)}"`),
		);
		expect(summary.field).toBe('summary');
		expect(summary.problem).toContain(`at most ${FIELD_LIMITS.summary}`);
	});

	test('refuses a summary nested deeper than the Markdown renderer can take', () => {
		const yaml = minimal.replace(
			'summary: Something happened.',
			`summary: |\n  ${'>'.repeat(2000)} deep`,
		);
		const error = manifestError(yaml);
		expect(error.field).toBe('summary');
		expect(error.problem).toBe(
			`the summary nests quotes or lists 2000 levels deep; at most ${MAX_SUMMARY_NESTING} are allowed`,
		);
		expect(
			read(minimal.replace('summary: Something happened.', 'summary: "> quoted\\n> - item"'))
				.manifest.summary,
		).toContain('> - item');
	});

	test.each(['a%20b.txt', 'a#b.txt', 'a?b.txt', 'a\nb.txt', 'a b.txt', '.hidden.txt', 'é.txt'])(
		'refuses the unsafe file name %j, saying which characters are allowed',
		(name) => {
			const yaml = minimal.replace('file: a.txt', `file: ${JSON.stringify(name)}`);
			const error = manifestError(yaml, [name]);
			expect(error.field).toBe('articles.0.file');
			expect(error.problem).toContain('ASCII letters, digits');
		},
	);
});

describe('cleanFieldText', () => {
	test('normalises to NFC and keeps one-line fields on one line', () => {
		expect(cleanFieldText('Cafe\u0301\nNews', false)).toEqual({
			text: 'Café News',
			detail: 'normalised to Unicode NFC; joined onto one line',
		});
		expect(cleanFieldText('para one\n\npara two', true)).toEqual({
			text: 'para one\n\npara two',
			detail: null,
		});
	});

	test('removes lone surrogates and keeps emoji', () => {
		expect(cleanFieldText('a\ud800b 😀', false).text).toBe('ab 😀');
	});
});

describe('decodeManifest', () => {
	test('reads UTF-8 with or without a byte-order mark', () => {
		expect(decodeManifest(new TextEncoder().encode('title: Café'), FILE)).toBe('title: Café');
		expect(decodeManifest(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61), FILE)).toBe('a');
	});

	test('refuses a Latin-1 manifest, naming the line and byte, instead of turning it into U+FFFD', () => {
		const latin1 = Uint8Array.from([
			...new TextEncoder().encode('date: 2024-01-02\ntitle: Caf'),
			0xe9,
		]);
		try {
			decodeManifest(latin1, FILE);
			throw new Error('expected a ManifestError');
		} catch (error) {
			expect(error).toBeInstanceOf(ManifestError);
			expect((error as ManifestError).line).toBe(2);
			expect((error as ManifestError).problem).toBe(
				'the manifest is not UTF-8 text (byte 0xE9 at byte 27)',
			);
			expect((error as ManifestError).hint).toMatch(/Latin-1/);
		}
	});
});

describe('StoryManifestSchema', () => {
	test('lists every manifest field in its JSON Schema', () => {
		const json = JSON.stringify(StoryManifestSchema.toJSONSchema());
		for (const field of [
			'title',
			'date',
			'summary',
			'outlets',
			'articles',
			'repairs',
			'evidence',
		]) {
			expect(json).toContain(`"${field}"`);
		}
	});
});
