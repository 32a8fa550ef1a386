import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { alignArticles } from '../../src/align/align-articles.ts';
import { compareValues } from '../../src/differences/compare-values.ts';
import {
	collectMentions,
	describeValue,
	findDifferences,
	groupSlots,
	NEVER,
	slotScore,
} from '../../src/differences/find-differences.ts';
import { extractValues } from '../../src/differences/extract-values.ts';
import { scoreDifferences, type GoldSlot } from '../../src/differences/score-differences.ts';
import { buildStory } from '../../src/pipeline/build-story.ts';
import type { Story } from '../../src/schemas/story.ts';
import { readStoryFolder, ROOT, SEED_DIR } from '../helpers/seeds.ts';
import { storyArticle } from '../helpers/story-article.ts';

/** Differences among hand-made articles, each by its own outlet: relation, topic and each side's exact words. */
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
		relation: d.relation,
		topic: d.topic,
		sides: d.sides.map((s) => [
			s.outletId,
			articles.find((a) => a.id === s.articleId)!.text.slice(s.start, s.end),
		]),
	}));
}

describe('findDifferences', () => {
	test('finds a death toll that differs between reworded reports', () => {
		expect(
			differencesOf(
				'A strong earthquake struck the coast on Sunday, killing at least 12 people in two fishing villages.',
				'Officials said three people were killed when the quake hit the fishing villages on the coast.',
			),
		).toEqual([
			{
				kind: 'count',
				relation: 'different',
				topic: 'Killed',
				sides: [
					['o0', 'at least 12 people'],
					['o1', 'three people'],
				],
			},
		]);
	});

	test('names an age by the person it belongs to, not by a word near it', () => {
		const topics = differencesOf(
			'A jury found 27 year old Marcus Hale guilty of murder on Friday after a short trial.',
			'Jurors found Marcus Hale, 28, guilty of murder on Friday after deliberating for an hour.',
		).map((d) => d.topic);
		expect(topics).toEqual(['Age: “Marcus Hale”']);
	});

	test('names an age by its noun when no name comes with it', () => {
		const topics = differencesOf(
			'Police said a 50 year old man was arrested at the scene of the fire on Tuesday.',
			'Police said a 48 year old man was arrested at the scene of the fire on Tuesday night.',
		).map((d) => d.topic);
		expect(topics).toEqual(['Age: “man”']);
	});

	test('shows nothing when one amount is written two ways', () => {
		expect(
			differencesOf(
				'The 6.1 - magnitude quake destroyed 1,000 homes and the government pledged a €2 million fund for the island.',
				'The magnitude - 6.1 quake destroyed 1000 homes and the government pledged a two - million - euro fund for the island.',
			),
		).toEqual([]);
	});

	test('shows a bound and a value that fits it as compatible', () => {
		expect(
			differencesOf(
				'Witnesses said at least 5 bombs were dropped on the refugee camp near the border.',
				'Eleven bombs were dropped on the refugee camp near the border, an aid worker said.',
			),
		).toEqual([
			{
				kind: 'count',
				relation: 'compatible',
				topic: 'Bombs',
				sides: [
					['o0', 'at least 5 bombs'],
					['o1', 'Eleven bombs'],
				],
			},
		]);
	});

	test('shows the same distance in another unit as a conversion', () => {
		expect(
			differencesOf(
				'The epicentre of the quake was about 58km south-west of the port city, the survey said.',
				'The survey placed the epicentre of the quake 36 miles south-west of the port city.',
			).map((d) => [d.relation, d.sides.map((s) => s[1])]),
		).toEqual([['converted', ['about 58km', '36 miles']]]);
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
				relation: 'different',
				topic: 'How Li Wei is named',
				sides: [
					['o1', 'Mr Wei'],
					['o2', 'Ambassador Li'],
				],
			},
		]);
	});

	test('finds a report credited to different outlets', () => {
		const result = differencesOf(
			'The mayor knew about the cracks in the harbour bridge deck for months, the Daily Example News reported on Monday after reviewing inspection records.',
			'The mayor knew about the cracks in the harbour bridge deck for months, the Example Times reported on Monday after reviewing inspection records.',
		);
		expect(result.map((d) => [d.kind, d.sides.map((s) => s[1])])).toEqual([
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

describe('describeValue', () => {
	const first = (phrase: string) => describeValue(extractValues(phrase)[0]!);

	test('writes dates in words, with or without a year or day', () => {
		expect(first('He will be sentenced November 8.')).toBe('November 8');
		expect(first('the April 2012 shooting')).toBe('April 2012');
		expect(first('on September 26, 2013, the jury')).toBe('September 26, 2013');
	});

	test('writes large sums of money in millions and billions', () => {
		expect(first('a $143 billion bailout')).toBe('143 billion USD');
		expect(first('a Dh472.72bn debt bailout')).toBe('472.72 billion AED');
		expect(first('a $2.5 million settlement')).toBe('2.5 million USD');
	});

	test('writes amounts with their bound and unit', () => {
		expect(first('at least 10 people were killed')).toBe('at least 10 people');
		expect(first('fell about 600 metres')).toBe('about 600 m');
	});
});

describe('slotScore', () => {
	/** The first values of two one-sentence articles by different outlets, scored as one slot. */
	const score = (a: string, b: string) => {
		const articles = [storyArticle('a', 'x', a), storyArticle('b', 'y', b)];
		const [m, n] = [
			collectMentions([articles[0]!], [])[0]!,
			collectMentions([articles[1]!], [])[0]!,
		];
		return slotScore(m, n);
	};

	test('joins two tolls of one event told in other words', () => {
		expect(
			score(
				'The quake killed 10 people on the island.',
				'Three people died when the quake struck.',
			),
		).toBeGreaterThan(0);
	});

	test('never joins tolls ten times apart, distances from two places or a vague amount an exact one falls short of', () => {
		expect(
			score('The quake killed 10 people on the island.', 'An earlier quake killed 26,000 people.'),
		).toBe(NEVER);
		expect(
			score('The camp lies 35 miles south of Tamra.', 'The camp lies 150 miles south of Velden.'),
		).toBe(NEVER);
		expect(
			score('Five other bank workers were rescued.', 'Tens of thousands of workers marched.'),
		).toBe(NEVER);
	});

	test('never joins an age in weeks with one in years', () => {
		expect(
			score(
				'The jury heard that the victim, a 20 year old woman, was killed in her car.',
				'The jury heard that her 12 week old unborn child was killed in the car.',
			),
		).toBe(NEVER);
	});

	test('never joins the ages of two differently named people, but joins one person named two ways', () => {
		expect(
			score(
				'The climber, Robert Buckley, 32, fell while climbing to a hut.',
				'The climber, Mark Reid, 45, fell while climbing to a hut.',
			),
		).toBe(NEVER);
		expect(
			score(
				'The climber, Robert Buckley, 32, fell while climbing to a hut.',
				'A 33 year old Englishman Robert Buckley fell while climbing to a hut.',
			),
		).toBeGreaterThan(0);
	});

	test('never joins magnitudes a whole unit apart, or this event with one dated months before', () => {
		expect(
			score(
				'The magnitude 5.9 quake struck the island on Sunday.',
				'A quake measuring 3.8 on the Richter scale struck the island on Monday.',
			),
		).toBe(NEVER);
		const dated = (id: string, outlet: string, text: string) => ({
			...storyArticle(id, outlet, text),
			published: '2005-11-28',
		});
		const [m, n] = [
			collectMentions([dated('a', 'x', 'The quake killed 10 people on the island.')], [])[0]!,
			collectMentions(
				[dated('b', 'y', 'In February, a quake killed 612 people in the town.')],
				[],
			)[0]!,
		];
		expect(slotScore(m, n)).toBe(NEVER);
	});

	test('joins the magnitudes of one quake on the unit alone', () => {
		expect(
			score(
				'It was a 6.1 - magnitude tremor, officials said.',
				'Residents felt the 5.9 magnitude earthquake in the city.',
			),
		).toBeGreaterThan(0);
	});

	test('joins clock times of one event within the hour and never times hours apart', () => {
		expect(
			score(
				'The camp was bombed at 2:53 p.m. local time.',
				'Planes bombed the region at 3:20 p.m., a press release said.',
			),
		).toBeGreaterThan(0);
		expect(
			score(
				'The camp was bombed at 3 p.m. local time.',
				'The minister spoke to reporters at 10 a.m. the next day.',
			),
		).toBe(NEVER);
	});

	test('keeps "four months ago" apart from "for four months"', () => {
		expect(
			score(
				'The country became independent only four months ago.',
				'The talks on the country went on for six months.',
			),
		).toBe(NEVER);
		expect(
			score(
				'The country became independent only four months ago.',
				'The country gained its independence 6 months ago.',
			),
		).toBeGreaterThan(0);
	});

	test('joins distances from one named place whatever bearing each outlet gives', () => {
		expect(
			score(
				'The island is about 940 miles south of Velden, the capital.',
				'The island, located 1,150 kilometers southeast of Velden, has a port.',
			),
		).toBeGreaterThan(0);
	});

	test('never joins tolls of two places that their sentences name', () => {
		expect(
			score(
				'The bombing of Tamra in Lower Vale state killed seven.',
				'The commissioner of Norland county said 12 people were killed.',
			),
		).toBe(NEVER);
	});

	test('never joins a part of a total with a total, and joins parts that fall in one place', () => {
		const mentions = collectMentions(
			[
				storyArticle(
					'a',
					'x',
					'Four bombs were dropped. One bomb landed within the camp, in a school yard.',
				),
				storyArticle('b', 'y', 'Five bombs were dropped - two landed inside the camp itself.'),
			],
			[],
		);
		const [totalA, partA, totalB, partB] = mentions;
		expect([partA!.part, partB!.part, totalA!.part]).toEqual([true, true, false]);
		expect(slotScore(partA!, totalB!)).toBe(NEVER);
		expect(slotScore(partA!, partB!)).toBeGreaterThan(0);
		expect(slotScore(totalA!, totalB!)).toBeGreaterThan(0);
	});

	test('does not compare a value with one of its own outlet', () => {
		const article = storyArticle(
			'a',
			'x',
			'The quake killed 10 people. Later 12 people were killed.',
		);
		const [m, n] = collectMentions([article], []);
		expect(slotScore(m!, n!)).toBe(0);
	});
});

describe('groupSlots', () => {
	test('keeps in one slot two figures one sentence credits to two sources', () => {
		const articles = [
			storyArticle(
				'a',
				'x',
				"The centre put the quake's magnitude at 5.9, but the survey said it was 6.1.",
			),
			storyArticle('b', 'y', 'The 5.9 - magnitude quake shook the island.'),
		];
		const slots = groupSlots(collectMentions(articles, []));
		expect(slots.map((slot) => slot.map((m) => m.value.value))).toEqual([[5.9, 6.1, 5.9]]);
	});

	test('keeps apart two tolls one article states side by side', () => {
		const articles = [
			storyArticle(
				'a',
				'x',
				'The quake killed 10 people on the island. A quake in 2003 killed 26,000 people in the city.',
			),
			storyArticle(
				'b',
				'y',
				'Ten people were killed on the island. In 2003 a quake killed more than 31,000 people in the city.',
			),
		];
		const slots = groupSlots(collectMentions(articles, []));
		const words = slots.map((slot) =>
			slot.map((m) =>
				articles.find((a) => a.id === m.articleId)!.text.slice(m.value.start, m.value.end),
			),
		);
		expect(words).toContainEqual(['10 people', 'Ten people']);
		expect(words.some((w) => w.includes('10 people') && w.includes('26,000 people'))).toBe(false);
	});
});

describe('findDifferences on the seed story', () => {
	const story = buildStory(readStoryFolder(SEED_DIR));
	const words = (d: Story['differences'][number]) =>
		d.sides.map((s) => [
			s.outletId,
			story.articles.find((a) => a.id === s.articleId)!.text.slice(s.start, s.end),
		]);

	test('sets the year Dong was first elected as BBC and CTV state it against each other', () => {
		const year = story.differences.find((d) => d.kind === 'date' && d.relation === 'different')!;
		expect(words(year)).toEqual([
			['bbc', '2019'],
			['ctv', '2018'],
		]);
		expect(year.sides[1]!.articleId).toBe('ctv-web');
	});

	test('shows how long the two Canadians were held as the outlets state it', () => {
		const held = story.differences.find((d) => d.kind === 'duration')!;
		expect(words(held)).toEqual([
			['bbc', 'more than 1,000 days'],
			['ctv', 'from 2018 to 2021'],
			['global', 'over three years'],
			['global', 'over two years'],
		]);
		expect(held.relation).toBe('compatible');
	});

	test('no longer sets descriptions of sources against each other', () => {
		expect(story.differences.some((d) => /source/i.test(d.topic))).toBe(false);
	});

	test('shows BBC naming Han Tao by the last part of his name', () => {
		const name = story.differences.find((d) => d.id === 'd-name-han-tao')!;
		expect(name.sides.map((s) => [s.outletId, s.value])).toEqual([
			['bbc', 'by “Tao”, the last part of the name'],
			['global', 'by “Han”, the first part of the name'],
		]);
	});
});

/** The four dev events with a hand-made list of their disagreements, written before this code ran on them. */
const GOLD: Record<
	string,
	{
		differences: GoldSlot[];
		sameValuePairs: {
			a: { file: string; line: number; text: string };
			b: { file: string; line: number; text: string };
		}[];
	}
> = JSON.parse(
	readFileSync(path.join(ROOT, 'tests/fixtures/gold/differences-dev.json'), 'utf8'),
).events;

/**
 * Precision and recall floors per event, at the figures the finder reaches today (see the
 * README, "Where they differ"), so that a change that loses ground fails.
 */
const FLOORS: Record<string, { folder: string; precision: number; recall: number }> = {
	ecbplus_t20_qeshm_earthquake_2005: {
		folder: 't20-qeshm-earthquake-2005',
		// 8 of 9 since alignment v2 compares values inside clause-level passages (was 8 of 8).
		precision: 0.88,
		recall: 0.9,
	},
	ecbplus_t23_mount_cook_climbers_2013: {
		folder: 't23-mount-cook-climbers-2013',
		precision: 1,
		recall: 1,
	},
	ecbplus_t41_yida_camp_bombing_2011: {
		folder: 't41-yida-camp-bombing-2011',
		// 8 of 9 since alignment v2 (was 8 of 8).
		precision: 0.88,
		recall: 0.88,
	},
	ecbplus_t8_athens_bank_firebomb_2010: {
		folder: 't8-athens-bank-firebomb-2010',
		precision: 1,
		recall: 0.8,
	},
};

describe('findDifferences on the development events', () => {
	const stories = Object.fromEntries(
		Object.entries(FLOORS).map(([event, { folder }]) => [
			event,
			buildStory(readStoryFolder(path.join(ROOT, 'tests/fixtures/dev-corpus', folder))),
		]),
	);

	test.each(Object.keys(FLOORS))('finds the listed disagreements of %s', (event) => {
		const story = stories[event]!;
		const score = scoreDifferences(story.articles, story.differences, GOLD[event]!.differences);
		expect(score.precision).toBeGreaterThanOrEqual(FLOORS[event]!.precision);
		expect(score.recall).toBeGreaterThanOrEqual(FLOORS[event]!.recall);
	});

	test('reaches precision 0.9 and recall 0.8 over the four events together', () => {
		let predicted = 0;
		let correct = 0;
		let gold = 0;
		let found = 0;
		for (const event of Object.keys(FLOORS)) {
			const story = stories[event]!;
			const score = scoreDifferences(story.articles, story.differences, GOLD[event]!.differences);
			predicted += score.predicted;
			correct += score.correct;
			gold += score.gold;
			found += score.found;
		}
		expect(correct / predicted).toBeGreaterThanOrEqual(0.9);
		expect(found / gold).toBeGreaterThanOrEqual(0.8);
	});

	test.each(Object.keys(FLOORS))(
		'never shows equal parsed values of %s as a difference',
		(event) => {
			for (const d of stories[event]!.differences)
				for (const c of d.comparisons) {
					const a = d.sides[c.a]!.typed;
					const b = d.sides[c.b]!.typed;
					if (a && b) expect(compareValues(a, b)).toBe(c.relation);
				}
		},
	);

	test.each(Object.keys(FLOORS))(
		'reads the listed same-value pairs of %s as one amount',
		(event) => {
			const parse = (text: string) => extractValues(text).find((v) => !v.conversion);
			const pairs = GOLD[event]!.sameValuePairs.filter((p) => parse(p.a.text) && parse(p.b.text));
			const conflicts = pairs.filter(
				(p) => compareValues(parse(p.a.text)!, parse(p.b.text)!) === 'different',
			);
			expect(conflicts.map((p) => `${p.a.text} / ${p.b.text}`)).toEqual([]);
		},
	);
});
