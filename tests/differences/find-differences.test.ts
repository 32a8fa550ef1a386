import { describe, expect, test } from 'vitest';
import { alignArticles } from '../../src/align/align-articles.ts';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { findDifferences } from '../../src/differences/find-differences.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';
import { storyArticle } from '../helpers/story-article.ts';

/** Differences among hand-made articles, each by its own outlet. */
function differencesOf(...paragraphs: string[]) {
	const articles = paragraphs.map((p, i) => storyArticle(`a${i}`, `o${i}`, p));
	const { passages, groups } = alignArticles(articles);
	return findDifferences(
		articles,
		passages,
		groups,
		articles.map((a) => a.id),
	).map((d) => ({
		kind: d.kind,
		topic: d.topic,
		sides: d.sides.map((s) => [
			s.outletId,
			s.value,
			articles.find((a) => a.id === s.articleId)!.text.slice(s.start, s.end),
		]),
	}));
}

describe('findDifferences', () => {
	test('finds a disagreement on a year', () => {
		expect(
			differencesOf(
				'The mayor was first elected in 2014 after a long campaign.',
				'Ruiz, who was elected to council in 2016, spoke first.',
			),
		).toEqual([
			{
				kind: 'year',
				topic: 'Year first elected',
				sides: [
					['o0', '2014', '2014'],
					['o1', '2016', '2016'],
				],
			},
		]);
	});

	test('finds a disagreement on a duration', () => {
		const result = differencesOf(
			'The sailors were held in port for more than 300 days before their release.',
			'The sailors were detained for over two years, their families said.',
		);
		expect(result).toEqual([
			{
				kind: 'duration',
				topic: 'How long they were held',
				sides: [
					['o0', 'more than 300 days', 'for more than 300 days'],
					['o1', 'over two years', 'for over two years'],
				],
			},
		]);
	});

	test('finds different counts and descriptions of sources', () => {
		const result = differencesOf(
			'The report cited two unnamed security sources on Monday.',
			'It relied on three senior security sources, the paper said.',
		);
		expect(result[0]).toEqual({
			kind: 'sources',
			topic: 'Sources the report rests on',
			sides: [
				['o0', 'two, unnamed', 'two unnamed security sources'],
				['o1', 'three, senior', 'three senior security sources'],
			],
		});
	});

	test('finds a surname used as if it were a given name', () => {
		const result = differencesOf(
			'Ambassador Li Wei met the minister on Monday to discuss trade.',
			'Mr Wei said the talks went well and would continue next week.',
			'Ambassador Li declined to comment on the talks with the minister.',
		);
		expect(result).toEqual([
			{
				kind: 'name',
				topic: 'How Li Wei is named',
				sides: [
					['o1', 'by “Wei”, the last part of the name', 'Mr Wei'],
					['o2', 'by “Li”, the first part of the name', 'Ambassador Li'],
				],
			},
		]);
	});

	test('finds a number and a day changed inside one shared passage', () => {
		const result = differencesOf(
			'The council voted on Tuesday to spend 40 million dollars repairing the harbour bridge deck before winter.',
			'The council voted on Thursday to spend 45 million dollars repairing the harbour bridge deck before winter.',
		);
		expect(result.map((d) => [d.kind, d.sides.map((s) => s[2])])).toEqual([
			['date', ['Tuesday', 'Thursday']],
			['number', ['40', '45']],
		]);
	});

	test('finds a report credited to different outlets', () => {
		const result = differencesOf(
			'The mayor knew about the cracks in the harbour bridge deck for months, the Daily Example News reported on Monday after reviewing inspection records.',
			'The mayor knew about the cracks in the harbour bridge deck for months, the Example Times reported on Monday after reviewing inspection records.',
		);
		expect(result.map((d) => [d.kind, d.sides.map((s) => s[2])])).toEqual([
			['credit', ['Daily Example News', 'Example Times']],
		]);
	});

	test('finds nothing when the outlets agree', () => {
		expect(
			differencesOf(
				'The mayor was first elected in 2014.',
				'The mayor, first elected in 2014, spoke.',
			),
		).toEqual([]);
	});
});

describe('findDifferences on the seed story', () => {
	const story = buildStory(readStoryFolder(SEED_DIR));
	const difference = (id: string) => story.differences.find((d) => d.id === id)!;
	const sides = (id: string) => difference(id).sides.map((s) => [s.outletId, s.value, s.alsoIn]);

	test('shows the year Dong was first elected as CTV and BBC state it, CTV once', () => {
		expect(sides('d-elected')).toEqual([
			['bbc', '2019', []],
			['ctv', '2018', ['ctv']],
		]);
		expect(difference('d-elected').sides[1]!.articleId).toBe('ctv-web');
	});

	test('shows how long the two Canadians were held as CTV, BBC and Global state it', () => {
		expect(sides('d-held')).toEqual([
			['bbc', 'more than 1,000 days', []],
			['ctv', 'from 2018 to 2021', ['ctv']],
			['global', 'over three years', []],
			['global', 'over two years', []],
		]);
	});

	test('shows how each outlet describes the national security sources', () => {
		expect(sides('d-sources').map(([o, v]) => [o, v])).toEqual([
			['cbc', 'two, unnamed'],
			['bbc', 'anonymous'],
			['ctv', 'unnamed'],
			['global', 'two, separate'],
		]);
	});

	test('shows BBC naming Han Tao by the last part of his name', () => {
		expect(sides('d-name-han-tao').map(([o, v]) => [o, v])).toEqual([
			['bbc', 'by “Tao”, the last part of the name'],
			['global', 'by “Han”, the first part of the name'],
		]);
	});
});
