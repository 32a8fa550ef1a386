import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import nlp from 'compromise';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { scoreQuotes, type GoldEvent } from '../../src/quotes/score-quotes.ts';
import { readStoryFolder, ROOT } from '../helpers/seeds.ts';
import { storyArticle } from '../helpers/story-article.ts';
import { extractQuotes } from '../../src/quotes/extract-quotes.ts';

const gold = JSON.parse(
	readFileSync(path.join(ROOT, 'tests/fixtures/gold/quotes-dev.json'), 'utf8'),
) as {
	events: Record<string, GoldEvent>;
};
const DEV = path.join(ROOT, 'tests/fixtures/dev-corpus');
/** `ecbplus_t20_qeshm_earthquake_2005` → its dev-corpus folder. */
const folderOf = (event: string) =>
	path.join(DEV, event.replace('ecbplus_', '').replaceAll('_', '-'));

describe('scoreQuotes', () => {
	test('scores spans exactly and speakers under any spelling the gold lists', () => {
		const article = {
			...storyArticle(
				'a',
				'o',
				'"We panicked, " one woman said.',
				'"It shook," said Mr Alishbandi.',
			),
			sourceFile: 'x.txt',
		};
		const quotes = extractQuotes(article).map((q) => ({ ...q, utteranceId: null }));
		const score = scoreQuotes([article], quotes, {
			people: {
				'Heidar Alishvandi': ['Heydar Alishbandi, Governor of Qeshm island', 'Mr Alishbandi'],
			},
			quotes: [
				{ file: 'x.txt', line: 1, text: 'We panicked', speaker: null, kind: 'speech' },
				{ file: 'x.txt', line: 3, text: 'It shook', speaker: 'Heidar Alishvandi', kind: 'speech' },
				{ file: 'x.txt', line: 3, text: 'Not there', speaker: 'Heidar Alishvandi', kind: 'speech' },
			],
		});
		expect(score.spans).toMatchObject({ predicted: 2, gold: 3, correct: 2 });
		expect(score.attribution).toMatchObject({
			predicted: 1,
			gold: 2,
			correct: 1,
			precision: 1,
			recall: 0.5,
		});
		expect(score.missedSpans).toEqual(['x.txt:3: Not there']);
	});
});

describe('quotations of the labelled development events', () => {
	// Targets of issue 18: attribution precision ≥ 0.95 and recall ≥ 0.85 on every labelled event.
	test.each(Object.keys(gold.events))(
		'%s meets the attribution targets and groups shared quotations',
		(event) => {
			const story = buildStory(readStoryFolder(folderOf(event)));
			const score = scoreQuotes(
				story.articles,
				story.quotes,
				gold.events[event]!,
				story.utterances,
			);
			expect(score.attribution.precision, score.wrongSpeakers.join('\n')).toBeGreaterThanOrEqual(
				0.95,
			);
			expect(score.attribution.recall, score.missedSpeakers.join('\n')).toBeGreaterThanOrEqual(
				0.85,
			);
			expect(score.spans.precision).toBeGreaterThanOrEqual(0.95);
			expect(score.spans.recall).toBeGreaterThanOrEqual(0.85);
			expect(score.grouping.grouped).toBe(score.grouping.pairs);
		},
	);

	// Every dev event, labelled or not: no speaker is a name the text uses as a place.
	test.each([
		't18-troy-office-shooting-2007',
		't20-qeshm-earthquake-2005',
		't23-mount-cook-climbers-2013',
		't26-vincent-gigante-death-2005',
		't38-geysers-earthquake-2013',
		't41-yida-camp-bombing-2011',
		't45-spiro-murder-verdict-2013',
		't8-athens-bank-firebomb-2010',
	])('%s lists no place as a speaker', (folder) => {
		const story = buildStory(readStoryFolder(path.join(DEV, folder)));
		const places = new Set<string>();
		for (const a of story.articles) {
			for (const p of nlp(a.text).places().out('array') as string[])
				places.add(p.replace(/[^\p{L}\s-]/gu, '').trim());
			for (const m of a.text.matchAll(/\b(?:in|near) ((?:\p{Lu}[\p{L}-]+ ?)+)/gu))
				places.add(m[1]!.trim());
		}
		const named = story.speakers.filter((s) => s.kind !== 'description').map((s) => s.speaker);
		expect(named.filter((s) => places.has(s))).toEqual([]);
	});
});
