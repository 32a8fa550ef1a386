import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { alignArticles } from '../../src/align/align-articles.ts';
import { listUnitTexts } from '../../src/align/meaning.ts';
import type { Alignment } from '../../src/align/model.ts';
import {
	RELATED_MIN_OVERLAP,
	REWORDED_MIN_BLEND,
	REWORDED_MIN_OVERLAP,
} from '../../src/align/thresholds.ts';
import { overlapSimilarity, sequenceSimilarity } from '../../src/align/similarity.ts';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { scoreAlignment } from '../../src/align/score-alignment.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { article, groupTexts } from '../helpers/articles.ts';
import { readStoryFolder, ROOT, SEED_DIR } from '../helpers/seeds.ts';

const DEV_CORPUS = path.join(ROOT, 'tests/fixtures/dev-corpus');

const filler = {
	a: 'The council met on Tuesday to discuss the budget for the coming year.',
	b: 'Weather forecasters expect heavy snow across the northern valleys this weekend.',
	c: 'A local bakery won a national award for its sourdough bread.',
	d: 'Fans queued overnight for tickets to the championship final in the capital.',
	e: 'The museum reopened its dinosaur hall after a two-year renovation.',
};
const bridge =
	'Crews will replace the rusted steel deck of the harbour bridge during a six-week closure.';

describe('alignArticles', () => {
	test('finds a copied sentence wherever it sits in each article', () => {
		const articles = [
			article('one', filler.a, bridge, filler.b),
			article('two', filler.c, filler.d, bridge),
		];
		const result = alignArticles(articles);
		expect(groupTexts(result, articles)).toEqual([[`one: ${bridge}`, `two: ${bridge}`]]);
		expect(result.groups[0]).toMatchObject({
			kind: 'verbatim',
			similarity: 1,
			articleIds: ['one', 'two'],
		});
	});

	test('does not align two statements that share only an office’s name and the day', () => {
		const articles = [
			article('a', filler.a, 'Harbour County Sheriff Dana Wells spoke to divers on Monday.'),
			article(
				'b',
				'On Monday, Harbour County Undersheriff Tom Reyes declined to comment.',
				filler.b,
			),
			article('c', filler.c),
			article('d', filler.d),
			article('e', filler.e),
		];
		expect(alignArticles(articles).groups).toEqual([]);
	});

	test('does not align two quotations of one speaker on the words that attribute them', () => {
		const articles = [
			article(
				'a',
				filler.a,
				'The head of the national teachers union, Maria Olsen, said: "Our members will not accept the new contract terms."',
			),
			article(
				'b',
				filler.c,
				'"The schools must reopen next week for every pupil," said Maria Olsen, head of the national teachers union.',
			),
		];
		expect(alignArticles(articles).groups).toEqual([]);
	});

	test('treats case, quote marks, dashes and spelling variants as the same words', () => {
		const a = article(
			'a',
			'"It is over -- for now," said the mayor, benefitting nobody in the harbour district.',
		);
		const b = article(
			'b',
			'“it is over — for now,” said the Mayor, benefiting nobody in the harbour district.',
		);
		const result = alignArticles([a, b]);
		expect(result.groups).toHaveLength(1);
		expect(result.groups[0]!.kind).toBe('verbatim');
		expect(result.groups[0]!.pairs[0]!.diff.every((part) => part.op === 'equal')).toBe(true);
	});

	test('calls a lightly edited sentence near-verbatim and shows the changed words', () => {
		const a = article(
			'a',
			'Crews will replace the rusted steel deck of the harbour bridge during a six-week closure.',
		);
		const b = article(
			'b',
			'Crews will replace the corroded steel deck of the harbour bridge during a six-week closure.',
		);
		const { groups } = alignArticles([a, b]);
		expect(groups[0]!.kind).toBe('near-verbatim');
		expect(groups[0]!.pairs[0]!.diff).toEqual([
			{ op: 'equal', a: 'Crews will replace the ', b: 'Crews will replace the ' },
			{ op: 'delete', a: 'rusted ' },
			{ op: 'insert', b: 'corroded ' },
			{
				op: 'equal',
				a: 'steel deck of the harbour bridge during a six-week closure.',
				b: 'steel deck of the harbour bridge during a six-week closure.',
			},
		]);
		expect(groups[0]!.pairs[0]!.changedWords).toBe(2);
	});

	test('groups a paraphrase that shares the rare words as reworded', () => {
		const a = article(
			'a',
			'Engineer Ana Ruiz said the corroded bridge deck had reached the end of its service life.',
			filler.a,
		);
		const b = article(
			'b',
			'The bridge deck, corroded after decades of salt, has reached the end of its life, according to engineer Ana Ruiz.',
			filler.b,
		);
		const { groups } = alignArticles([a, b]);
		expect(groups).toHaveLength(1);
		expect(groups[0]!.kind).toBe('reworded');
		expect(groups[0]!.evidence.sharedWords).toEqual(
			expect.arrayContaining(['Ruiz', 'corroded', 'deck']),
		);
	});

	test('aligns a sentence that another article split in two', () => {
		const a = article(
			'a',
			'"Let me be clear, what has been reported is false. And I will defend myself against these untrue claims," he said.',
		);
		const b = article(
			'b',
			'"Let me be clear.',
			'What has been reported is false, and I will defend myself against these untrue claims," she said.',
		);
		const result = alignArticles([a, b]);
		expect(result.groups).toHaveLength(1);
		const passages = result.passages;
		expect(passages.find((p) => p.articleId === 'a')!.sentenceIndexes).toEqual([0, 1]);
		expect(passages.find((p) => p.articleId === 'b')!.sentenceIndexes).toEqual([0, 1]);
	});

	test('makes a clause that carries content of its own a passage unit', () => {
		const clause =
			'the rusted steel deck of the harbour bridge will be replaced during a six-week closure';
		const a = article(
			'a',
			`City officials confirmed on Monday that ${clause}; commuters who rely on it daily were angered.`,
		);
		const b = article('b', `Residents learned that ${clause}.`);
		const result = alignArticles([a, b]);
		const [passageA] = result.passages.filter((p) => p.articleId === 'a');
		// The passage is the unit up to the semicolon, never a fragment of words inside it.
		expect(a.text.slice(passageA!.start, passageA!.end)).toBe(
			`City officials confirmed on Monday that ${clause};`,
		);
		expect(result.groups).toHaveLength(1);
	});

	test('takes whole a sentence cut into clauses that another article rewords in one sentence', () => {
		const cut =
			'The council voted to close the harbour bridge for six weeks of repairs; engineers had found its steel deck badly rusted by salt spray.';
		const whole =
			'Salt spray had badly rusted the steel deck, engineers found, and so the bridge over the harbour will shut for six weeks while repairs are made, after a council vote.';
		const a = article('a', filler.a, cut);
		const b = article('b', whole, filler.b);
		const result = alignArticles([a, b]);
		expect(groupTexts(result, [a, b])).toEqual([[`a: ${cut}`, `b: ${whole}`]]);
		expect(result.groups[0]!.kind).toBe('reworded');
	});

	test('does not call a sentence word for word when only a fragment of it matches', () => {
		const a = article(
			'a',
			'Officials said the bridge deck will be replaced during a six-week closure starting in May after inspectors found deep corrosion.',
		);
		const b = article('b', 'The bridge deck will be replaced during a six-week closure.');
		const { groups } = alignArticles([a, b]);
		expect(groups.every((g) => g.kind !== 'verbatim')).toBe(true);
	});

	test('does not link sentences that share only function words and punctuation', () => {
		const a = article('a', 'It was, as they said, all of it for the best of them.');
		const b = article('b', 'It was, as they said, all of it for the rest of them.', filler.c);
		const c = article('c', 'And so it was that they were there for all of it.');
		expect(alignArticles([a, c]).groups).toEqual([]);
		expect(alignArticles([a, b]).groups.length).toBeLessThanOrEqual(1);
	});

	test('leaves unrelated sentences about the same people unlinked', () => {
		const a = article(
			'a',
			'Michael Kovrig and Michael Spavor were released in September after more than a thousand days.',
		);
		const b = article(
			'b',
			'Supporters of Michael Kovrig and Michael Spavor gathered outside the embassy with candles.',
		);
		expect(alignArticles([a, b]).groups).toEqual([]);
	});

	test('groups one passage across five articles', () => {
		const articles = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
			article(id, Object.values(filler)[i]!, bridge),
		);
		const { groups } = alignArticles(articles);
		expect(groups).toHaveLength(1);
		expect(groups[0]!.articleIds).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(groups[0]!.pairs).toHaveLength(10);
	});

	test('compares large groups against the reference wording only', () => {
		const articles = Array.from({ length: 14 }, (_, i) =>
			article(`x${String(i).padStart(2, '0')}`, bridge),
		);
		const { groups } = alignArticles(articles);
		expect(groups[0]!.passageIds).toHaveLength(14);
		expect(groups[0]!.pairs).toHaveLength(13);
	});

	test('gives the same output whatever the order of the articles', () => {
		const articles = [
			article('a', filler.a, bridge, '"The deck is at the end of its life," the engineer said.'),
			article('b', 'The deck is at the end of its life, said engineer Ana Ruiz.', bridge),
			article('c', bridge, filler.d),
		];
		const forward = alignArticles(articles);
		expect(alignArticles([...articles].reverse())).toEqual(forward);
		expect(alignArticles([articles[1]!, articles[2]!, articles[0]!])).toEqual(forward);
	});

	test('returns nothing for a single article', () => {
		expect(alignArticles([article('a', bridge, bridge)])).toEqual({
			passages: [],
			groups: [],
			related: [],
			semanticCheck: false,
		});
	});
});

/**
 * Hand-made sentence vectors: one direction per unit, except that units listed together share
 * one, so after centring those mean the same (cosine 1) and all others differ (below 0).
 */
function vectorsFor(
	articles: readonly { id: string; text: string; sentences: { start: number; end: number }[] }[],
	sameMeaning: readonly string[] = [],
): Map<string, number[]> {
	const texts = listUnitTexts(articles);
	const direction = (text: string) =>
		sameMeaning.includes(text)
			? 0
			: 1 + texts.filter((t) => !sameMeaning.includes(t)).indexOf(text);
	return new Map(texts.map((text) => [text, texts.map((_, i) => (i === direction(text) ? 1 : 0))]));
}

describe('alignArticles with a wording that is not its partner’s best match', () => {
	test('adds it to its partner’s group when it matches every member on its own words', () => {
		const shotgun =
			'Witnesses said the gunman used a shotgun or a rifle, harbour police captain Lena Brandt said on Monday.';
		const copy = shotgun.replace('captain', 'Capt.');
		const car =
			'Witnesses said officers found the gunman in the car, harbour police captain Lena Brandt said on Monday.';
		const armed = 'The gunman was armed with a long gun, either a shotgun or a rifle, Brandt said.';
		// The shotgun wording's best match in article c is c's copy of the car wording, whose group
		// holds another article b wording and so cannot take it; c's own paraphrase is left over.
		const articles = [
			article('a', shotgun, filler.b),
			article('b', copy, filler.a, car),
			article('c', armed, filler.c, car.replace('the car', 'a car')),
			article('d', car, filler.d, filler.e),
		];
		const texts = groupTexts(alignArticles(articles), articles);
		expect(texts).toContainEqual([`a: ${shotgun}`, `b: ${copy}`, `c: ${armed}`]);
		expect(texts).toHaveLength(2);
	});
});

describe('alignArticles related links', () => {
	const restated =
		'The harbour bridge will shut for six weeks while crews replace its rusted steel deck.';

	test('links a second wording of a grouped passage in the same article without a second group', () => {
		const articles = [article('a', bridge, filler.a, restated), article('b', filler.d, bridge)];
		const { groups, passages, related } = alignArticles(articles);
		expect(groupTexts({ groups, passages, related, semanticCheck: false }, articles)).toEqual([
			[`a: ${bridge}`, `b: ${bridge}`],
		]);
		expect(related).toHaveLength(1);
		const [link] = related;
		const a = articles[0]!;
		expect(a.text.slice(link!.a.start, link!.a.end)).toBe(restated);
		expect(link!.a).toMatchObject({ articleId: 'a', sentenceIndexes: [2], passageId: null });
		expect(link!.b.passageId).toBe(groups[0]!.passageIds[1]);
		expect(link!.kind).toBe('reworded');
		expect(link!.overlapSimilarity).toBeGreaterThanOrEqual(RELATED_MIN_OVERLAP);
		expect(link!.sharedWords).toEqual(expect.arrayContaining(['harbour', 'rusted', 'deck']));
	});

	test('links nothing when the second wording shares too little', () => {
		const loose = 'Crews on the harbour will be busy this spring, the council said.';
		const { related } = alignArticles([
			article('a', bridge, filler.a, loose),
			article('b', filler.d, bridge),
		]);
		expect(related).toEqual([]);
	});
});

describe('alignArticles restatements', () => {
	// The opening sums up the bridge works in other words (two shared words, the same meaning);
	// its own article and three others state them in full, in one group.
	const summary = 'Drivers face long detours while the old bridge gets a new deck.';
	const story = (first: string[]) => [
		article('a', ...first),
		article('b', filler.b, bridge),
		article('c', bridge, filler.c),
		article('d', filler.d, bridge),
	];

	test('links an opening that sums up a grouped passage to the other outlets’ wordings', () => {
		const articles = story([summary, filler.a, bridge]);
		const result = alignArticles(articles, { vectors: vectorsFor(articles, [summary, bridge]) });
		expect(groupTexts(result, articles)).toEqual([
			[`a: ${bridge}`, `b: ${bridge}`, `c: ${bridge}`, `d: ${bridge}`],
		]);
		const own = result.groups[0]!.passageIds[0]!;
		expect(result.related).toHaveLength(3);
		for (const link of result.related) {
			expect(link.a).toMatchObject({ articleId: 'a', sentenceIndexes: [0], passageId: null });
			expect(['b', 'c', 'd']).toContain(link.b.articleId);
			expect(link.restates).toBe(own);
			expect(link.sharedWords).toEqual(['bridge', 'deck']);
		}
	});

	test('links no summary past the opening, nor without the semantic check', () => {
		const late = story([filler.a, filler.e, summary, bridge]);
		expect(alignArticles(late, { vectors: vectorsFor(late, [summary, bridge]) }).related).toEqual(
			[],
		);
		expect(alignArticles(story([summary, filler.a, bridge])).related).toEqual([]);
	});

	test('marks every other related link as no restatement', () => {
		const restated =
			'The harbour bridge will shut for six weeks while crews replace its rusted steel deck.';
		const { related } = alignArticles([
			article('a', bridge, filler.a, restated),
			article('b', filler.d, bridge),
		]);
		expect(related.map((r) => r.restates)).toEqual([null]);
	});
});

describe('alignArticles with the semantic check', () => {
	const ruiz = {
		a: 'Engineer Ana Ruiz said the corroded bridge deck had reached the end of its service life.',
		b: 'The bridge deck, corroded after decades of salt, has reached the end of its life, according to engineer Ana Ruiz.',
	};

	test('vetoes a paraphrase on words whose sentences mean different things', () => {
		const articles = [article('a', ruiz.a, filler.a), article('b', ruiz.b, filler.b)];
		expect(alignArticles(articles).groups).toHaveLength(1);
		const { groups } = alignArticles(articles, { vectors: vectorsFor(articles) });
		expect(groups).toEqual([]);
	});

	test('keeps a paraphrase whose meanings agree, and records the meaning similarity', () => {
		const articles = [article('a', ruiz.a, filler.a), article('b', ruiz.b, filler.b)];
		const { groups } = alignArticles(articles, {
			vectors: vectorsFor(articles, [ruiz.a, ruiz.b]),
		});
		expect(groups).toHaveLength(1);
		expect(groups[0]!.kind).toBe('reworded');
		expect(groups[0]!.pairs[0]!.meaningSimilarity).toBe(1);
	});

	test('lets meaning make up for the words a long paraphrase does not share', () => {
		const a =
			'Night crews working under floodlights will strip and recoat the rusted ferry terminal gantry before the spring tourist season, a project the port authority values at four million.';
		const b =
			'Before visitors return in spring the port will spend heavily so that a contractor can repaint the corroded gantry at the terminal, officials explained on the quayside.';
		const articles = [article('x', a, filler.c), article('y', b, filler.d)];
		expect(alignArticles(articles).groups).toEqual([]);
		const result = alignArticles(articles, { vectors: vectorsFor(articles, [a, b]) });
		expect(groupTexts(result, articles)).toEqual([[`x: ${a}`, `y: ${b}`]]);
		const pair = result.groups[0]!.pairs[0]!;
		expect(pair.overlapSimilarity).toBeLessThan(REWORDED_MIN_OVERLAP);
		expect((pair.overlapSimilarity + pair.meaningSimilarity!) / 2).toBeGreaterThanOrEqual(
			REWORDED_MIN_BLEND,
		);
	});

	test('aligns a short sentence with its paraphrase on two shared words that meaning confirms', () => {
		const short = 'Her body was recovered later in the day.';
		const long = 'Rescuers recovered the body of the climber on Sunday after two failed attempts.';
		const articles = [article('a', filler.a, short), article('b', long, filler.b)];
		expect(alignArticles(articles).groups).toEqual([]);
		const result = alignArticles(articles, { vectors: vectorsFor(articles, [short, long]) });
		expect(groupTexts(result, articles)).toEqual([[`a: ${short}`, `b: ${long}`]]);
		expect(result.groups[0]!.pairs[0]!.sharedWords).toEqual(['body', 'recovered']);
	});

	test('asks three shared words of a short clause of a long sentence', () => {
		const clause = 'her body was recovered by the team later.';
		const sentence = `The storm closed the mountain pass for two whole days; ${clause}`;
		const long = 'Rescuers recovered the body of the climber on Sunday after two failed attempts.';
		const articles = [article('a', filler.a, sentence), article('b', long, filler.b)];
		const result = alignArticles(articles, { vectors: vectorsFor(articles, [clause, long]) });
		expect(result.groups).toEqual([]);
	});

	test('marks a pair grouped only through a third wording as not direct', () => {
		// b shares words with a and with c; a and c share only the bridge and mean the same.
		const a =
			'Engineer Ana Ruiz said the corroded bridge deck had reached the end of its service life.';
		const b =
			'The corroded deck of the bridge has reached the end of its service life and must be replaced, engineer Ana Ruiz said.';
		const c = 'The bridge deck must be replaced, the city said, and crews will start next spring.';
		const articles = [
			article('a', a, filler.a),
			article('b', b, filler.b),
			article('c', c, filler.c),
		];
		const { groups } = alignArticles(articles, { vectors: vectorsFor(articles, [a, b, c]) });
		expect(groups).toHaveLength(1);
		const pairs = groups[0]!.pairs;
		expect(pairs.map((p) => p.direct)).toEqual([true, false, true]);
		expect(pairs[1]!.kind).toBe('reworded');
	});

	test('keeps out of a group a wording that agrees with a member on meaning but shares one word with it', () => {
		// c rewords b (deck, replaced, next spring) but shares only "deck" with a.
		const a =
			'Engineer Ana Ruiz said the corroded bridge deck had reached the end of its service life.';
		const b =
			'The corroded deck of the bridge has reached the end of its service life and must be replaced next spring, engineer Ana Ruiz said.';
		const c =
			'Crews must replace the deck next spring, the city said, and traffic will be diverted.';
		const articles = [
			article('a', a, filler.a),
			article('b', b, filler.b),
			article('c', c, filler.c),
		];
		const { groups } = alignArticles(articles, { vectors: vectorsFor(articles, [a, b, c]) });
		expect(groups.some((g) => g.articleIds.includes('a') && g.articleIds.includes('b'))).toBe(true);
		expect(groups.some((g) => g.articleIds.includes('a') && g.articleIds.includes('c'))).toBe(
			false,
		);
	});

	test('decides on words alone when a unit has no vector, and says so on every pair', () => {
		const articles = [article('a', ruiz.a, filler.a), article('b', ruiz.b, filler.b)];
		const partial = new Map([...vectorsFor(articles)].slice(1));
		const { groups, semanticCheck } = alignArticles(articles, { vectors: partial });
		expect(semanticCheck).toBe(false);
		expect(groups).toHaveLength(1);
		expect(groups[0]!.pairs[0]!.meaningSimilarity).toBeNull();
		const ragged = new Map(vectorsFor(articles));
		ragged.set(ruiz.a, [1, 0]);
		expect(alignArticles(articles, { vectors: ragged }).semanticCheck).toBe(false);
		expect(alignArticles(articles, { vectors: vectorsFor(articles) }).semanticCheck).toBe(true);
	});
});

describe('sequenceSimilarity', () => {
	test('weighs rare words more than function words', () => {
		const w = (t: { stop: boolean }) => (t.stop ? 0.15 : 3);
		const base = tokenize('the bridge deck of the city');
		expect(sequenceSimilarity(base, tokenize('the bridge deck of the city'), w)).toBe(1);
		const lostFunction = sequenceSimilarity(base, tokenize('bridge deck of city'), w);
		const lostContent = sequenceSimilarity(base, tokenize('the bridge of the city'), w);
		expect(lostFunction).toBeGreaterThan(lostContent);
	});
});

describe('overlapSimilarity', () => {
	test('ignores order and function words', () => {
		const w = () => 1;
		expect(overlapSimilarity(tokenize('deck bridge the'), tokenize('the bridge deck'), w)).toBe(1);
		expect(overlapSimilarity(tokenize('the of and'), tokenize('the of and'), w)).toBe(0);
	});
});

describe('alignArticles on the seed story', () => {
	const story = buildStory(readStoryFolder(SEED_DIR));
	const byId = new Map(story.passages.map((p) => [p.id, p]));
	const textOf = (id: string) => {
		const p = byId.get(id)!;
		return story.articles.find((a) => a.id === p.articleId)!.text.slice(p.start, p.end);
	};
	const groupWith = (words: string) =>
		story.groups.find((g) => g.passageIds.some((id) => textOf(id).includes(words)));

	test('groups "Let me be clear…" across CTV, both captures, CBC and BBC', () => {
		const group = groupWith('Let me be clear')!;
		expect(group.articleIds).toEqual(['bbc', 'cbc', 'ctv', 'ctv-web']);
		expect(group.kind).toBe('near-verbatim');
		for (const id of group.passageIds)
			expect(textOf(id)).toMatch(/^"?Let me be clear[\s\S]*absolutely untrue claims/);
	});

	test('groups "Mr. Speaker, I am in your hands…" in CBC and Global as verbatim', () => {
		const group = groupWith('Mr. Speaker, I am in your hands')!;
		expect(group.articleIds).toEqual(['cbc', 'global']);
		expect(group.kind).toBe('verbatim');
	});

	test('aligns the two CTV captures sentence by sentence', () => {
		const shared = story.groups.filter(
			(g) => g.articleIds.includes('ctv') && g.articleIds.includes('ctv-web'),
		);
		expect(shared.length).toBeGreaterThanOrEqual(14);
	});

	test('groups the reworded reports of the allegation', () => {
		const group = groupWith('senior Chinese diplomat in February 2021')!;
		expect(group.articleIds).toEqual(expect.arrayContaining(['cbc', 'ctv', 'global']));
	});

	test("links the Chinese foreign ministry spokesman's words to nothing", () => {
		const bbc = story.articles.find((a) => a.id === 'bbc')!;
		const spokesman = [14, 15, 16];
		expect(bbc.text.slice(bbc.sentences[15]!.start, bbc.sentences[15]!.end)).toContain(
			'China opposes interference',
		);
		expect(
			story.passages.filter(
				(p) => p.articleId === 'bbc' && p.sentenceIndexes.some((i) => spokesman.includes(i)),
			),
		).toEqual([]);
	});

	test('reaches its precision and recall on the hand-labelled gold alignment', () => {
		const gold = JSON.parse(
			readFileSync(path.join(ROOT, 'tests/fixtures/gold/seed-alignment.json'), 'utf8'),
		).pairs;
		const score = scoreAlignment(story, gold);
		// Regression floor: the figures are reported by `npm run bench` and the How it works page.
		expect(score.precision).toBeGreaterThanOrEqual(0.95);
		expect(score.recall).toBeGreaterThanOrEqual(0.65);
	});
});

/** No passage in two groups; no two passages of one article overlap. */
function expectDisjointPassages({
	passages,
	groups,
}: Pick<Alignment, 'passages' | 'groups'>): void {
	const memberships = new Map<string, number>();
	for (const g of groups)
		for (const id of g.passageIds) memberships.set(id, (memberships.get(id) ?? 0) + 1);
	for (const p of passages) expect(memberships.get(p.id)).toBe(1);
	const byArticle = Map.groupBy(passages, (p) => p.articleId);
	for (const list of byArticle.values()) {
		const sorted = [...list].sort((p, q) => p.start - q.start);
		for (let k = 1; k < sorted.length; k++)
			expect(sorted[k]!.start).toBeGreaterThanOrEqual(sorted[k - 1]!.end);
	}
}

/** Each related link joins wordings of two articles that no group holds together. */
function expectRelatedAcrossGroups({
	passages,
	related,
}: Pick<Alignment, 'passages' | 'related'>): void {
	const byId = new Map(passages.map((p) => [p.id, p]));
	for (const link of related) {
		expect(link.a.articleId).not.toBe(link.b.articleId);
		for (const side of [link.a, link.b]) {
			if (side.passageId === null) {
				// A wording in no group overlaps no passage.
				expect(
					passages.some(
						(p) => p.articleId === side.articleId && p.start < side.end && side.start < p.end,
					),
				).toBe(false);
			} else {
				expect(byId.get(side.passageId)).toMatchObject({
					articleId: side.articleId,
					start: side.start,
					end: side.end,
				});
			}
		}
		const [ga, gb] = [link.a, link.b].map((s) =>
			s.passageId === null ? null : byId.get(s.passageId)!.groupId,
		);
		if (ga !== null) expect(ga).not.toBe(gb);
	}
}

describe('alignArticles on real stories', () => {
	const stories = [SEED_DIR, ...readdirSync(DEV_CORPUS).map((name) => path.join(DEV_CORPUS, name))];
	test.each(stories.map((dir) => [path.basename(dir), dir]))(
		'keeps passages disjoint and one group per passage in %s',
		(_name, dir) => {
			const story = buildStory(readStoryFolder(dir));
			expect(story.groups.length).toBeGreaterThan(0);
			expectDisjointPassages(story);
			expectRelatedAcrossGroups(story);
		},
	);
});

describe('alignArticles on rewordings of copied passages', () => {
	test('joins a paraphrase to a group of near-identical copies that two of them corroborate', () => {
		const story = buildStory(
			readStoryFolder(path.join(DEV_CORPUS, 't26-vincent-gigante-death-2005')),
		);
		const sentenceKey = (file: string, start: string) => {
			const a = story.articles.find((x) => x.sourceFile === file)!;
			const i = a.sentences.findIndex((s) => a.text.slice(s.start, s.end).startsWith(start));
			expect(i).toBeGreaterThanOrEqual(0);
			return `${a.id}:${i}`;
		};
		const jailed = sentenceKey('26_9ecbplus.txt', 'Gigante was jailed in the medical ward');
		const samePlace = sentenceKey('26_11ecbplus.txt', 'It was the same place where rival mob boss');
		const pairs = scoreAlignment(story, [[jailed, samePlace]]);
		expect(pairs.misses).toEqual([]);
	});
});

describe('alignArticles properties', () => {
	const words = [
		'bridge',
		'deck',
		'council',
		'mayor',
		'ferry',
		'closure',
		'river',
		'budget',
		'the',
		'of',
		'and',
		'said',
		'will',
		'a',
		'in',
		'steel',
		'crews',
		'harbour',
	];
	const sentenceArb = fc
		.array(fc.constantFrom(...words), { minLength: 3, maxLength: 14 })
		.map((ws) => `${ws.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
	const articlesArb = fc
		.array(fc.array(sentenceArb, { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 4 })
		.map((list) => list.map((sentences, i) => article(`a${i}`, ...sentences)));

	test('keeps passages inside their texts and groups across two or more articles', () => {
		fc.assert(
			fc.property(articlesArb, (articles) => {
				const { passages, groups } = alignArticles(articles);
				for (const p of passages) {
					const text = articles.find((a) => a.id === p.articleId)!.text;
					expect(0 <= p.start && p.start < p.end && p.end <= text.length).toBe(true);
					expect(groups.some((g) => g.id === p.groupId && g.passageIds.includes(p.id))).toBe(true);
				}
				for (const g of groups) {
					expect(new Set(g.articleIds).size).toBe(g.articleIds.length);
					expect(g.articleIds.length).toBeGreaterThanOrEqual(2);
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('never puts a passage in two groups nor lets two passages of one article overlap', () => {
		fc.assert(
			fc.property(articlesArb, (articles) => expectDisjointPassages(alignArticles(articles))),
			{ numRuns: 300 },
		);
	});

	test('does not depend on the order of the articles', () => {
		fc.assert(
			fc.property(articlesArb, (articles) => {
				expect(alignArticles([...articles].reverse())).toEqual(alignArticles(articles));
			}),
			{ numRuns: 200 },
		);
	});
});
