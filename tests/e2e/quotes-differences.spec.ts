import { expect, test } from '@playwright/test';

const STORY = '/stories/han-dong-leaves-liberal-caucus/';

test.describe('the quote ledger', () => {
	test('shows how CTV, CBC and BBC each worded “Let me be clear…”', async ({ page }) => {
		await page.goto(STORY);
		await page
			.getByRole('navigation', { name: 'Story sections' })
			.getByRole('link', { name: 'Quotes' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quote ledger');
		const dong = page.getByRole('region', { name: 'Han Dong' });
		const utterance = dong
			.getByRole('listitem')
			.filter({ has: page.getByRole('blockquote').filter({ hasText: 'To all my colleagues' }) })
			.first();
		await expect(utterance).toContainText('BBC News');
		await expect(utterance).toContainText('Fullest wording');
		const cbc = utterance.getByRole('listitem').filter({ hasText: 'CBC News' });
		await expect(cbc).toContainText('Trimmed at the start');
		await expect(cbc).toContainText('the Don Valley North representative said');
		await expect(
			utterance.getByRole('listitem').filter({ hasText: 'CTV News (first capture)' }),
		).toContainText('Words changed');
	});

	test('tallies each speaker’s quoted words per outlet', async ({ page }) => {
		await page.goto(`${STORY}quotes/`);
		const table = page.getByRole('table', { name: /Words of each speaker/ });
		await expect(table.getByRole('row').filter({ hasText: 'Wang Wenbin' })).toContainText(
			'21 words',
		);
	});

	test('links a rendering back to its quotation in the article', async ({ page }) => {
		await page.goto(`${STORY}quotes/`);
		const speaker = page
			.getByRole('listitem')
			.filter({
				has: page.getByRole('blockquote').filter({ hasText: 'Mr. Speaker, I am in your hands' }),
			})
			.first();
		await speaker.getByRole('link', { name: /In Global News's article/ }).click();
		await expect(page).toHaveURL(/\/articles\/global\/#q-global-\d+$/);
		await expect(page.locator(':target')).toHaveCount(1);
	});
});

test.describe('where the outlets differ', () => {
	test('shows the year Dong was first elected and how long the Canadians were held, side by side', async ({
		page,
	}) => {
		await page.goto(STORY);
		await page
			.getByRole('navigation', { name: 'Story sections' })
			.getByRole('link', { name: 'Where they differ' })
			.click();
		await expect(page.getByText('it does not judge which outlet is right')).toBeVisible();
		const elected = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: /elected/ }) });
		await expect(elected.locator('mark')).toHaveText(['2019', '2018']);
		await expect(elected).toContainText('captured');
		const held = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: /Duration/ }) });
		await expect(held.locator('mark')).toContainText(['more than 1,000 days', 'from 2018 to 2021']);
	});

	test('no longer sets descriptions of sources against each other', async ({ page }) => {
		await page.goto(`${STORY}differences/`);
		await expect(page.getByRole('heading', { name: /source/i })).toHaveCount(0);
	});

	test('links each side to its paragraph', async ({ page }) => {
		await page.goto(`${STORY}differences/`);
		const name = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: /How Han Tao is named/ }) });
		await name.getByRole('link', { name: 'Paragraph 10' }).click();
		await expect(page).toHaveURL(/\/articles\/bbc\/#para-10$/);
		await expect(page.locator('#para-10')).toContainText('Mr Tao');
	});
});
