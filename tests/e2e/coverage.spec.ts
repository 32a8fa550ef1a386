import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const STORY = '/stories/han-dong-leaves-liberal-caucus/';

test.describe('the story overview', () => {
	test('maps every shared passage to the outlets that carry it', async ({ page }) => {
		await page.goto(STORY);
		const map = page.getByRole('table', { name: /Each row is a passage/ });
		await expect(map.getByRole('columnheader')).toHaveText([
			'Passage',
			'CTV News',
			'CBC News',
			'BBC News',
			'Global News',
		]);
		const speaker = map.getByRole('row').filter({ hasText: 'Mr. Speaker, I am in your hands' });
		await expect(speaker).toContainText('2 outlets');
		await expect(speaker.getByRole('cell')).toHaveText([
			/Not in CTV News/,
			/CBC News: word for word/,
			/Not in BBC News/,
			/Global News: word for word/,
		]);
	});

	test('counts CTV once although it was captured twice', async ({ page }) => {
		await page.goto(STORY);
		const letMe = page.getByRole('row').filter({ hasText: 'Let me be clear' });
		await expect(letMe).toContainText('3 outlets');
		await expect(letMe).toContainText('also in CTV News (first capture)');
	});

	test('lists what only the BBC reported', async ({ page }) => {
		await page.goto(STORY);
		const bbc = page.getByRole('region', { name: /Only in BBC News/ });
		await expect(bbc).toContainText('The pair became known worldwide as the "Two Michaels".');
		await expect(bbc).toContainText(
			"China opposes interference in other countries' internal affairs.",
		);
		await expect(bbc).not.toContainText('Let me be clear');
	});

	test('leads from the map to every outlet’s wording and back into an article', async ({
		page,
	}) => {
		await page.goto(STORY);
		await page
			.getByRole('row')
			.filter({ hasText: 'Mr. Speaker, I am in your hands' })
			.getByRole('link')
			.first()
			.click();
		await expect(page).toHaveURL(/\/passages\/g-[0-9a-z]+\/$/);
		const wordings = page.getByRole('listitem').filter({ has: page.getByRole('blockquote') });
		await expect(wordings).toHaveCount(2);
		await wordings
			.filter({ hasText: 'Global News' })
			.getByRole('link', { name: 'Read it in context' })
			.click();
		await expect(page).toHaveURL(/\/articles\/global\/#p-global-/);
		const target = page.locator(':target');
		await expect(target).toHaveCount(1);
	});
});

test.describe('comparing two articles', () => {
	test('puts CBC’s and BBC’s “Let me be clear…” on one row with the differences marked', async ({
		page,
	}) => {
		await page.goto(`${STORY}compare/`);
		await page.getByRole('link', { name: 'CBC News and BBC News' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('CBC News');
		const row = page
			.getByRole('listitem')
			.filter({ hasText: 'Let me be clear' })
			.filter({ hasText: 'Lightly edited' });
		await expect(row).toHaveCount(1);
		await expect(row).toContainText('What has been reported is false, and I will defend myself');
		await expect(row).toContainText('what has been reported is false. And I will defend myself');
		await expect(row.locator('ins')).toContainText(['he']);
		await expect(row).toContainText('Lightly edited · 75 % shared');
		await expect(row.locator('ins').first()).toContainText('not in CBC News');
		await row.getByText('Why these match').click();
		await expect(row).toContainText('Shared words: clear, reported, false, defend');
	});

	test('switches to another pair', async ({ page }) => {
		await page.goto(`${STORY}compare/cbc--bbc/`);
		await page.getByText('Compare another pair').click();
		await page.getByRole('link', { name: 'CTV News (first capture) and Global News' }).click();
		await expect(page).toHaveURL(/compare\/ctv--global\/$/);
	});

	test('does not overflow a 320 px screen', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(`${STORY}compare/cbc--global/`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBe(0);
	});
});

test.describe('versions', () => {
	test('shows what the later CTV capture added', async ({ page }) => {
		await page.goto(STORY);
		await page
			.getByRole('navigation', { name: 'Story sections' })
			.getByRole('link', { name: 'Versions' })
			.click();
		const comparison = page.getByRole('article', {
			name: /From CTV News \(first capture\) to CTV News \(later capture\)/,
		});
		await expect(comparison.getByRole('listitem').filter({ hasText: /^Added/ })).toHaveCount(5);
		await expect(
			comparison.locator('ins').filter({ hasText: 'Dong became emotional' }),
		).toHaveCount(1);
		await expect(comparison.locator('del').filter({ hasText: "isn't" })).toHaveCount(1);
	});
});

test.describe('keyboard', () => {
	test('reaches the content and follows links without a mouse', async ({ page }) => {
		await page.goto(STORY);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
		// Tab to the first link of the coverage map and follow it.
		const first = page
			.getByRole('table', { name: /Each row is a passage/ })
			.getByRole('link')
			.first();
		for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/passages\//);
	});
});

const PAGES: [string, string][] = [
	['home', '/'],
	['story overview', STORY],
	['article', `${STORY}articles/ctv-web/`],
	['comparison list', `${STORY}compare/`],
	['comparison', `${STORY}compare/cbc--bbc/`],
	['passage group', ''],
	['versions', `${STORY}versions/`],
	['quote ledger', `${STORY}quotes/`],
	['differences', `${STORY}differences/`],
	['search', '/search/?q=caucus'],
	['how it works', '/how-it-works/'],
	['not found', '/no/such/page/'],
];

test.describe('every page type', () => {
	// Four axe runs and full-page captures per page (two widths, light and dark).
	test.describe.configure({ timeout: 120_000 });
	for (const [name, url] of PAGES) {
		test(`the ${name} page has no axe violations and is captured at 375 and 1440 px`, async ({
			page,
		}, testInfo) => {
			let target = url;
			if (name === 'passage group') {
				await page.goto(STORY);
				target = (await page
					.getByRole('table', { name: /Each row is a passage/ })
					.getByRole('link')
					.first()
					.getAttribute('href'))!;
			}
			for (const [width, scheme] of [
				[375, 'light'],
				[1440, 'light'],
				[375, 'dark'],
				[1440, 'dark'],
			] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.setViewportSize({ width, height: 900 });
				await page.goto(target);
				const results = await new AxeBuilder({ page }).analyze();
				expect(
					results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
				).toEqual([]);
				await testInfo.attach(`${name}-${width}-${scheme}.png`, {
					body: await page.screenshot({ fullPage: true }),
					contentType: 'image/png',
				});
			}
		});
	}
});
