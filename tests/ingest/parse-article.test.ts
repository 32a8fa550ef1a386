import { describe, expect, test } from 'vitest';
import { ArticleParseError } from '../../src/ingest/errors.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import type { Article } from '../../src/schemas/article.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const seed = readStoryFolder(SEED_DIR);
const parsed = new Map<string, Article>(
	seed.manifest.articles.map((entry) => [
		entry.id,
		parseArticle(seed.files.get(entry.file)!, { entry }),
	]),
);
const sentence = (a: Article, i: number) => {
	const s = a.sentences.at(i)!;
	return a.text.slice(s.start, s.end);
};
const removedLines = (a: Article) =>
	a.cleaningLog.filter((e) => e.action === 'removed').map((e) => e.line);

describe('parseArticle on the seeds', () => {
	test.each([
		[
			'ctv',
			10,
			'Han Dong has announced he will be sitting as an independent MP after being the subject of foreign interference allegations.',
			'Ontario MPP Vincent Ke, who represents the same riding as Dong, resigned from the Progressive Conservative caucus earlier this month after he was alleged in a Global News report to have been involved in Chinese interference networks -- allegations that Ke denies.',
		],
		[
			'cbc',
			12,
			"Han Dong, the Toronto-area MP at the centre of allegations that his election campaign benefited from Beijing's meddling, says he is leaving the Liberal caucus and will sit as an Independent.",
			'"Mr. Speaker, I am in your hands as to what happens next."',
		],
		[
			'bbc',
			13,
			"A Canadian member of parliament has stepped down from his party's caucus over allegations he was involved in Chinese political interference.",
			'We have no interest in and will not interfere in Canada\'s internal affairs," Mr Wenbin said on Thursday.',
		],
		[
			'ctv-web',
			16,
			'Han Dong has announced he will be sitting as an independent MP after being the subject of allegations involving interference by China in Canadian affairs.',
			'Ontario MPP Vincent Ke, who represents the same riding as Dong, resigned from the Progressive Conservative caucus earlier this month after he was alleged in a Global News report to have been involved in Chinese interference networks -- allegations that Ke denies.',
		],
		[
			'global',
			25,
			'Embattled Ontario MP Han Dong announced Wednesday night he is leaving the Liberal caucus and will sit as an Independent member of Parliament.',
			'Former governor general David Johnston, who has been appointed by the government as a special rapporteur to oversee multiple political and national security probes into foreign interference, has until May to determine if an inquiry is warranted.',
		],
	])(
		'%s has %i paragraphs from its first to its last body sentence',
		(id, paragraphs, first, last) => {
			const article = parsed.get(id)!;
			expect(article.paragraphs).toHaveLength(paragraphs);
			expect(sentence(article, 0)).toBe(first);
			expect(sentence(article, -1)).toBe(last);
		},
	);

	test('separates dates, caption, headline and credits from the bodies', () => {
		const pick = (id: string) => {
			const a = parsed.get(id)!;
			return [a.published, a.publishedSource, a.headline, a.caption, a.credits];
		};
		expect(pick('ctv')).toEqual(['2023-03-22', 'capture', null, null, []]);
		expect(pick('cbc')).toEqual(['2023-03-21', 'capture', null, null, []]);
		expect(pick('bbc')).toEqual([
			'2023-03-23',
			'capture',
			null,
			'Han Dong, seen in a 2014 file photo, has denied allegations that he lobbied to delay the release of two Canadians',
			[],
		]);
		expect(pick('ctv-web')).toEqual([
			null,
			null,
			'Han Dong resigns from Liberal caucus, denies interference allegations',
			null,
			[
				'With files from CTV News’ Senior Digital Parliamentary Reporter Rachel Aiello and CTV National News Producer Rachel Hanes',
			],
		]);
		expect(pick('global')).toEqual([null, null, null, null, ['With files from Sam Cooper']]);
	});

	test('removes exactly the chrome and teaser lines of each capture', () => {
		expect(removedLines(parsed.get('ctv')!)).toEqual([]);
		expect(removedLines(parsed.get('cbc')!)).toEqual([]);
		expect(removedLines(parsed.get('bbc')!)).toEqual([]);
		expect(removedLines(parsed.get('ctv-web')!)).toEqual([
			1,
			3,
			7,
			...Array.from({ length: 21 }, (_, i) => 43 + 2 * i),
		]);
		expect(removedLines(parsed.get('global')!)).toEqual([12, 28]);
	});

	test('leaves no site chrome, teaser or mojibake in any body', () => {
		for (const article of parsed.values()) {
			expect(article.text).not.toMatch(
				/Skip to main content|Stay Connected|Get daily|Comments|Top Stories|Don Martin|opinion|IN DEPTH/,
			);
			expect(article.text).not.toMatch(/[ÂÃâ€†™\u0080-\u009f\ufffd]|鶹/);
		}
	});

	test('restores the outlet name the later CTV capture garbled, and logs why', () => {
		const article = parsed.get('ctv-web')!;
		expect(article.text).toContain(
			'CTV News has not independently verified any of these allegations.',
		);
		expect(article.text).toContain('Speaking to CTV News in the foyer');
		const repairs = article.cleaningLog.filter((e) => e.rule === 'manifest-repair');
		expect(repairs.map((e) => e.line)).toEqual([1, 23, 29, 41]);
		expect(repairs[0]).toMatchObject({
			text: 'Â鶹´«Ã½',
			replacement: 'CTV News',
			action: 'repaired',
		});
		expect(repairs[0]!.detail).toContain('first CTV capture');
	});

	test('restores the closing quotes garbled into daggers', () => {
		const article = parsed.get('ctv-web')!;
		expect(
			article.cleaningLog.filter((e) => e.rule === 'lost-closing-quote').map((e) => e.line),
		).toEqual([19, 21, 27, 31]);
		expect(article.text).toContain(
			'he was a “witting affiliate” of Chinese interference networks.',
		);
		expect(article.text).toContain('“The truth will protect us,” he said.');
	});

	test('keeps every sentence of the body that both CTV captures share', () => {
		const first = parsed.get('ctv')!;
		const later = parsed.get('ctv-web')!;
		const laterSentences = new Set(later.sentences.map((s) => later.text.slice(s.start, s.end)));
		const shared = first.sentences
			.map((s) => first.text.slice(s.start, s.end))
			.filter((s) => laterSentences.has(s));
		// The later capture rewrote the lede and split the last paragraph; the rest is identical.
		expect(shared).toHaveLength(first.sentences.length - 2);
	});

	test('lays paragraphs out with one blank line between them and records their raw lines', () => {
		const article = parsed.get('global')!;
		expect(article.text.split('\n\n')).toHaveLength(25);
		expect(article.paragraphs.slice(0, 3)).toEqual([
			{ start: 0, end: 141, line: 1 },
			{ start: 143, end: 412, line: 2 },
			{ start: 414, end: 583, line: 3 },
		]);
		for (const s of article.sentences) {
			expect(article.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
		}
	});
});

describe('parseArticle', () => {
	const entry = { id: 'a', file: 'a.txt', outlet: 'o', repairs: [] };
	const file = (text: string) => ({
		path: 'content/s/a.txt',
		bytes: new TextEncoder().encode(text),
		sha256: 'x',
	});

	test('fails on a file that is all boilerplate, naming the first removed line', () => {
		expect(() => parseArticle(file('Skip to main content\nShare\n'), { entry })).toThrow(
			ArticleParseError,
		);
		expect(() => parseArticle(file('Skip to main content\nShare\n'), { entry })).toThrow(
			'content/s/a.txt:1: no article text is left after cleaning: all 2 lines were boilerplate',
		);
	});

	test('says a headline-only file has no body, not that zero lines were boilerplate', () => {
		const run = () => parseArticle(file('Bridge to close for six weeks\n'), { entry });
		expect(run).toThrow(ArticleParseError);
		expect(run).toThrow(/no article body: every line was taken as \w+/);
		expect(run).not.toThrow(/all 0 lines/);
	});

	test('fails when a declared repair matches nothing', () => {
		const withRepair = { ...entry, repairs: [{ find: 'zzz', replace: 'y', reason: 'r' }] };
		expect(() => parseArticle(file('The bridge closed.'), { entry: withRepair })).toThrow(
			/declares a repair of "zzz"/,
		);
	});

	test('takes the date from the dateline and says where it came from', () => {
		const article = parseArticle(
			file('Bridge closes for repairs\nUpdated 5 / 6 / 2024 1:41 PM\nThe bridge closed on Monday.'),
			{ entry, storyDate: '2024-05-06', notAfter: '2026-12-01' },
		);
		expect([article.published, article.publishedSource, article.headline]).toEqual([
			'2024-05-06',
			'update-line',
			'Bridge closes for repairs',
		]);
		expect(article.dateline).toEqual({
			date: '2024-05-06',
			kind: 'updated',
			updated: null,
			line: 2,
			text: 'Updated 5 / 6 / 2024 1:41 PM',
			rejected: null,
		});
	});

	test('rejects a dateline after the build day, logging and warning about it', () => {
		const article = parseArticle(
			file('Bridge closes for repairs\nPublished March 12, 2031\nThe bridge closed on Monday.'),
			{ entry, storyDate: '2024-05-06', notAfter: '2026-12-01' },
		);
		expect(article.published).toBeNull();
		expect(article.publishedSource).toBeNull();
		expect(article.dateline?.rejected).toMatch(/after 2026-12-01/);
		expect(article.cleaningLog.at(-1)).toMatchObject({ rule: 'implausible-date', line: 2 });
		expect(article.cleaningWarnings).toEqual([
			expect.objectContaining({ rule: 'implausible-date', lines: [2] }),
		]);
	});

	test('reads a numeric date day first or month first, whichever is nearer the story, and logs it', () => {
		const capture = file(
			'Bridge closes for repairs\nPublished 06/05/2024\nThe bridge closed on Monday.',
		);
		const dayFirst = parseArticle(capture, { entry, storyDate: '2024-05-06' });
		expect(dayFirst.published).toBe('2024-05-06');
		expect(dayFirst.cleaningLog.find((e) => e.rule === 'day-month-order')).toMatchObject({
			action: 'repaired',
			line: 2,
			text: '2024-06-05',
			replacement: '2024-05-06',
		});
		const monthFirst = parseArticle(capture, { entry, storyDate: '2024-06-04' });
		expect(monthFirst.published).toBe('2024-06-05');
		expect(monthFirst.cleaningLog.some((e) => e.rule === 'day-month-order')).toBe(false);
	});

	test('rejects a dateline long before the story', () => {
		const article = parseArticle(
			file('Bridge closes for repairs\nPublished March 12, 2019\nThe bridge closed on Monday.'),
			{ entry, storyDate: '2024-05-06' },
		);
		expect(article.published).toBeNull();
		expect(article.dateline?.rejected).toMatch(/days before the story's date 2024-05-06/);
	});

	test('prefers the manifest date to the dateline and logs the disagreement', () => {
		const article = parseArticle(
			file('Bridge closes for repairs\nPublished May 5, 2024\nThe bridge closed on Monday.'),
			{ entry: { ...entry, published: '2024-05-06' } },
		);
		expect([article.published, article.publishedSource, article.dateline?.date]).toEqual([
			'2024-05-06',
			'manifest',
			'2024-05-05',
		]);
		expect(article.cleaningLog.at(-1)).toMatchObject({
			rule: 'date-override',
			line: 2,
			text: '2024-05-05',
			replacement: '2024-05-06',
		});
	});

	test('prefers the manifest date and logs the disagreement', () => {
		const article = parseArticle(file(' date 2024-01-01 The bridge closed.'), {
			entry: { ...entry, published: '2024-01-02' },
		});
		expect(article.published).toBe('2024-01-02');
		expect(article.publishedSource).toBe('manifest');
		expect(article.cleaningLog.at(-1)).toMatchObject({
			rule: 'date-override',
			text: '2024-01-01',
			replacement: '2024-01-02',
		});
	});
});
