// Takes screenshots of the built site's pages at phone and desktop widths, for review and
// for the README. Serve the site first (npm start), then: node scripts/screenshots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.SCREENSHOT_URL ?? 'http://127.0.0.1:4321/';
const outDir = process.argv[2] ?? 'test-results/screenshots';
const pages = (process.env.SCREENSHOT_PAGES ?? '/').split(',');
const widths = [375, 1440];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});
for (const width of widths) {
	const page = await browser.newPage({
		viewport: { width, height: 900 },
		colorScheme: process.env.SCHEME ?? 'light',
	});
	for (const p of pages) {
		await page.goto(new URL(p.replace(/^\//, ''), base).href);
		const name = `${p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}.png`;
		const selector = process.env.SCREENSHOT_SELECTOR;
		if (selector)
			await page
				.locator(selector)
				.first()
				.screenshot({ path: path.join(outDir, name) });
		else
			await page.screenshot({ path: path.join(outDir, name), fullPage: process.env.FULL !== '0' });
		console.log(path.join(outDir, name));
	}
	await page.close();
}
await browser.close();
