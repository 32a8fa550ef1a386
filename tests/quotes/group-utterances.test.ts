import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { extractQuotes } from '../../src/quotes/extract-quotes.ts';
import { classify, groupUtterances } from '../../src/quotes/group-utterances.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';
import { storyArticle } from '../helpers/story-article.ts';

const FULL =
	'The deck is at the end of its life and we have no choice but to close the bridge for six weeks';

describe('classify', () => {
	test.each([
		[FULL, 'identical'],
		['The deck is at the end of its life', 'trimmed-end'],
		['we have no choice but to close the bridge for six weeks', 'trimmed-start'],
		['we have no choice but to close the bridge', 'trimmed'],
		['The deck is at the end of its life and we have no choice', 'trimmed-end'],
		['The deck is at the end of its life … close the bridge for six weeks', 'cut'],
		[
			'The deck is at the end of its life and we must close the bridge for six weeks',
			'substituted',
		],
	])('classifies "%s" as %s', (rendering, kind) => {
		expect(classify(tokenize(FULL), tokenize(rendering))).toBe(kind);
	});
});

describe('groupUtterances', () => {
	test('groups two outlets’ quotations of one utterance and classifies them against the fullest', () => {
		const a = storyArticle('a', 'daily', `"${FULL}," engineer Ana Ruiz said.`);
		const b = storyArticle(
			'b',
			'times',
			'"The deck is at the end of its life," Ruiz told reporters.',
		);
		const articles = [a, b];
		const quotes = articles.flatMap(extractQuotes);
		const { utterances, speakers } = groupUtterances(articles, quotes, [], [], ['a', 'b']);
		expect(utterances).toHaveLength(1);
		expect(utterances[0]!.speaker).toBe('Ana Ruiz');
		expect(utterances[0]!.renderings.map((r) => [r.articleId, r.kind])).toEqual([
			['a', 'fullest'],
			['b', 'trimmed-end'],
		]);
		expect(speakers[0]!.outlets.map((o) => [o.outletId, o.words])).toEqual([
			['daily', 22],
			['times', 9],
		]);
	});

	test('keeps different utterances apart', () => {
		const a = storyArticle('a', 'daily', '"We will reopen the bridge in June," Ana Ruiz said.');
		const b = storyArticle(
			'b',
			'times',
			'"Ferries will run every twenty minutes all summer," Lee Chan said.',
		);
		const { utterances } = groupUtterances(
			[a, b],
			[a, b].flatMap(extractQuotes),
			[],
			[],
			['a', 'b'],
		);
		expect(utterances.map((u) => u.speaker)).toEqual(['Ana Ruiz', 'Lee Chan']);
	});
});

describe('groupUtterances on repeated input', () => {
	test('groups 6,000 copies of one quotation in one article with another outlet’s, in well under a second', () => {
		const line = '"The deck is at the end of its life," city engineer Ana Ruiz told reporters.';
		const a = storyArticle('a', 'daily', ...Array.from({ length: 6000 }, () => line));
		const b = storyArticle('b', 'times', line);
		const quotes = [a, b].flatMap(extractQuotes);
		expect(quotes).toHaveLength(6001);
		// Identical quotations are one text: compared once, so this stays within the stage's budgets.
		const { utterances, quoteUtterance } = groupUtterances([a, b], quotes, [], [], ['a', 'b']);
		expect(utterances).toHaveLength(1);
		expect(quoteUtterance.size).toBe(6001);
		// The repeated quotation is listed once in its outlet's rendering.
		expect(utterances[0]!.renderings.map((r) => [r.articleId, r.kind, r.text.length])).toEqual([
			['a', 'fullest', 35],
			['b', 'identical', 35],
		]);
	});

	test('stops with a typed error naming an article file when verifying quotations would take too long', () => {
		// Two outlets quoting 25,000 distinct words each: 625 million comparison steps.
		const words = Array.from({ length: 25_000 }, (_, i) => `word${i.toString(36)}`).join(' ');
		const a = storyArticle('a', 'daily', `"${words}," Ana Ruiz said.`);
		const b = storyArticle('b', 'times', `"${words} again," Ana Ruiz said.`);
		expect(() =>
			groupUtterances([a, b], [a, b].flatMap(extractQuotes), [], [], ['a', 'b']),
		).toThrow(
			expect.objectContaining({
				name: 'StageLimitError',
				file: 'a.txt',
				problem: expect.stringContaining('would take over 400000000 steps'),
			}),
		);
	});

	test('keeps identical quotations within one article apart when no other outlet carries them', () => {
		const line = '"We will reopen the bridge in June," Ana Ruiz said.';
		const a = storyArticle('a', 'daily', line, line);
		const { utterances } = groupUtterances([a], extractQuotes(a), [], [], ['a']);
		expect(utterances).toHaveLength(2);
	});
});

describe('groupUtterances on the seed story', () => {
	const story = buildStory(readStoryFolder(SEED_DIR));
	const utterance = (words: string) =>
		story.utterances.find((u) => u.renderings.some((r) => r.text.includes(words)))!;
	const kinds = (words: string) =>
		Object.fromEntries(utterance(words).renderings.map((r) => [r.articleId, r.kind]));

	test('finds "Let me be clear…" carried by CTV, CBC and BBC, and how each worded it', () => {
		const u = utterance('Let me be clear');
		expect(u.speaker).toBe('Han Dong');
		expect(kinds('Let me be clear')).toEqual({
			bbc: 'fullest',
			cbc: 'trimmed-start',
			ctv: 'substituted',
			'ctv-web': 'substituted',
		});
		const bbc = u.renderings.find((r) => r.articleId === 'bbc')!;
		expect(bbc.quoteIds).toHaveLength(2);
		expect(bbc.text).toContain('loyalty to Canada, … Let me be clear');
		const ctv = u.renderings.find((r) => r.articleId === 'ctv')!;
		expect(
			ctv
				.diff!.filter((d) => d.op !== 'equal')
				.map((d) => (d.op === 'delete' ? `-${d.a.trim()}` : `+${d.b.trim()}`)),
		).toEqual(['-To all my colleagues in the parliament,', '-quoting', '+quoted', '+that)']);
	});

	test('finds "Mr. Speaker, I am in your hands…" identical in CBC and Global', () => {
		expect(kinds('Mr. Speaker, I am in your hands')).toEqual({
			cbc: 'fullest',
			global: 'identical',
		});
		expect(utterance('Mr. Speaker, I am in your hands').speaker).toBe('Han Dong');
	});

	test('credits the PMO statement to the named spokesperson', () => {
		const u = utterance('only became aware that a conversation took place');
		expect(u.speaker).toBe('Alison Murphy');
		expect(kinds('only became aware that a conversation took place')).toEqual({
			cbc: 'fullest',
			global: 'identical',
		});
	});

	test('lists each speaker once with the ways the outlets name them', () => {
		expect(story.speakers.find((s) => s.speaker === 'Han Dong')).toMatchObject({
			kind: 'person',
			variants: ['Dong', 'Han Dong', 'Mr Dong', 'the Don Valley North representative'],
		});
		expect(story.speakers.map((s) => s.speaker)).toEqual(
			expect.arrayContaining([
				'Han Dong',
				'Charles Sousa',
				'Alison Murphy',
				'Wang Wenbin',
				'Pierre Poilievre',
			]),
		);
	});

	test('keeps quotations two articles attribute to different named people apart', () => {
		const a = storyArticle('a', 'daily', `"${FULL}," engineer Ana Ruiz said.`);
		const b = storyArticle('b', 'times', `"${FULL}," said resident Lee Chan.`);
		const articles = [a, b];
		const { utterances } = groupUtterances(
			articles,
			articles.flatMap(extractQuotes),
			[],
			[],
			['a', 'b'],
		);
		expect(utterances.map((u) => u.speaker)).toEqual(['Ana Ruiz', 'Lee Chan']);
	});

	test('gives an utterance the speaker most of its quotations name', () => {
		const a = storyArticle('a', 'daily', `"${FULL}," engineer Ana Ruiz said.`);
		const b = storyArticle('b', 'times', `"${FULL}," said Ana Ruiz.`);
		const c = storyArticle('c', 'post', 'Lee Chan spoke after her.', `"${FULL}," he said.`);
		const articles = [a, b, c];
		const { utterances } = groupUtterances(
			articles,
			articles.flatMap(extractQuotes),
			[],
			[],
			['a', 'b', 'c'],
		);
		expect(utterances.map((u) => u.speaker)).toEqual(['Ana Ruiz']);
	});

	test('tallies each speaker’s quoted words per outlet, CTV counted once', () => {
		const dong = story.speakers.find((s) => s.speaker === 'Han Dong')!;
		expect(dong.outlets.map((o) => o.outletId).sort()).toEqual(['bbc', 'cbc', 'ctv', 'global']);
		expect(story.speakers.find((s) => s.speaker === 'Wang Wenbin')!.outlets).toEqual([
			{ outletId: 'bbc', words: 21, quotes: 1 },
		]);
	});
});
