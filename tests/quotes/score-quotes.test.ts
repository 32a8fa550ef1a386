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

/**
 * Floors at the measured figures (attribution recall, span recall; precision is 1 on every
 * event), so that a change losing a quotation or a speaker fails. Issue 18's targets were
 * precision ≥ 0.95 and recall ≥ 0.85.
 */
const FLOORS: Record<string, { attribution: number; spans: number }> = {
	ecbplus_t20_qeshm_earthquake_2005: { attribution: 1, spans: 0.866 },
	ecbplus_t23_mount_cook_climbers_2013: { attribution: 1, spans: 1 },
	ecbplus_t41_yida_camp_bombing_2011: { attribution: 0.912, spans: 0.951 },
	ecbplus_t8_athens_bank_firebomb_2010: { attribution: 0.984, spans: 0.986 },
};

describe('quotations of the labelled development events', () => {
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
			const floor = FLOORS[event]!;
			expect(score.attribution.precision, score.wrongSpeakers.join('\n')).toBe(1);
			expect(score.attribution.recall, score.missedSpeakers.join('\n')).toBeGreaterThanOrEqual(
				floor.attribution,
			);
			expect(score.spans.precision, score.extraSpans.join('\n')).toBe(1);
			expect(score.spans.recall, score.missedSpans.join('\n')).toBeGreaterThanOrEqual(floor.spans);
			expect(score.grouping.grouped).toBe(score.grouping.pairs);
			expect(score.grouping.speakerRight).toBe(score.grouping.pairs);
		},
	);

	test('lists a speaker the outlets spell differently once, with every spelling', () => {
		const story = buildStory(readStoryFolder(folderOf('ecbplus_t8_athens_bank_firebomb_2010')));
		const variantsOf = (spelling: string) =>
			story.speakers.filter((s) => s.variants.includes(spelling)).map((s) => s.variants);
		expect(variantsOf('Yiannis Panagopoulos')).toEqual([
			['Giannis Panagopoulos', 'Yiannis Panagopoulos'],
		]);
		expect(variantsOf('Ilias Vrettakos')).toEqual([['Elias Vrettakos', 'Ilias Vrettakos']]);
	});

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
