import { describe, expect, test } from 'vitest';
import { findTemplateLines } from '../../src/ingest/find-template-lines.ts';

const capture = (story: string, host: string, text: string) => ({
	story,
	host,
	path: `content/${story}/${host}.txt`,
	bytes: new TextEncoder().encode(text),
});

describe('findTemplateLines', () => {
	test('finds lines one site repeats across captures of different stories', () => {
		const result = findTemplateLines([
			capture(
				'a',
				'site.example',
				'Listen to our podcast!\nThe bridge closed.\nFollow us on Mastodon today',
			),
			capture(
				'b',
				'site.example',
				'Listen to our podcast!\nThe mayor resigned.\nFollow us  on Mastodon today',
			),
			capture('b', 'other.example', 'Listen to our podcast!\nThe mayor resigned.'),
		]);
		expect([...result.keys()]).toEqual(['site.example']);
		expect([...result.get('site.example')!].sort()).toEqual([
			'Follow us on Mastodon today',
			'Listen to our podcast!',
		]);
	});

	test('ignores lines that two captures of the same story share (versions of one article)', () => {
		const result = findTemplateLines([
			capture('a', 'site.example', 'Skip to content\nThe bridge closed.'),
			capture('a', 'site.example', 'Skip to content\nThe bridge closed.'),
		]);
		expect(result.size).toBe(0);
	});

	test('never takes long sentences for template, even when they recur', () => {
		const long =
			'The city says the bridge, which opened in 1962, carries forty thousand cars on an average weekday.';
		const result = findTemplateLines([
			capture('a', 's.example', long),
			capture('b', 's.example', long),
		]);
		expect(result.size).toBe(0);
	});

	test('skips captures that cannot be decoded', () => {
		const broken = { story: 'c', host: 's.example', path: 'x', bytes: Uint8Array.of(0, 1, 2) };
		expect(findTemplateLines([broken]).size).toBe(0);
	});
});
