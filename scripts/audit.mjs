// Runs Lighthouse on one page of each type of the built site, in Chromium, and prints the four
// category scores and the bytes transferred (data downloads excluded). Targets: 98 or more in
// every category, under 100 KB per page.
//   npm run audit            (builds first if there is no dist/; AUDIT_PORT picks the port)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const PORT = Number(process.env.AUDIT_PORT ?? 4331);
const STORY = 'stories/han-dong-leaves-liberal-caucus/';
const PAGES = [
	['home', ''],
	['story overview', STORY],
	['article', `${STORY}articles/ctv-web/`],
	['comparison', `${STORY}compare/cbc--bbc/`],
	['passage group', null],
	['quote ledger', `${STORY}quotes/`],
	['differences', `${STORY}differences/`],
	['versions', `${STORY}versions/`],
	['comparison list', `${STORY}compare/`],
	// The page as it loads; a query then fetches Pagefind's engine and index (README, `npm run audit`).
	['search', 'search/'],
	['how it works', 'how-it-works/'],
	['not found', '404.html'],
];

const chromePath = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
].find((p) => p && existsSync(p));
if (!chromePath) {
	console.error(
		'No Chromium found. Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
	);
	process.exit(1);
}
if (!existsSync('dist/index.html')) {
	const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(1);
}

const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
	stdio: 'ignore',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const base = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 50; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {}
	await new Promise((r) => setTimeout(r, 200));
}

// The first passage group linked from the overview stands for its page type.
const overview = await (await fetch(base + STORY)).text();
const group = /href="\/(stories\/[^"]+\/passages\/[^"]+\/)"/.exec(overview)?.[1];
const pages = PAGES.map(([name, p]) => [name, p ?? group]);

const chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});
const rows = [];
let failed = false;
try {
	for (const [name, p] of pages) {
		const result = await lighthouse(base + p, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			formFactor: 'mobile',
		});
		const lhr = result.lhr;
		const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		const items = lhr.audits['network-requests']?.details?.items ?? [];
		const bytes = items
			.filter((i) => !/\/data\//.test(i.url))
			.reduce((n, i) => n + (i.transferSize ?? 0), 0);
		const row = {
			page: name,
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			kb: Math.round(bytes / 102.4) / 10,
		};
		if (
			Math.min(row.performance, row.accessibility, row.bestPractices, row.seo) < 98 ||
			row.kb >= 100
		)
			failed = true;
		rows.push(row);
		console.log(
			`${name.padEnd(16)} perf ${row.performance}  a11y ${row.accessibility}  best ${row.bestPractices}  seo ${row.seo}  ${row.kb} KB`,
		);
	}
} finally {
	await chrome.kill();
	server.kill();
}
mkdirSync('reports', { recursive: true });
writeFileSync(path.join('reports', 'audit.json'), `${JSON.stringify(rows, null, 1)}\n`);
console.log(
	failed
		? '\nSome pages miss the targets (98 in every category, under 100 KB).'
		: '\nEvery page meets the targets.',
);
process.exit(failed ? 1 : 0);
