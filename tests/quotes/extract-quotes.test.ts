import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { extractQuotes, findAttribution } from '../../src/quotes/extract-quotes.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';
import { storyArticle } from '../helpers/story-article.ts';

const quoted = (paragraphs: string[]) => {
	const article = storyArticle('a', 'o', ...paragraphs);
	return extractQuotes(article).map((q) => ({
		text: article.text.slice(q.start, q.end),
		form: q.form,
		speaker: q.speaker,
		speakerKind: q.speakerKind,
		verb: q.verb,
		confidence: q.confidence,
		continued: q.continued,
	}));
};

describe('extractQuotes', () => {
	test('finds a full quotation in straight quotes and its attribution after it', () => {
		expect(
			quoted(['"The deck is at the end of its life," engineer Ana Ruiz said on Friday.']),
		).toEqual([
			{
				text: 'The deck is at the end of its life,',
				form: 'full',
				speaker: 'Ana Ruiz',
				speakerKind: 'person',
				verb: 'said',
				confidence: 1,
				continued: false,
			},
		]);
	});

	test('reads curly quotes and a verb-first attribution', () => {
		expect(quoted(['“We will reopen in June,” said Mayor Lee Chan, smiling.'])[0]).toMatchObject({
			text: 'We will reopen in June,',
			speaker: 'Lee Chan',
			verb: 'said',
		});
	});

	test('resolves a pronoun to the nearest named speaker, with less confidence', () => {
		const quotes = quoted(['Engineer Ana Ruiz spoke to reporters.', '"It cannot wait," she said.']);
		expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', verb: 'said', confidence: 0.8 });
	});

	test('carries a quotation over a paragraph break when the next paragraph opens with a quote mark', () => {
		const quotes = quoted([
			'"The deck is failing, and the steel is rusting through.',
			'"We have no choice but to close it," Ana Ruiz said.',
		]);
		expect(quotes.map((q) => [q.form, q.continued, q.speaker])).toEqual([
			['full', false, null],
			['full', true, 'Ana Ruiz'],
		]);
	});

	test('marks quoted words inside reported speech as a partial quote', () => {
		const quotes = quoted([
			'In the House, Dong told MPs he did "nothing to cause any harm" to the two men.',
		]);
		expect(quotes[0]).toMatchObject({
			text: 'nothing to cause any harm',
			form: 'partial',
			speaker: 'Dong',
			verb: 'told',
		});
	});

	test('marks a short quoted label as a scare quote with no speaker', () => {
		const quotes = quoted(['Reports called him a “witting affiliate” of the network.']);
		expect(quotes[0]).toMatchObject({
			text: 'witting affiliate',
			form: 'scare',
			speaker: null,
			verb: null,
		});
	});

	test('keeps nested single quotes inside the outer quotation', () => {
		const quotes = quoted(['Murphy wrote: “At no time was he ever used as a ‘back channel.’”']);
		expect(quotes).toHaveLength(1);
		expect(quotes[0]!.text).toBe('At no time was he ever used as a ‘back channel.’');
	});

	test('takes the attribution before the quote', () => {
		const quotes = quoted([
			'PMO spokesperson Alison Murphy wrote that her office “only became aware of it after he told us, following recent media questions.”',
		]);
		expect(quotes[0]).toMatchObject({ form: 'partial', speaker: 'Alison Murphy', verb: 'wrote' });
	});

	test('keeps an unnamed speaker described with "a" as its description', () => {
		const quotes = quoted([
			'A spokesperson for the city said the office "only learned of it later, from reporters."',
		]);
		expect(quotes[0]).toMatchObject({ speaker: 'A spokesperson for the city', confidence: 1 });
	});

	test('leaves a quotation with no attribution and no previous speaker unattributed', () => {
		expect(quoted(['"It is over."'])[0]).toMatchObject({
			speaker: null,
			verb: null,
			confidence: 0,
		});
	});
});

describe('extractQuotes attribution forms', () => {
	const first = (...paragraphs: string[]) => quoted(paragraphs)[0]!;

	test.each([
		[
			'quote–verb–speaker with age and role',
			'"The walls shook," said Sara Sadeqi, 22, a homemaker in Qeshm City.',
			'Sara Sadeqi',
		],
		[
			'quote–speaker–verb with an apposition',
			'"We treated dozens," Lena Ortiz, a doctor at a health clinic in Dunmore, told AFP.',
			'Lena Ortiz',
		],
		[
			'speaker–verb–quote',
			'Inspector Dave Gaskin said: "The fall was unsurvivable."',
			'Dave Gaskin',
		],
		[
			'according to',
			'The camp was "full of wounded," according to Ken Isaacs of the relief group.',
			'Ken Isaacs',
		],
		['a title before the name', '"The risk is real," Gov. Maria Ellis said.', 'Maria Ellis'],
		[
			'a three-part name',
			'"We are ready," said one of the rebel leaders, Abdel Aziz al - Hilu, in an interview.',
			'Abdel Aziz al-Hilu',
		],
		['an honorific and a surname', 'Ana Ruiz spoke first.\n', 'Ana Ruiz'],
	])('reads %s', (_, paragraph, speaker) => {
		const paragraphs = paragraph.endsWith('\n')
			? [paragraph.trim(), '"It cannot wait," Ms Ruiz said.']
			: [paragraph];
		expect(quoted(paragraphs).at(-1)).toMatchObject({ speaker, confidence: 1 });
	});

	test('names the speaker after a quotation of several sentences', () => {
		expect(
			first(
				'"The deck is failing. The steel is rusting through. We must close it," Ana Ruiz said.',
			),
		).toMatchObject({
			text: 'The deck is failing. The steel is rusting through. We must close it,',
			speaker: 'Ana Ruiz',
		});
	});

	test('carries the speaker across consecutive paragraphs of quotation', () => {
		const quotes = quoted([
			'"We will reopen in June," Mayor Lee Chan said.',
			'"Ferries will run every twenty minutes."',
			'"Buses will too."',
		]);
		expect(quotes.map((q) => [q.speaker, q.confidence])).toEqual([
			['Lee Chan', 1],
			['Lee Chan', 0.5],
			['Lee Chan', 0.5],
		]);
	});

	test('takes the speaker of reported speech for the paragraph of quotation after it', () => {
		expect(
			quoted(['Inspector Dave Gaskin said rescuers were stretched.', '"Resources are tight."'])[0],
		).toMatchObject({
			speaker: 'Dave Gaskin',
			confidence: 0.5,
		});
	});

	test('leaves indirect speech out', () => {
		expect(quoted(['The mayor said the bridge would reopen in June.'])).toEqual([]);
	});

	test('keeps a description a description unless it fits someone named before', () => {
		expect(first('"We are aware of the death," a defence spokesperson said.')).toMatchObject({
			speaker: 'A defence spokesperson',
			speakerKind: 'description',
		});
		const quotes = quoted([
			'Taban Deng, the governor of Unity state, visited the camp.',
			'"The refugees need to be protected," the governor said.',
			'"We saw the planes," the pilot said.',
		]);
		expect(quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([
			['Taban Deng', 'person'],
			['The pilot', 'description'],
		]);
	});

	test('never lists a place as a speaker', () => {
		expect(first('"We were panicked," one woman in Qeshm told AFP.')).toMatchObject({
			speaker: 'One woman in Qeshm',
			speakerKind: 'description',
		});
		expect(
			first(
				'Speaking in the capital, Juba, Mr. Kiir said the raid was "a military invasion" of the south.',
			),
		).toMatchObject({
			speaker: 'Kiir',
		});
	});

	test('keeps nicknames, labels and unattributed short quotes as terms', () => {
		expect(quoted(['Vincent "The Chin" Gigante died on Monday.'])[0]).toMatchObject({
			form: 'scare',
			speaker: null,
		});
		expect(quoted(['The pair became known as the "Two Michaels" abroad.'])[0]).toMatchObject({
			form: 'scare',
		});
		expect(quoted(['Papandreou said the firebombing was a "raw murderous act".'])[0]).toMatchObject(
			{
				form: 'partial',
				speaker: 'Papandreou',
			},
		);
	});

	test('gives quotations earlier in a sentence the speaker named after a later one', () => {
		expect(
			quoted([
				'"Greece is a unique case" because of its "debt dynamics" and because it "has cheated for years, " EU Commissioner Olli Rehn said.',
			]).map((q) => [q.form, q.speaker]),
		).toEqual([
			['full', 'Olli Rehn'],
			['partial', 'Olli Rehn'],
			['partial', 'Olli Rehn'],
		]);
	});
});

describe('findAttribution', () => {
	test('reads the speaker and verb around a quotation', () => {
		expect(
			findAttribution('', ' Isaacs questioned, noting a dispute.', new Set(['Isaacs'])),
		).toMatchObject({
			speakerText: 'Isaacs',
			verb: 'questioned',
			reading: { name: 'Isaacs', kind: 'person' },
		});
		expect(findAttribution('He told Parliament that ', '')).toMatchObject({
			verb: 'told',
			reading: { kind: 'pronoun' },
		});
	});

	test('takes the listener of "told" for no speaker', () => {
		expect(findAttribution('', ' told AFP.')).toBeNull();
	});

	test('does not give a quotation to a verb of another clause', () => {
		expect(findAttribution('Three sources said, because the service believed a ', '')).toBeNull();
	});
});

describe('extractQuotes on the seed story', () => {
	const story = buildStory(readStoryFolder(SEED_DIR));
	const quotesOf = (id: string) => {
		const article = story.articles.find((a) => a.id === id)!;
		return extractQuotes(article).map((q) => ({ ...q, text: article.text.slice(q.start, q.end) }));
	};

	test('attributes "Let me be clear…" to Han Dong in CTV, CBC and BBC', () => {
		for (const id of ['ctv', 'cbc', 'bbc']) {
			const q = quotesOf(id).find((x) => /Let me be clear/.test(x.text))!;
			expect(q.speaker, id).toBe('Han Dong');
		}
		expect(quotesOf('cbc').find((x) => /Let me be clear/.test(x.text))).toMatchObject({
			speakerText: 'the Don Valley North representative',
			confidence: 0.6,
		});
	});

	test('attributes the foreign ministry spokesman’s words to Wang Wenbin, not Dong', () => {
		const q = quotesOf('bbc').find((x) => x.text.startsWith('China opposes interference'))!;
		expect(q).toMatchObject({
			speaker: 'Wang Wenbin',
			speakerText: 'Mr Wenbin',
			verb: 'said',
			confidence: 1,
		});
	});

	test('attributes the Sousa quotation despite the commas in his description', () => {
		const q = quotesOf('ctv-web').find((x) => x.text.startsWith('I’m confident'))!;
		expect(q).toMatchObject({ speaker: 'Charles Sousa', verb: 'said' });
	});

	test('keeps terms apart from speech, and counts short quotes a speaker is said to use as speech', () => {
		const terms = (id: string) =>
			quotesOf(id)
				.filter((q) => q.form === 'scare')
				.map((q) => q.text);
		expect(terms('ctv')).toEqual([]);
		expect(terms('global')).toEqual(['Two Michaels,', 'subtle but effective']);
		// `Citing unnamed "national security sources," Global News reported`: Global News's words.
		expect(
			quotesOf('ctv')
				.filter((q) => q.text.startsWith('national') || q.text.startsWith('witting'))
				.map((q) => [q.text, q.form, q.speaker, q.speakerKind]),
		).toEqual([
			['national security sources,', 'partial', 'Global News', 'organisation'],
			['witting affiliate', 'partial', 'Global News', 'organisation'],
		]);
		expect(quotesOf('global').find((q) => q.text === 'serious')).toMatchObject({
			speaker: 'Opposition party leaders',
			speakerKind: 'description',
		});
	});
});
