import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('reading an article from the home page', () => {
	test('follows the story and article links to the clean text', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Same story, different words');
		await page.getByRole('link', { name: 'Han Dong leaves the Liberal caucus' }).click();

		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Han Dong leaves the Liberal caucus',
		);
		const timeline = page
			.getByRole('region', { name: 'Who published what, when' })
			.getByRole('listitem');
		await expect(timeline).toHaveCount(5);
		const bbc = timeline.filter({ hasText: 'BBC News' });
		await expect(bbc).toContainText('March 23, 2023');
		await expect(bbc).toContainText("from the capture's date line");
		await expect(timeline.filter({ hasText: 'Global News' })).toContainText('Undated');

		await bbc.getByRole('link').click();
		await expect(page).toHaveURL(/\/stories\/han-dong-leaves-liberal-caucus\/articles\/bbc\/$/);
		const body = page.getByRole('article');
		await expect(body).toContainText(
			"A Canadian member of parliament has stepped down from his party's caucus over allegations he was involved in Chinese political interference.",
		);
		await expect(
			page.getByText('Photo caption: Han Dong, seen in a 2014 file photo'),
		).toBeVisible();
		await expect(body).not.toContainText('date 2023-03-23');
	});

	test('shows the later CTV capture without its site chrome', async ({ page }) => {
		await page.goto('/stories/han-dong-leaves-liberal-caucus/articles/ctv-web/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Han Dong resigns from Liberal caucus, denies interference allegations',
		);
		const body = page.getByRole('article');
		await expect(body).toContainText(
			'CTV News has not independently verified any of these allegations.',
		);
		await expect(body).not.toContainText('Skip to main content');
		await expect(body).not.toContainText('Stay Connected');
		await expect(body).not.toContainText('â€');
	});

	test('offers the raw file byte for byte', async ({ page, request }) => {
		await page.goto('/stories/han-dong-leaves-liberal-caucus/articles/ctv-web/');
		const href = await page
			.getByRole('link', { name: '003_146ae74181bb10f8.txt' })
			.first()
			.getAttribute('href');
		const response = await request.get(href!);
		expect(response.ok()).toBe(true);
		expect((await response.body()).length).toBe(5967);
	});
});

test.describe('the cleaning log', () => {
	test('lists what the cleaner removed and repaired, with the rule', async ({ page }) => {
		await page.goto('/stories/han-dong-leaves-liberal-caucus/articles/ctv-web/');
		const log = page.getByRole('region', { name: 'How this text was cleaned' });
		await expect(log).toContainText('removed 24 lines');
		const steps = log.getByRole('listitem');
		const repair = steps.filter({ hasText: 'line 23' }).filter({ hasText: 'manifest-repair' });
		await expect(repair).toContainText('Â鶹´«Ã½');
		await expect(repair).toContainText('CTV News');
		await expect(repair).toContainText('first CTV capture');
		await expect(steps.filter({ hasText: 'line 83' })).toContainText('Stay Connected');
	});
});

test.describe('accessibility', () => {
	for (const [name, url] of [
		['home page', '/'],
		['story page', '/stories/han-dong-leaves-liberal-caucus/'],
		['article page', '/stories/han-dong-leaves-liberal-caucus/articles/global/'],
	]) {
		test(`the ${name} has no axe violations`, async ({ page }) => {
			await page.goto(url!);
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
			).toEqual([]);
		});
	}
});
