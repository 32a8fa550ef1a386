/**
 * Builds a generated story of many articles (200 by default) as a real site, to check that
 * the whole pipeline scales: reports build time, peak memory of the build, page count and the
 * size of the largest pages, and checks every link of the result.
 *   npm run scale                 200 articles
 *   npm run scale -- --articles 500
 *   npm run scale -- --keep       keep the built site and print where it is
 */
import { spawn } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateStory } from './bench/generate-story.ts';
import { checkLinks } from './check-links.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const argIndex = process.argv.indexOf('--articles');
const count = argIndex >= 0 ? Number(process.argv[argIndex + 1]) : 200;

const work = mkdtempSync(path.join(tmpdir(), 'same-story-scale-'));
const content = path.join(work, 'content');
const slug = `generated-${count}`;
const folder = path.join(content, slug);
mkdirSync(folder, { recursive: true });

const story = generateStory({ articles: count, seed: 7 });
const outlets = story.articles.map((_, i) => ({
	id: `outlet-${i + 1}`,
	name: `Outlet ${i + 1}`,
	homepage: `https://outlet-${i + 1}.example/`,
}));
for (const a of story.articles)
	writeFileSync(path.join(folder, `${a.id}.txt`), `${a.text.replace(/\n\n/g, '\n')}\n`);
const yaml = [
	`title: A generated story of ${count} articles`,
	'date: 2024-01-01',
	'summary: |',
	`  ${count} synthetic articles drawn from a few wire stories, for testing the site at scale.`,
	'outlets:',
	...outlets.flatMap((o) => [
		`  - id: ${o.id}`,
		`    name: ${o.name}`,
		`    homepage: ${o.homepage}`,
	]),
	'articles:',
	...story.articles.flatMap((a, i) => [
		`  - id: ${a.id}`,
		`    file: ${a.id}.txt`,
		`    outlet: ${outlets[i]!.id}`,
	]),
].join('\n');
writeFileSync(path.join(folder, 'story.yaml'), `${yaml}\n`);

const outDir = path.join(work, 'dist');
const started = performance.now();
/** Peak resident memory of a process tree, sampled from /proc (Linux). */
const peak = { kb: 0 };
const child = spawn('node', ['scripts/build.mjs'], {
	cwd: ROOT,
	stdio: ['ignore', 'pipe', 'pipe'],
	env: {
		...process.env,
		SAME_STORY_CONTENT: content,
		SAME_STORY_OUT_DIR: outDir,
		SAME_STORY_CACHE_DIR: path.join(work, 'cache'),
		ASTRO_TELEMETRY_DISABLED: '1',
	},
});
let log = '';
child.stdout.on('data', (d) => (log += d));
child.stderr.on('data', (d) => (log += d));
const descendants = (pid: number): number[] => {
	try {
		const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
			.trim()
			.split(/\s+/)
			.filter(Boolean)
			.map(Number);
		return [pid, ...children.flatMap(descendants)];
	} catch {
		return [];
	}
};
const timer = setInterval(() => {
	let total = 0;
	for (const pid of descendants(child.pid!)) {
		try {
			const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			total += Number(hwm?.[1] ?? 0);
		} catch {}
	}
	peak.kb = Math.max(peak.kb, total);
}, 100);
const status: number = await new Promise((resolve) =>
	child.on('exit', (code) => resolve(code ?? 1)),
);
clearInterval(timer);
const seconds = (performance.now() - started) / 1000;
if (status !== 0) {
	console.error(log);
	console.error(`The build of ${count} articles failed.`);
	process.exit(1);
}

const files: { file: string; bytes: number }[] = [];
const walk = (dir: string) => {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(full);
		else files.push({ file: path.relative(outDir, full), bytes: statSync(full).size });
	}
};
walk(outDir);
const pages = files.filter((f) => f.file.endsWith('.html'));
const largest = [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
const exported = files.find((f) => f.file === `data/stories/${slug}.json`)!;
const { broken, checked } = checkLinks(outDir, '/');
const model = JSON.parse(readFileSync(path.join(outDir, `data/stories/${slug}.json`), 'utf8'));

console.log(
	`\nScale build: ${count} generated articles (${story.articles.reduce((n, a) => n + a.sentences.length, 0)} sentences)`,
);
console.log(
	`  build time        ${seconds.toFixed(1)} s (whole npm run build: sync, alignment, pages, search index)`,
);
console.log(
	`  peak memory       ${(peak.kb / 1024).toFixed(0)} MB (all build processes together, sampled every 100 ms)`,
);
console.log(
	`  groups            ${model.groups.length}; passages ${model.passages.length}; quotations ${model.quotes.length}`,
);
console.log(
	`  pages             ${pages.length} (no pair-comparison pages above 12 articles, so pages grow linearly)`,
);
console.log(
	`  largest pages     ${largest.map((f) => `${f.file} ${(f.bytes / 1024).toFixed(0)} KB`).join('; ')}`,
);
console.log(`  story export      ${(exported.bytes / 1024 / 1024).toFixed(1)} MB`);
console.log(`  links             ${checked} checked, ${broken.length} broken`);
if (process.argv.includes('--keep')) console.log(`  kept              ${outDir}`);
else rmSync(work, { recursive: true, force: true });
process.exit(broken.length > 0 ? 1 : 0);
