import { expect, test } from '@playwright/test';

const STORY = '/stories/han-dong-leaves-liberal-caucus/';

test.describe('the overview’s first answer', () => {
	test('shows the share grid above the fold on a phone, with takeaways that link to evidence', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await page.goto(STORY);
		const grid = page.getByRole('table', { name: /How much of each row outlet/ });
		await expect(grid).toBeVisible();
		const box = (await grid.boundingBox())!;
		expect(box.y).toBeLessThan(812);
		await expect(grid.getByRole('rowheader')).toHaveText([
			/CBC News/,
			/BBC News/,
			/CTV News/,
			/Global News/,
		]);
		const takeaways = page.getByRole('region', { name: 'At a glance' }).getByRole('listitem');
		expect(await takeaways.count()).toBeGreaterThanOrEqual(3);
		expect(await takeaways.count()).toBeLessThanOrEqual(5);
		await expect(takeaways.first()).toContainText(/passages? appears? in all 4 outlets/);
		await page.getByRole('link', { name: 'Read them' }).click();
		await expect(page).toHaveURL(/#only-global$/);
	});

	test('leads from a cell of the grid to the comparison of its two outlets', async ({ page }) => {
		await page.goto(STORY);
		await page
			.getByRole('link', { name: /of CBC News’s words are also in Global News; compare them/ })
			.click();
		await expect(page).toHaveURL(/compare\/cbc--global\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Global News');
	});
});

test.describe('a pair page', () => {
	test('sums the pair up in its header', async ({ page }) => {
		await page.goto(`${STORY}compare/cbc--global/`);
		const facts = page.locator('.pair-facts');
		await expect(facts).toContainText('of CBC News’s words are also in Global News');
		await expect(facts).toContainText('of Global News’s words are also in CBC News');
		await expect(facts).toContainText(/shared passages: \d+ word for word/);
		await expect(facts).toContainText('facts they state differently');
	});

	test('folds unshared runs by default and shows shared rows only or everything without JavaScript', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${STORY}compare/cbc--global/`);
		const onlyRows = page.locator('.run-rows .row');
		const runLines = page.locator('.run-line');
		const shared = page.locator('.row.aligned');
		await expect(onlyRows.first()).toBeHidden();
		await expect(runLines.first()).toBeVisible();
		await expect(runLines.first()).toContainText(/only in (CBC|Global) News/);
		await page.getByLabel('Shared rows only').check();
		await expect(runLines.first()).toBeHidden();
		await expect(shared.first()).toBeVisible();
		await page.getByLabel('Everything').check();
		await expect(onlyRows.first()).toBeVisible();
		await expect(runLines.first()).toBeHidden();
		await page.getByLabel('Shared rows, the rest folded').check();
		await runLines.first().getByText('Show them').click();
		await expect(onlyRows.first()).toBeVisible();
		await context.close();
	});
});

test.describe('a related wording', () => {
	test('sits on a row of its own, says why, and leads to both wordings in context', async ({
		page,
	}) => {
		await page.goto(`${STORY}compare/cbc--global/`);
		await expect(page.locator('.pair-facts')).toContainText(
			/related wordings? in different passage groups/,
		);
		const row = page
			.getByRole('listitem')
			.filter({ hasText: /^.*Related wording: paragraph/ })
			.first();
		await expect(row).toContainText(
			/Related wording: paragraph \d+ in CBC News, paragraph \d+ in Global News/,
		);
		await row.getByText('Why these match').click();
		await expect(row).toContainText('Related, not one passage');
		await expect(row.getByRole('link', { name: "Every outlet's wording" })).toHaveCount(0);
		await row.getByRole('link', { name: 'In context in Global News' }).click();
		await expect(page).toHaveURL(/\/articles\/global\/#(p-global-|para-)/);
	});
});

test.describe('the outlet picker', () => {
	for (const url of [`${STORY}quotes/`, `${STORY}articles/cbc/`, `${STORY}versions/`]) {
		test(`on ${url} leads to any outlet and any pair`, async ({ page }) => {
			await page.goto(url);
			await page.getByText('Jump to an outlet or a pair').click();
			const picker = page.locator('.picker');
			await expect(picker.getByRole('link', { name: 'Global News', exact: true })).toBeVisible();
			await picker.getByRole('link', { name: 'BBC News and Global News' }).click();
			await expect(page).toHaveURL(/compare\/bbc--global\/$/);
		});
	}
});

const PAGE_TYPES = [
	'/',
	STORY,
	`${STORY}articles/ctv-web/`,
	`${STORY}compare/`,
	`${STORY}compare/cbc--global/`,
	`${STORY}quotes/`,
	`${STORY}differences/`,
	`${STORY}versions/`,
	'/search/?q=caucus',
	'/how-it-works/',
	'/no/such/page/',
];

test.describe('no sideways scrolling on a phone', () => {
	for (const width of [320, 375]) {
		test(`at ${width} px on every page type`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			const urls = [...PAGE_TYPES];
			await page.goto(STORY);
			urls.push(
				(await page
					.getByRole('table', { name: /Each row is a passage/ })
					.getByRole('link')
					.first()
					.getAttribute('href'))!,
			);
			const wide: string[] = [];
			for (const url of urls) {
				await page.goto(url);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				if (overflow > 0) wide.push(`${url}: ${overflow} px`);
			}
			expect(wide).toEqual([]);
		});
	}
});
