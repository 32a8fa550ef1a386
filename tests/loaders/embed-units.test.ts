import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cosine } from '../../src/align/meaning.ts';
import {
	embedTexts,
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

	test('embeds only new texts and drops texts the story no longer has', async () => {
		const file = cacheIn();
		await embedTexts(['old', 'kept'], file, fakeEncoder().getEncoder);
		const next = fakeEncoder();
		const result = await embedTexts(['kept', 'new one'], file, next.getEncoder);
		expect(next.asked).toEqual(['new one']);
		expect(result).toMatchObject({ cached: 1, embedded: 1 });
		const stored = Object.keys(JSON.parse(readFileSync(file, 'utf8')));
		expect(stored.sort()).toEqual([textHash('kept'), textHash('new one')].sort());
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
