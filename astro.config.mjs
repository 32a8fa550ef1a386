// @ts-check
import { defineConfig } from 'astro/config';
import { checkSiteBase, checkSiteUrl, isRunning, removeWhenGone } from './scripts/build-guard.mjs';

// Where the site will live. SITE_URL gives canonical URLs and feeds an absolute origin;
// SITE_BASE serves the site under a sub-path (e.g. /same-story/). See README, "Deploy".
// Both reach Astro's own markup unescaped, so anything but a plain origin and path is refused.
for (const problem of [checkSiteBase(process.env.SITE_BASE), checkSiteUrl(process.env.SITE_URL)]) {
	if (problem) {
		console.error(`Build refused: ${problem}`);
		process.exit(1);
	}
}
// Without SITE_URL a build is for this machine: absolute links point at the local preview.
// The build says so, naming the variable to set, rather than stopping, so that `npm start` and
// `npm test` work with no setup (README, "Deploy").
const LOCAL_ORIGIN = 'http://127.0.0.1:4321';
const site = process.env.SITE_URL ?? LOCAL_ORIGIN;
const base = process.env.SITE_BASE ?? '/';
if (!process.env.SITE_URL && process.argv.includes('build')) {
	console.warn(
		`SITE_URL is not set: canonical links, Open Graph images, the feed, the sitemap and robots.txt point at ${LOCAL_ORIGIN}. ` +
			'For a site others will visit, build with SITE_URL=https://your.host (and SITE_BASE=/sub/path/ if it is not at the root).',
	);
}

// Under scripts/build.mjs, a build whose parent has died (killed outright) removes its staging
// folder and stops, so it can neither leave the folder behind nor finish for nobody.
const parent = Number(process.env.SAME_STORY_BUILD_PARENT);
if (parent > 0 && process.env.SAME_STORY_OUT_DIR) {
	const staging = process.env.SAME_STORY_OUT_DIR;
	setInterval(() => {
		if (isRunning(parent)) return;
		// Files this process is still writing could bring the folder back after a removal here:
		// a watcher removes it once this process has ended.
		removeWhenGone(process.pid, staging);
		process.exit(1);
	}, 500).unref();
}

export default defineConfig({
	site,
	base,
	outDir: process.env.SAME_STORY_OUT_DIR ?? './dist',
	cacheDir: process.env.SAME_STORY_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'ignore',
	build: { format: 'directory', inlineStylesheets: 'never' },
	server: { host: '127.0.0.1', port: 4321 },
	devToolbar: { enabled: false },
	// Story summaries carry no code: no Shiki, whose inline styles the CSP below would refuse.
	markdown: { syntaxHighlight: false },
	// Scripts are emitted as files, never inlined, so pages carry no inline script at all.
	vite: { build: { assetsInlineLimit: 0 } },
	// A Content-Security-Policy <meta> on every page: no inline script unless Astro hashes it,
	// styles and scripts from the site itself only, nothing embedded from elsewhere.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
