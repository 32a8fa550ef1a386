import { expect, test } from '@playwright/test';

const STORY = '/stories/han-dong-leaves-liberal-caucus/';

test.describe('search', () => {
	test('finds a quotation and leads to the passage', async ({ page }) => {
		await page.goto('/');
		await page
			.getByRole('navigation', { name: 'Site' })
			.getByRole('link', { name: 'Search' })
			.click();
		await page.getByRole('searchbox', { name: 'Words to find' }).fill('hands');
		await page.getByRole('button', { name: 'Search' }).click();
		await expect(page.getByRole('status')).toContainText(/\d+ results? for “hands”/);
		const results = page.getByRole('list').last().getByRole('listitem');
		await expect(results.first()).toBeVisible();
		await expect(page.locator('mark').first()).toHaveText(/hands/i);
		const passage = results
			.filter({ has: page.getByRole('link', { name: /Mr. Speaker, I am in your hands/ }) })
			.first();
		await passage.getByRole('link').click();
		await expect(page).toHaveURL(/\/passages\/g-[0-9a-z]+\/$/);
	});

	test('keeps the query in the address', async ({ page }) => {
		await page.goto('/search/?q=Kovrig');
		await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('Kovrig');
		await expect(page.getByRole('status')).toContainText('for “Kovrig”');
	});

	test('searches as you type, labels each result and shows every result it counts', async ({
		page,
	}) => {
		test.setTimeout(60_000);
		await page.goto('/search/');
		await page.getByRole('searchbox', { name: 'Words to find' }).pressSequentially('dong');
		const status = page.getByRole('status');
		await expect(status).toContainText(/(\d+) results for “dong”, 20 shown/);
		const total = Number((await status.textContent())!.match(/(\d+) results/)![1]);
		const results = page.locator('[data-search-results] > li');
		await expect(results).toHaveCount(20);
		await expect(results.first().locator('.type')).toHaveText(
			/^(Passage|Comparison|Article|Story overview|Quote ledger|Where they differ|Versions)$/,
		);
		const more = page.getByRole('button', { name: /Show \d+ more/ });
		for (let shown = 20; shown < total; shown = Math.min(total, shown + 20)) {
			await more.click();
			await expect(results).toHaveCount(Math.min(total, shown + 20));
		}
		await expect(more).toBeHidden();
		await expect(results).toHaveCount(total);
		await expect(page.locator('[data-search-results]')).not.toContainText('Copy link');
		await expect(page.locator('[data-search-results]')).not.toContainText(/News and[A-Z]/);
	});
});

test.describe('copy-link buttons', () => {
	test('copy the permalink of a passage', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`${STORY}compare/cbc--global/`);
		const row = page
			.getByRole('listitem')
			.filter({ hasText: 'Mr. Speaker, I am in your hands' })
			.filter({ has: page.getByRole('button') });
		await row.getByRole('button', { name: 'Copy link to this row' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(
			/^http:\/\/127\.0\.0\.1:\d+\/stories\/han-dong-leaves-liberal-caucus\/compare\/cbc--global\/#g-[0-9a-z]+$/,
		);
		await expect(page.getByRole('status').last()).toHaveText('Link copied');
		await page.goto(copied);
		await expect(page.locator(':target')).toContainText('Mr. Speaker');
	});

	test('stay hidden without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${STORY}compare/cbc--global/`);
		await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
		await context.close();
	});
});

test.describe('keyboard shortcuts in the reader', () => {
	test('move between shared passages and jump to the same passage in another outlet', async ({
		page,
	}) => {
		await page.goto(`${STORY}articles/cbc/`);
		await page.getByText('Keyboard shortcuts').click();
		await expect(page.getByRole('group').filter({ hasText: 'Keyboard shortcuts' })).toContainText(
			'the same passage in Global News',
		);
		await page.locator('body').click({ position: { x: 1, y: 1 } });
		await page.keyboard.press('n');
		const focused = page.locator(':focus');
		await expect(focused).toHaveAttribute('data-elsewhere', /.+/);
		// Move to the "Mr. Speaker" passage, which Global News carries (outlet 4).
		for (let i = 0; i < 30 && !(await focused.textContent())?.includes('Mr. Speaker'); i++)
			await page.keyboard.press('n');
		await expect(focused).toContainText('Mr. Speaker');
		await page.keyboard.press('4');
		await expect(page).toHaveURL(/\/articles\/global\/#p-global-/);
	});

	test('start from the first shared passage and can be turned off', async ({ page }) => {
		await page.goto(`${STORY}articles/cbc/`);
		const first = page.locator('a[data-elsewhere]').first();
		await page.keyboard.press('n');
		await expect(first).toBeFocused();
		await page.getByText('Keyboard shortcuts').click();
		await page.getByLabel(/Use these single-key shortcuts/).uncheck();
		await page.locator('body').click({ position: { x: 1, y: 1 } });
		await page.keyboard.press('n');
		await expect(first).not.toBeFocused();
		await page.reload();
		await expect(page.getByLabel(/Use these single-key shortcuts/)).not.toBeChecked();
	});
});

test.describe('feeds and metadata', () => {
	test('the feed and the sitemap are well-formed XML listing every story', async ({
		page,
		request,
	}) => {
		for (const [url, stories] of [
			['/feed.xml', 'entry > link'],
			['/sitemap.xml', 'url > loc'],
		] as const) {
			const xml = await (await request.get(url)).text();
			const result = await page.evaluate(
				([text, selector]) => {
					const doc = new DOMParser().parseFromString(text, 'application/xml');
					return {
						error: doc.querySelector('parsererror')?.textContent ?? null,
						links: [...doc.querySelectorAll(selector)].map(
							(n) => n.getAttribute('href') ?? n.textContent,
						),
					};
				},
				[xml, stories] as const,
			);
			expect(result.error, url).toBeNull();
			expect(
				result.links.some((l) => l!.endsWith(STORY)),
				url,
			).toBe(true);
		}
	});

	test('each story has a share image in its Open Graph tags', async ({ page, request }) => {
		await page.goto(STORY);
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(image).toMatch(/\/og\/han-dong-leaves-liberal-caucus\.png$/);
		const response = await request.get(new URL(image!).pathname);
		expect(response.headers()['content-type']).toContain('image/png');
		const body = await response.body();
		// PNG signature, then the IHDR width and height.
		expect(body.subarray(0, 8)).toEqual(
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		);
		expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	test('an unknown address shows a useful 404 page', async ({ page }) => {
		const response = await page.goto('/no/such/page/');
		expect(response!.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
		await expect(page.getByRole('link', { name: 'Search the site' })).toBeVisible();
	});
});

test.describe('the Content-Security-Policy', () => {
	const pages = [
		'/',
		STORY,
		`${STORY}articles/ctv-web/`,
		`${STORY}compare/cbc--bbc/`,
		`${STORY}quotes/`,
		`${STORY}differences/`,
		`${STORY}versions/`,
		'/how-it-works/',
		'/search/?q=Dong',
	];
	for (const url of pages) {
		test(`is not violated on ${url}`, async ({ page }) => {
			const violations: string[] = [];
			page.on('console', (m) => {
				if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					(window as unknown as { cspViolations: string[] }).cspViolations ??= [];
					(window as unknown as { cspViolations: string[] }).cspViolations.push(
						`${e.violatedDirective} ${e.blockedURI}`,
					);
				});
			});
			await page.goto(url);
			await page.waitForLoadState('networkidle');
			const seen = await page.evaluate(
				() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
			);
			expect([...violations, ...seen]).toEqual([]);
		});
	}
});
