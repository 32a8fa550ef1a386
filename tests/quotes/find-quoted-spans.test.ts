import { describe, expect, test } from 'vitest';
import { findQuotedSpans } from '../../src/quotes/find-quoted-spans.ts';
import { storyArticle } from '../helpers/story-article.ts';

/** The quoted words of each span, with whether it was closed and continued. */
const spans = (...paragraphs: string[]) => {
	const article = storyArticle('a', 'o', ...paragraphs);
	return findQuotedSpans(article).map((s) => ({
		text: article.text.slice(s.start, s.end).replace(/\n\n/g, ' ⏎ '),
		closed: s.closed,
		continued: s.continued,
	}));
};
const texts = (...paragraphs: string[]) => spans(...paragraphs).map((s) => s.text);

describe('findQuotedSpans', () => {
	test('does not reopen at a mark that closed, where the mark also opens another family', () => {
		expect(texts('«Nous rouvrirons en juin», a déclaré le maire.')).toEqual([
			'Nous rouvrirons en juin',
		]);
		expect(texts('„Wir öffnen im Juni wieder“, sagte der Bürgermeister.')).toEqual([
			'Wir öffnen im Juni wieder',
		]);
	});

	test.each([
		['curly', '“We will reopen in June,” the mayor said.', 'We will reopen in June,'],
		['straight', '"We will reopen in June," the mayor said.', 'We will reopen in June,'],
		[
			'straight with a stray space',
			'"We will reopen them, " the officer said.',
			'We will reopen them,',
		],
		[
			'two apostrophes',
			"''The fall was unsurvivable,\" the inspector said.",
			'The fall was unsurvivable,',
		],
		['guillemets', 'Le maire a dit : « Nous rouvrirons en juin. »', 'Nous rouvrirons en juin.'],
		['reversed guillemets', 'Borgmesteren sagde: »Vi åbner i juni.«', 'Vi åbner i juni.'],
		['low-9 and high-6', 'Der Bürgermeister sagte: „Wir öffnen im Juni.“', 'Wir öffnen im Juni.'],
		['single guillemets', 'Il a dit : ‹ Nous rouvrirons. ›', 'Nous rouvrirons.'],
		['a single-quoted heading', "'We panicked'", 'We panicked'],
		['curly single quotes', '‘We panicked,’ she said.', 'We panicked,'],
	])('reads %s quotation marks', (_, paragraph, expected) => {
		expect(texts(paragraph)).toEqual([expected]);
	});

	test('keeps quotes inside a quotation as part of it', () => {
		expect(texts('Murphy wrote: “At no time was he ever used as a ‘back channel.’”')).toEqual([
			'At no time was he ever used as a ‘back channel.’',
		]);
		expect(texts('He said: « Ils crient ‹ assez › depuis des mois. »')).toEqual([
			'Ils crient ‹ assez › depuis des mois.',
		]);
	});

	test('reads apostrophes as apostrophes, not quotation marks', () => {
		expect(texts("The officers' union said it wasn't the council's decision.")).toEqual([]);
		expect(texts('The mayor’s office didn’t comment.')).toEqual([]);
	});

	test('pairs several straight quotations in one sentence', () => {
		expect(
			texts(
				'"Greece is a unique case in the EU" because of its "precarious debt dynamics" and because it "has cheated for years, " Olli Rehn said.',
			),
		).toEqual([
			'Greece is a unique case in the EU',
			'precarious debt dynamics',
			'has cheated for years,',
		]);
	});

	test('runs a quotation into the next paragraph when that paragraph closes it', () => {
		expect(
			spans(
				'"We were panicked.',
				'I saw an injured person being taken to hospital, " one woman told AFP.',
			),
		).toEqual([
			{
				text: 'We were panicked. ⏎ I saw an injured person being taken to hospital,',
				closed: true,
				continued: false,
			},
		]);
	});

	test('runs a quotation through a paragraph without marks to the one that closes it', () => {
		expect(
			texts(
				'"The refugees need to be safe.',
				'They ran away from war.',
				'They should not be pursued, " the governor said.',
			),
		).toEqual([
			'The refugees need to be safe. ⏎ They ran away from war. ⏎ They should not be pursued,',
		]);
	});

	test('ends a news-style quotation at its paragraph when the next reopens with a mark', () => {
		expect(
			spans(
				'"The deck is failing, and the steel is rusting through.',
				'"We have no choice but to close it," Ana Ruiz said.',
			),
		).toEqual([
			{
				text: 'The deck is failing, and the steel is rusting through.',
				closed: false,
				continued: false,
			},
			{ text: 'We have no choice but to close it,', closed: true, continued: true },
		]);
	});

	test('runs a quotation through lines without marks to a line that reopens it', () => {
		expect(
			spans(
				'He added: "We will stand alongside the families.',
				'This is the least we can do.',
				'"To those who mourn, we say this."',
			),
		).toEqual([
			{
				text: 'We will stand alongside the families. ⏎ This is the least we can do.',
				closed: false,
				continued: false,
			},
			{ text: 'To those who mourn, we say this.', closed: true, continued: true },
		]);
	});

	test('reads a paragraph opened by a single mark and closed by a double one as one quotation', () => {
		expect(texts('\'I cant speak for the first death, " Gaskin told the Herald.')).toEqual([
			'I cant speak for the first death,',
		]);
	});

	test('ends an unclosed quotation at its paragraph when nothing later closes it', () => {
		expect(
			spans('"We are at a fork in the road.', 'The vote is on Thursday.', 'Markets fell.'),
		).toEqual([{ text: 'We are at a fork in the road.', closed: false, continued: false }]);
	});

	test('runs a quotation left open to the article’s end when its last lines speak in the first person', () => {
		expect(
			spans('A spokeswoman said: "We are aware of the death.', 'We are providing assistance.'),
		).toEqual([
			{
				text: 'We are aware of the death. ⏎ We are providing assistance.',
				closed: false,
				continued: false,
			},
		]);
	});
});
