// Checks every internal link, asset and anchor of a built site: each href and src must resolve
// to a file of the build under the base path, and each #fragment to an id on the target page.
//   node scripts/check-links.mjs [dist] [base]      e.g. node scripts/check-links.mjs dist /same-story/
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const full = path.join(dir, d.name);
		return d.isDirectory() ? htmlFiles(full) : d.name.endsWith('.html') ? [full] : [];
	});
}

/** Maps a site path under `base` to a file of `dist`, or null when none exists. */
function fileFor(dist, base, pathname) {
	if (!pathname.startsWith(base)) return null;
	const rest = decodeURIComponent(pathname.slice(base.length));
	const candidates =
		rest === '' || rest.endsWith('/')
			? [path.join(dist, rest, 'index.html')]
			: [path.join(dist, rest), path.join(dist, rest, 'index.html')];
	return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** Broken links of the site built in `dist` for base path `base`, as "page: link (reason)". */
export function checkLinks(dist, base = '/') {
	const origin = 'http://site.invalid';
	const ids = new Map();
	const idsOf = (file) => {
		if (!ids.has(file))
			ids.set(
				file,
				new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])),
			);
		return ids.get(file);
	};
	const broken = [];
	let checked = 0;
	for (const file of htmlFiles(dist)) {
		const rel = path.relative(dist, file).split(path.sep).join('/');
		const pageUrl = new URL(base + rel.replace(/index\.html$/, ''), origin);
		const html = readFileSync(file, 'utf8');
		for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
			const raw = m[1].replace(/&amp;/g, '&');
			if (/^(?:mailto:|data:|tel:)/.test(raw)) continue;
			const url = new URL(raw, pageUrl);
			if (url.origin !== origin) continue;
			checked++;
			const target = fileFor(dist, base, url.pathname);
			if (!target) {
				broken.push(`${rel}: ${raw} (no such file)`);
				continue;
			}
			if (
				url.hash &&
				target.endsWith('.html') &&
				!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
			) {
				broken.push(`${rel}: ${raw} (no element with id ${url.hash})`);
			}
		}
	}
	return { broken, checked };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dist = process.argv[2] ?? 'dist';
	const base = (process.argv[3] ?? process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
	const { broken, checked } = checkLinks(dist, base);
	for (const b of broken) console.error(b);
	console.log(`${checked} links checked, ${broken.length} broken`);
	process.exit(broken.length > 0 ? 1 : 0);
}
