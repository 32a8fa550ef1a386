import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ManifestError } from '../../src/ingest/errors.ts';
import { parseManifest } from '../../src/ingest/manifest.ts';
import { StoryManifestSchema } from '../../src/schemas/manifest.ts';
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
