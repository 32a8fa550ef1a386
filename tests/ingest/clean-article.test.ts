import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanArticle, countWords, normalizeLine } from '../../src/ingest/clean-article.ts';

const repairs = [{ find: 'GARBLE', replace: 'The Outlet', reason: 'Garbled outlet name.' }];

describe('cleanArticle', () => {
	test('takes a leading date line as the date and keeps the sentence fused to it', () => {
		const result = cleanArticle(
			' date 2023-03-22 Han Dong has announced he will sit as an independent.\n\nSecond paragraph here.',
		);
		expect(result.date).toBe('2023-03-22');
		expect(result.paragraphs).toEqual([
			{ text: 'Han Dong has announced he will sit as an independent.', line: 1 },
			{ text: 'Second paragraph here.', line: 3 },
		]);
		expect(result.log.find((e) => e.rule === 'date-prefix')).toMatchObject({
			action: 'extracted',
			line: 1,
			text: 'date 2023-03-22',
		});
	});

	test('sets aside a photo caption above the body', () => {
		const result = cleanArticle(
			'Han Dong, seen in a 2014 file photo, has denied allegations\n\nA member of parliament has stepped down.',
		);
		expect(result.caption).toBe('Han Dong, seen in a 2014 file photo, has denied allegations');
		expect(result.paragraphs.map((p) => p.text)).toEqual([
			'A member of parliament has stepped down.',
		]);
	});

	test('finds the headline among site chrome above the body', () => {
		const text =
			'GARBLE\n\nSkip to main content\n\nBridge closes, city says repairs cannot wait\n\nShare\n\nThe bridge closed on Monday.';
		const result = cleanArticle(text, { repairs });
		expect(result.headline).toBe('Bridge closes, city says repairs cannot wait');
		expect(result.paragraphs.map((p) => p.text)).toEqual(['The bridge closed on Monday.']);
		expect(result.log.map((e) => [e.rule, e.action, e.line])).toEqual([
			['manifest-repair', 'repaired', 1],
			['no-sentence-structure', 'removed', 1],
			['site-chrome', 'removed', 3],
			['headline', 'extracted', 5],
			['site-chrome', 'removed', 7],
		]);
	});

	test('removes a cookie banner and takes the headline below it', () => {
		const result = cleanArticle(
			'We use cookies to improve your experience on our site. Accept all cookies\nBridge closes for six long weeks\nThe bridge closed on Monday.\nManage cookie preferences',
		);
		expect(result.headline).toBe('Bridge closes for six long weeks');
		expect(result.log.filter((e) => e.rule === 'consent-banner').map((e) => e.line)).toEqual([
			1, 4,
		]);
		expect(result.paragraphs.map((p) => p.text)).toEqual(['The bridge closed on Monday.']);
	});

	test('keeps a sentence of the article that speaks of cookies', () => {
		const sentence =
			'Regulators said sites must let readers reject cookies as easily as they accept them.';
		const result = cleanArticle(`The bridge closed on Monday.\n${sentence}`);
		expect(result.paragraphs.map((p) => p.text)).toEqual([
			'The bridge closed on Monday.',
			sentence,
		]);
	});

	test('ends the article at its copyright notice, dropping the author note after it', () => {
		const result = cleanArticle(
			'The bridge closed on Monday.\nCopyright 2025 Example Wire. All Rights Reserved.\nRoe covers transport for Example Wire.',
		);
		expect(result.paragraphs.map((p) => p.text)).toEqual(['The bridge closed on Monday.']);
		expect(result.log.map((e) => [e.rule, e.line])).toEqual([
			['copyright', 2],
			['after-copyright', 3],
		]);
	});

	test('reads a one-word menu item as a label even with a full stop, and finds the page below', () => {
		const menu = ['Skip to main content', 'Menu', 'World', 'U.S.', 'Politics', 'Sports', 'Share'];
		const result = cleanArticle(
			[
				...menu,
				'Bridge closes for six long weeks',
				'By JANE ROE',
				'Updated 4:12 PM GMT, June 3, 2025',
				'The bridge closed on Monday.',
			].join('\n'),
		);
		expect(result.headline).toBe('Bridge closes for six long weeks');
		expect(result.dateline).toMatchObject({ date: '2025-06-03', kind: 'updated', line: 10 });
		expect(result.paragraphs.map((p) => p.text)).toEqual(['The bridge closed on Monday.']);
		expect(result.log.some((e) => e.text === 'U.S.')).toBe(true);
	});

	test('takes a slogan above the section menu for page furniture, and the title below it', () => {
		const result = cleanArticle(
			[
				'Exclusive news and analytics for professionals in shipping markets',
				'World',
				'Business',
				'Markets',
				'Port strike halts container traffic for second day',
				'The bridge closed on Monday.',
			].join('\n'),
		);
		expect(result.headline).toBe('Port strike halts container traffic for second day');
		expect(result.log.find((e) => e.rule === 'page-header')?.line).toBe(1);
	});

	test('keeps a title that sharing buttons follow', () => {
		const result = cleanArticle(
			[
				'Port strike halts container traffic for second day',
				'Share',
				'Facebook',
				'Twitter',
				'Email',
				'The strike went into its second day on Wednesday.',
			].join('\n'),
		);
		expect(result.headline).toBe('Port strike halts container traffic for second day');
		expect(result.log.filter((e) => e.rule === 'site-chrome')).toHaveLength(4);
	});

	test('ends the article at a wire reporting credit or a contributor line', () => {
		for (const credit of [
			'Reporting by Maria Okafor; Editing by Tom Hale',
			'(Additional reporting by Lee Chan in London)',
			'Example Cable’s Lee Chan contributed to this report.',
		]) {
			const result = cleanArticle(`The bridge closed on Monday.\n${credit}\nOur Standards: trust.`);
			expect(result.credits).toEqual([credit]);
			expect(result.paragraphs.map((p) => p.text)).toEqual(['The bridge closed on Monday.']);
		}
	});

	test('keeps a sentence that opens on "Reporting by"', () => {
		const sentence = 'Reporting by the local paper showed that the council knew of the cracks.';
		const result = cleanArticle(`The bridge closed on Monday.\n${sentence}`);
		expect(result.paragraphs.map((p) => p.text)).toEqual([
			'The bridge closed on Monday.',
			sentence,
		]);
		expect(result.credits).toEqual([]);
	});

	test('removes a paywall’s offers', () => {
		const result = cleanArticle(
			[
				'Subscribe now for $1',
				'Already a subscriber? Log in',
				'Port strike enters second day as ships wait offshore',
				'Dock workers stayed off the job for a second day.',
				'Continue reading this article with a subscription',
			].join('\n'),
		);
		expect(result.headline).toBe('Port strike enters second day as ships wait offshore');
		expect(result.log.filter((e) => e.rule === 'site-chrome').map((e) => e.line)).toEqual([
			1, 2, 5,
		]);
	});

	test('removes photo and video captions standing between paragraphs', () => {
		const captions = [
			'Image caption, The spillway was damaged in April',
			'Media caption, Watch: water pours over the spillway',
			'FILE - Water flows over the spillway, April 12, 2025. (Example Press Photo/Ann Cole, File)',
			'The dam below the reservoir. Photograph: Sam Lee/Getty Images',
		];
		const result = cleanArticle(
			['The bridge closed on Monday.', ...captions, 'Nobody could say when it would reopen.'].join(
				'\n',
			),
		);
		expect(result.paragraphs.map((p) => p.text)).toEqual([
			'The bridge closed on Monday.',
			'Nobody could say when it would reopen.',
		]);
		expect(result.log.filter((e) => e.rule === 'caption-in-text').map((e) => e.line)).toEqual([
			2, 3, 4, 5,
		]);
	});

	test('keeps a sentence that speaks of a photo or a file', () => {
		const text =
			'The bridge closed on Monday.\nA photo of the cracks was sent to the council in March.\nFile copies of the report were lost.';
		expect(cleanArticle(text).paragraphs).toHaveLength(3);
	});

	test('removes an age warning and a follow prompt', () => {
		const result = cleanArticle(
			'This article is more than 2 months old\nBridge closes for six long weeks\nThe bridge closed on Monday.\nFollow Tom Reid on X.',
		);
		expect(result.headline).toBe('Bridge closes for six long weeks');
		expect(result.paragraphs.map((p) => p.text)).toEqual(['The bridge closed on Monday.']);
		expect(result.log.filter((e) => e.rule === 'site-chrome').map((e) => e.line)).toEqual([1, 4]);
	});

	test('joins the lines of paragraphs a capture wraps at a fixed width', () => {
		const result = cleanArticle(
			[
				'Harbour bridge to shut for six weeks',
				'',
				'The harbour bridge will close for six weeks from July 1 while crews',
				'replace its rusted steel deck, city officials said on Tuesday.',
				'',
				'Ferries will run every 15 minutes during the closure, and two extra',
				'bus lines will link the old town and the port district.',
			].join('\n'),
		);
		expect(result.headline).toBe('Harbour bridge to shut for six weeks');
		expect(result.paragraphs).toEqual([
			{
				text: 'The harbour bridge will close for six weeks from July 1 while crews replace its rusted steel deck, city officials said on Tuesday.',
				line: 3,
			},
			{
				text: 'Ferries will run every 15 minutes during the closure, and two extra bus lines will link the old town and the port district.',
				line: 6,
			},
		]);
		expect(result.log.filter((e) => e.rule === 'unwrap').map((e) => e.line)).toEqual([4, 7]);
	});

	test('keeps sentences that open on a year or on the word copyright', () => {
		const body = [
			'The bridge closed on Monday.',
			'2025 was a hard year for the port.',
			'Copyright claims rose in 2024, the office said.',
		];
		const result = cleanArticle(body.join('\n'));
		expect(result.paragraphs.map((p) => p.text)).toEqual(body);
	});

	test('removes sign-up, app and tip prompts inside the text', () => {
		const prompts = [
			'Click here to sign up for our newsletter.',
			'Get the latest news delivered to your inbox.',
			'Download our app for the latest updates.',
			'Have a news tip? Email us at tips@example.com.',
		];
		const result = cleanArticle(
			['The bridge closed on Monday.', ...prompts, 'Crews began work on the deck.'].join('\n'),
		);
		expect(result.paragraphs.map((p) => p.text)).toEqual([
			'The bridge closed on Monday.',
			'Crews began work on the deck.',
		]);
		expect(result.log.filter((e) => e.rule === 'site-chrome')).toHaveLength(4);
	});

	test('reads a dateline under the text when none stands at the top', () => {
		const body = [
			'The bridge closed on Monday.',
			'Crews began work on the deck.',
			'Ferries ran every fifteen minutes.',
			'Traders said they had fewer customers.',
			'The council met on Tuesday evening.',
		];
		const result = cleanArticle(
			['Bridge closes for six long weeks', ...body, 'Date Published: Tuesday, June 3, 2025'].join(
				'\n',
			),
		);
		expect(result.dateline).toMatchObject({ date: '2025-06-03', line: 7 });
		expect(result.paragraphs.map((p) => p.text)).toEqual(body);
	});

	test('keeps the dateline at the top over a date line under the text', () => {
		const result = cleanArticle(
			'Bridge closes for six long weeks\nJune 2, 2025\nThe bridge closed on Monday.\nUpdated June 9, 2025',
		);
		expect(result.dateline).toMatchObject({ date: '2025-06-02', line: 2 });
	});

	test('removes the numbered link markers of a text dump, logging them', () => {
		const result = cleanArticle('[1]Skip to content\nThe bridge closed on [2]Monday.');
		expect(result.paragraphs.map((p) => p.text)).toEqual(['The bridge closed on Monday.']);
		expect(result.log.filter((e) => e.rule === 'link-marker').map((e) => [e.line, e.text])).toEqual(
			[
				[1, '[1]'],
				[2, '[2]'],
			],
		);
	});

	test('joins a paragraph wrapped over three lines or more into one', () => {
		const result = cleanArticle(
			[
				'Harbour bridge to shut for six weeks',
				'',
				'The harbour bridge will close for six weeks from July 1 while crews',
				'replace its rusted steel deck and its old railings, which the city',
				'says are unsafe, officials said on Tuesday.',
				'',
				'Ferries will run every 15 minutes during the closure, and two extra',
				'bus lines will link the old town and the port district.',
			].join('\n'),
		);
		expect(result.paragraphs.map((p) => p.line)).toEqual([3, 7]);
		expect(result.paragraphs[0]!.text).toBe(
			'The harbour bridge will close for six weeks from July 1 while crews replace its rusted steel deck and its old railings, which the city says are unsafe, officials said on Tuesday.',
		);
		expect(result.log.filter((e) => e.rule === 'unwrap').map((e) => e.line)).toEqual([4, 5, 8]);
	});

	test('joins no lines of a capture whose paragraphs stand on one line each', () => {
		const text = [
			'Bridge closes for six long weeks as crews replace the rusted deck of the old harbour crossing',
			'The bridge closed on Monday.',
			'crews said the deck was worse than expected.',
		].join('\n');
		expect(cleanArticle(text).log.filter((e) => e.rule === 'unwrap')).toEqual([]);
	});

	test('keeps a one-word line that asks or quotes', () => {
		const result = cleanArticle('The bridge closed on Monday.\nWhy?\nNobody could say.');
		expect(result.paragraphs.map((p) => p.text)).toEqual([
			'The bridge closed on Monday.',
			'Why?',
			'Nobody could say.',
		]);
	});

	test('keeps a second title line out of the text as a standfirst', () => {
		const result = cleanArticle(
			'Bridge closes for six long weeks\nCity says the repairs simply cannot wait\nThe bridge closed on Monday.',
		);
		expect(result.headline).toBe('Bridge closes for six long weeks');
		expect(result.log.find((e) => e.rule === 'standfirst')?.line).toBe(2);
		expect(result.paragraphs.map((p) => p.text)).toEqual(['The bridge closed on Monday.']);
	});

	test('moves credit lines out of the body and drops the teasers after them', () => {
		const text =
			'The bridge closed on Monday.\n—With files from Sam Cooper\nComments\nA dog won a prize at the fair.';
		const result = cleanArticle(text);
		expect(result.credits).toEqual(['With files from Sam Cooper']);
		expect(result.paragraphs.map((p) => p.text)).toEqual(['The bridge closed on Monday.']);
		expect(result.log.filter((e) => e.rule === 'after-credits').map((e) => e.line)).toEqual([3, 4]);
	});

	test('drops everything after an end-of-article heading followed by links', () => {
		const text =
			'The bridge closed on Monday.\n\nMost read\n\nDog wins county fair prize\n\nMayor opens new library';
		const result = cleanArticle(text);
		expect(result.paragraphs.map((p) => p.text)).toEqual(['The bridge closed on Monday.']);
		expect(result.log.map((e) => [e.rule, e.line])).toEqual([
			['end-marker', 3],
			['after-end-marker', 5],
			['after-end-marker', 7],
		]);
	});

	test('removes an end-of-article heading alone when sentences follow it', () => {
		const text =
			'The bridge closed on Monday.\n\nMost read\n\nA dog won a prize at the county fair this weekend.';
		const result = cleanArticle(text);
		expect(result.paragraphs.map((p) => p.line)).toEqual([1, 5]);
		expect(result.log.map((e) => [e.rule, e.line])).toEqual([['end-marker-alone', 3]]);
	});

	test('ends the article at a heading of the site template even before sentences', () => {
		const text = 'The bridge closed on Monday.\nMost read\nA dog won a prize at the county fair.';
		const result = cleanArticle(text, { templateLines: new Set(['Most read']) });
		expect(result.paragraphs.map((p) => p.line)).toEqual([1]);
		expect(result.log.map((e) => e.rule)).toEqual(['end-marker', 'after-end-marker']);
	});

	test('removes a pull quote that repeats a paragraph’s quotation, below it or above it', () => {
		const quote =
			'"We have been patching a network that is more than a century old," said Ruth Kim.';
		const pull = '“We have been patching a network that is more than a century old.”';
		const lines = [
			'Why the water main failed',
			'The pipe that burst on Tuesday was laid in 1911, city records show.',
		];
		const below = cleanArticle(
			[...lines, quote, pull, 'The city says repairs would cost $40 million.'].join('\n'),
		);
		expect(below.paragraphs.map((p) => p.line)).toEqual([2, 3, 5]);
		expect(below.log.find((e) => e.rule === 'pull-quote')).toMatchObject({ line: 4, text: pull });
		const above = cleanArticle([...lines, pull, quote].join('\n'));
		expect(above.paragraphs.map((p) => p.line)).toEqual([2, 4]);
	});

	test('keeps a quotation alone on its line that no longer paragraph repeats', () => {
		const text = [
			'Why the water main failed',
			'The pipe that burst on Tuesday was laid in 1911, city records show.',
			'“We have been patching a network that is more than a century old.”',
			'“No comment.”',
			'A spokesperson answered every question with the same words: “No comment.”',
		].join('\n');
		expect(cleanArticle(text).paragraphs.map((p) => p.line)).toEqual([2, 3, 4, 5]);
	});

	test('ends the article at a sponsored-content heading followed by links', () => {
		const text = [
			'Why the water main failed',
			'The pipe that burst on Tuesday was laid in 1911, city records show.',
			'The city says repairs would cost $40 million.',
			'Sponsored content',
			'Five ways to save on your water bill',
			'Council approves new budget after long debate',
		].join('\n');
		const result = cleanArticle(text);
		expect(result.paragraphs.map((p) => p.line)).toEqual([2, 3]);
		expect(result.log.filter((e) => (e.line ?? 0) >= 4).map((e) => e.rule)).toEqual([
			'end-marker',
			'after-end-marker',
			'after-end-marker',
		]);
	});

	test('removes an embedded post’s text and signature, and dates nothing by it', () => {
		const text = [
			'Police close the square after a water main break',
			'Police closed the square on Tuesday after a water main burst beneath it.',
			'Avoid the square while crews work. pic.twitter.com/x1y2z3',
			'— City Police (@CityPD) June 3, 2025',
			'Officers expected the square to stay closed until Wednesday.',
		].join('\n');
		const result = cleanArticle(text);
		expect(result.paragraphs.map((p) => p.line)).toEqual([2, 5]);
		expect(result.dateline).toBeNull();
		expect(result.log.filter((e) => e.rule === 'embedded-post').map((e) => e.line)).toEqual([3, 4]);
	});

	test('keeps narration that names an account, and the line above it', () => {
		const text = [
			'Mayor hails the budget vote',
			'The mayor said the vote was a victory for families across the city.',
			'The mayor (@MayorJones) wrote on X that the budget would "put kids first."',
		].join('\n');
		expect(cleanArticle(text).paragraphs.map((p) => p.line)).toEqual([2, 3]);
	});

	test('removes the page title when the headline follows alone, and keeps a lone titled line', () => {
		const body = 'A water main burst under the square on Tuesday, flooding nearby streets.';
		const titled = cleanArticle(
			[
				'Water main bursts under the square | Example Times',
				'Sections',
				'Water main bursts under the square',
				body,
			].join('\n'),
		);
		expect(titled.headline).toBe('Water main bursts under the square');
		expect(titled.log.find((e) => e.rule === 'page-title')?.line).toBe(1);
		const lone = cleanArticle(['Storm reaches the coast - live updates', body].join('\n'));
		expect(lone.headline).toBe('Storm reaches the coast - live updates');
	});

	test('takes an editor’s note above the headline out of the text, not as the headline', () => {
		const result = cleanArticle(
			[
				"Editor's note: This article was updated to correct a date.",
				'What the water main break means for residents',
				'Residents woke up to dry taps on Tuesday.',
			].join('\n'),
		);
		expect(result.headline).toBe('What the water main break means for residents');
		expect(result.paragraphs.map((p) => p.line)).toEqual([3]);
	});

	test('removes reading times, gift buttons and developing-story notes as page chrome', () => {
		const result = cleanArticle(
			[
				'Water main bursts under the square',
				'Gift this article',
				'4 min read',
				'A water main burst under the square on Tuesday, flooding nearby streets.',
				'This is a developing story and will be updated.',
			].join('\n'),
		);
		expect(result.paragraphs.map((p) => p.line)).toEqual([4]);
		expect(result.log.filter((e) => e.rule === 'site-chrome').map((e) => e.line)).toEqual([
			2, 3, 5,
		]);
	});

	test('ends the article at readers’ comments, without warning about their sentences', () => {
		const text = [
			'Water main bursts under the square',
			'A water main burst under the square on Tuesday, the city said.',
			'About 3,000 homes were left without water.',
			'87 Comments',
			'Join the conversation',
			'River_Rat_42',
			'2 hours ago',
			'This city never fixes anything until it breaks.',
			'Reply',
			'DowntownDeb',
			'Hope the bakery is okay!',
		].join('\n');
		const result = cleanArticle(text);
		expect(result.paragraphs.map((p) => p.line)).toEqual([2, 3]);
		expect(result.log.find((e) => e.line === 4)?.rule).toBe('comments');
		expect(new Set(result.log.filter((e) => (e.line ?? 0) > 4).map((e) => e.rule))).toEqual(
			new Set(['after-comments']),
		);
		expect(result.warnings).toEqual([]);
	});

	test('removes breadcrumbs above the headline', () => {
		const result = cleanArticle(
			[
				'Home > News > Local',
				'News / City / Water',
				'Water main break floods the square',
				'Water poured across the square on Tuesday after a main burst.',
			].join('\n'),
		);
		expect(result.headline).toBe('Water main break floods the square');
		expect(result.log.filter((e) => e.rule === 'site-chrome').map((e) => e.line)).toEqual([1, 2]);
	});

	test('removes an author’s contact note at the end, and keeps an address quoted in the text', () => {
		const text = [
			'Water main break floods the square',
			'Customers can contact the water department at help@water.example for updates.',
			'Repairs are expected to take a week.',
			'Jane Doe covers city hall. Contact her at jdoe@gazette.example.',
		].join('\n');
		const result = cleanArticle(text);
		expect(result.paragraphs.map((p) => p.line)).toEqual([2, 3]);
		expect(result.log.find((e) => e.rule === 'author-note')?.line).toBe(4);
	});

	test('removes a closing note on the byline’s author and the print-edition note', () => {
		const text = [
			'Water main bursts under the square',
			'By Sam Lee',
			'June 3, 2025',
			'Sam Lee said nothing of the kind, the first line of this test notwithstanding.',
			'A water main burst under the square on Tuesday, flooding nearby streets.',
			'Sam Lee covers infrastructure for The Example Paper.',
			'A version of this article appears in print on June 4, 2025, Section A, Page 18.',
		].join('\n');
		const result = cleanArticle(text);
		expect(result.paragraphs.map((p) => p.line)).toEqual([4, 5]);
		expect(result.log.filter((e) => (e.line ?? 0) >= 6).map((e) => e.rule)).toEqual([
			'author-note',
			'print-note',
		]);
		expect(result.warnings).toEqual([]);
	});

	test('removes newsroom chrome and a caption glued to its credit', () => {
		const text = [
			'Water main bursts under the square',
			'Supported by',
			'SKIP ADVERTISEMENT',
			'Link Copied!',
			'A water main burst under the square on Tuesday, flooding nearby streets.',
			'Water covered the square on Tuesday.Credit...Jane Doe for The Example Paper',
			'Crews shut off the pipe by noon.',
		].join('\n');
		const result = cleanArticle(text);
		expect(result.paragraphs.map((p) => p.line)).toEqual([5, 7]);
		expect(result.log.find((e) => e.line === 6)?.rule).toBe('caption-in-text');
	});

	test('keeps closing lines that send readers to others or open on an organisation byline', () => {
		const police = cleanArticle(
			[
				'Water main bursts under the square',
				'A water main burst under the square on Tuesday, flooding nearby streets.',
				'Anyone with information is asked to contact police at tips@citypd.example.',
			].join('\n'),
		);
		expect(police.paragraphs.map((p) => p.line)).toEqual([2, 3]);
		const wire = cleanArticle(
			[
				'Budget vote set for Monday',
				'By The Example Press',
				'The council will vote on the budget on Monday, officials said.',
				'The Example Press has asked the council for comment.',
			].join('\n'),
		);
		expect(wire.paragraphs.map((p) => p.line)).toEqual([3, 4]);
	});

	test('matches a byline in capitals to the note on its author', () => {
		const result = cleanArticle(
			[
				'Budget vote set for Monday',
				'By ANA RUIZ',
				'June 3, 2025',
				'The council will vote on the budget on Monday, officials said.',
				'Ana Ruiz covers city hall for Example Wire.',
			].join('\n'),
		);
		expect(result.log.find((e) => e.rule === 'author-note')?.line).toBe(5);
	});

	test('takes a section headed "Comments" for readers’ comments only with a thread’s controls', () => {
		const text = (thread: string[]) =>
			[
				'Council votes on the budget',
				'The council voted on Tuesday, officials said.',
				'Comments',
				...thread,
			].join('\n');
		const comments = cleanArticle(text(['DowntownDeb', '3 hours ago', 'Hope it passes!', 'Reply']));
		expect(comments.log.find((e) => e.line === 3)?.rule).toBe('comments');
		const section = cleanArticle(text(['Ruiz: yes', 'Park: no', 'Lee: yes']));
		expect(section.log.find((e) => e.line === 3)?.rule).not.toBe('comments');
	});

	test('removes an inline promotion alone and keeps the quotations after it', () => {
		const text = [
			'Riverside market moves this spring',
			'The market will move to the station square, traders said.',
			'More from Example Daily: Council votes to rename the old bridge',
			'"We lost a third of our takings," said Mira Holt.',
			'Read more: Flood barrier plan approved',
			'"It is a new start," said Tom Ansel.',
		].join('\n');
		const result = cleanArticle(text);
		expect(result.paragraphs.map((p) => p.line)).toEqual([2, 4, 6]);
		expect(result.log.filter((e) => e.action === 'removed').map((e) => [e.rule, e.line])).toEqual([
			['promo-line', 3],
			['promo-line', 5],
		]);
		expect(result.warnings).toEqual([]);
	});

	test('reads a dateline above the headline, and takes the headline from the next line', () => {
		const result = cleanArticle(
			'Last Updated: Monday, 28 November 2005, 02:24 GMT\nTen dead in southern quake\nA powerful earthquake has hit the south, killing at least 10 people.',
		);
		expect(result.headline).toBe('Ten dead in southern quake');
		expect(result.dateline).toMatchObject({
			date: '2005-11-28',
			kind: 'updated',
			updated: null,
			line: 1,
		});
		expect(result.paragraphs.map((p) => p.line)).toEqual([3]);
		expect(result.log.map((e) => [e.rule, e.line])).toEqual([
			['dateline', 1],
			['headline', 2],
		]);
	});

	test('records a second dateline line as the update day', () => {
		const result = cleanArticle(
			'Quake jolts island\nPosted 11 / 27 / 2005 7:21 AM\nUpdated 11 / 28 / 2005 3:41 PM\nAn earthquake shook the island on Sunday.',
		);
		expect(result.dateline).toMatchObject({ date: '2005-11-27', kind: 'published', line: 2 });
		expect(result.dateline?.updated).toBe('2005-11-28');
	});

	test('keeps deck sentences above the dateline out of the body', () => {
		const result = cleanArticle(
			'Quake levels villages\nTen people are killed and about 50 hurt.\nNovember 28, 2005\nTen people were killed when an earthquake razed villages.',
		);
		expect(result.headline).toBe('Quake levels villages');
		expect(result.log.find((e) => e.rule === 'standfirst')?.line).toBe(2);
		expect(result.paragraphs.map((p) => p.line)).toEqual([4]);
	});

	test('reads a dateline that opens the first paragraph and leaves it in the text', () => {
		const lede =
			'TROY, Mich., April 10, 2007 — A gunman shot three people at an office, police said.';
		const result = cleanArticle(`Office shooting leaves one dead\n${lede}`);
		expect(result.dateline).toMatchObject({
			date: '2007-04-10',
			kind: 'published',
			line: 2,
			text: 'TROY, Mich., April 10, 2007',
		});
		expect(result.paragraphs.map((p) => p.text)).toEqual([lede]);
	});

	test('reads no dateline from a lede that merely mentions a date', () => {
		const result = cleanArticle(
			'On April 10, 2007 - a Tuesday - a gunman shot three people at an office, police said.',
		);
		expect(result.dateline).toBeNull();
	});

	test('never takes a date, byline or place line as the headline', () => {
		for (const first of ['Monday, 28 November', 'By Jane Roe', 'UNITED STATES', '14:25 GMT']) {
			const result = cleanArticle(`${first}\nThe bridge closed on Monday, officials said.`);
			expect(result.headline, first).toBeNull();
		}
	});

	test('warns when one rule removes two or more sentence-like lines', () => {
		const text =
			'The bridge closed on Monday.\nWith files from Sam Cooper\nA dog won a prize at the county fair.\nThe mayor opened a new library on Friday.';
		const result = cleanArticle(text);
		expect(result.warnings).toEqual([
			expect.objectContaining({ rule: 'after-credits', lines: [3, 4] }),
		]);
	});

	test('removes short lines without sentence structure inside the body', () => {
		const text =
			'The bridge closed on Monday.\nGet daily National news\nFerries will run every 20 minutes.\nWatch the video';
		const result = cleanArticle(text);
		expect(result.paragraphs.map((p) => p.line)).toEqual([1, 3]);
		expect(result.log.map((e) => [e.rule, e.line])).toEqual([
			['site-chrome', 2],
			['no-sentence-structure', 4],
		]);
	});

	test('keeps long body lines that lack closing punctuation', () => {
		const line =
			'Crews worked through the night to replace the deck of the bridge before the deadline';
		expect(cleanArticle(`The bridge closed.\n${line}`).paragraphs.map((p) => p.text)).toEqual([
			'The bridge closed.',
			line,
		]);
	});

	test('removes lines of the site template', () => {
		const result = cleanArticle('Listen to our daily podcast now!\nThe bridge closed on Monday.', {
			templateLines: new Set(['Listen to our daily podcast now!']),
		});
		expect(result.paragraphs.map((p) => p.text)).toEqual(['The bridge closed on Monday.']);
		expect(result.log[0]).toMatchObject({ rule: 'site-template', action: 'removed', line: 1 });
	});

	test('repairs mojibake and logs each repair with its line', () => {
		const result = cleanArticle(
			'The bridge closed.\nThe mayorâ€™s office said it was â€œurgent.â€\u009d',
		);
		expect(result.paragraphs[1]!.text).toBe('The mayor’s office said it was “urgent.”');
		expect(
			result.log.filter((e) => e.rule === 'mojibake').map((e) => [e.line, e.text, e.replacement]),
		).toEqual([
			[2, 'â€™', '’'],
			[2, 'â€œ', '“'],
			[2, 'â€\u009d', '”'],
		]);
	});

	test('removes invisible bidi and zero-width characters, logging them', () => {
		const result = cleanArticle('The bridge\u200b closed on \u202eMonday.');
		expect(result.paragraphs[0]!.text).toBe('The bridge closed on Monday.');
		expect(result.log[0]).toMatchObject({ rule: 'invisible-characters', text: 'U+200B U+202E' });
	});

	test('returns no paragraphs for a capture that is all boilerplate', () => {
		const result = cleanArticle('Skip to main content\nShare\nComments');
		expect(result.paragraphs).toEqual([]);
		expect(result.log).toHaveLength(3);
	});
});

describe('countWords', () => {
	test('counts words with apostrophes, hyphens and decimals as one', () => {
		expect(countWords("Dong's two-year-old conversation cost 4.5 per cent -- or so")).toBe(9);
	});
});

describe('normalizeLine', () => {
	test('trims and collapses spaces, including no-break spaces', () => {
		expect(normalizeLine('  Rachel\u00a0 Hanes\u00a0 ')).toBe('Rachel Hanes');
	});
});

describe('cleanArticle properties', () => {
	const lineArb = fc.oneof(
		fc.string({ unit: 'grapheme', maxLength: 120 }),
		fc.constantFrom(
			'Skip to main content',
			'Share',
			'Comments',
			'With files from Sam Cooper',
			' date 2023-03-22 The bridge closed.',
			'Han Dong, seen in a 2014 file photo, denied it',
			'The bridge closed on Monday, officials said.',
			'“It’s over,†he said.',
			'itâ€™s',
			'Most read',
			'Get daily National news',
		),
	);
	const textArb = fc.array(lineArb, { maxLength: 25 }).map((lines) => lines.join('\n'));

	test('never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				cleanArticle(text);
			}),
			{ numRuns: 3000 },
		);
	});

	test('is idempotent on its own output', () => {
		fc.assert(
			fc.property(textArb, (text) => {
				const once = cleanArticle(text);
				const again = cleanArticle(once.paragraphs.map((p) => p.text).join('\n\n'));
				expect(again.paragraphs.map((p) => p.text)).toEqual(once.paragraphs.map((p) => p.text));
				expect(again.log.filter((e) => e.action !== 'repaired' || e.rule !== 'whitespace')).toEqual(
					[],
				);
			}),
			{ numRuns: 3000 },
		);
	});

	test('never removes a line without logging it', () => {
		fc.assert(
			fc.property(textArb, (text) => {
				const result = cleanArticle(text);
				const kept = new Set(result.paragraphs.map((p) => p.line));
				const logged = new Set(
					result.log
						// A line joined to the one above (a wrapped paragraph) goes where that one went.
						.filter(
							(e) => e.action === 'removed' || e.action === 'extracted' || e.rule === 'unwrap',
						)
						.map((e) => e.line),
				);
				text.split('\n').forEach((line, i) => {
					if (
						normalizeLine(
							line.replace(/[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, ''),
						) === ''
					)
						return;
					expect(
						kept.has(i + 1) || logged.has(i + 1),
						`line ${i + 1}: ${JSON.stringify(line)}`,
					).toBe(true);
				});
			}),
			{ numRuns: 3000 },
		);
	});
});
