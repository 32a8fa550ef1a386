import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ContentError } from '../../src/ingest/errors.ts';
import { type StoryEntry, StoryEntrySchema, storyLoader } from '../../src/loaders/story-loader.ts';
import { createLoaderContext } from '../helpers/loader-context.ts';
import { FIXTURE_CONTENT, ROOT, SEED_DIR, SEED_SLUG } from '../helpers/seeds.ts';

const temps: string[] = [];
afterEach(() => {
	for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away project root whose content/ holds copies of the given story folders. */
function projectWith(...folders: [name: string, source: string][]): string {
	const root = mkdtempSync(path.join(tmpdir(), 'same-story-loader-'));
	temps.push(root);
	mkdirSync(path.join(root, 'content'));
	for (const [name, source] of folders)
		cpSync(source, path.join(root, 'content', name), { recursive: true });
	return root;
}

async function load(root: string) {
	const fake = createLoaderContext(root, StoryEntrySchema);
	await storyLoader({ base: 'content' }).load(fake.context);
	return fake;
}

async function loadError(root: string): Promise<ContentError> {
	try {
		await load(root);
	} catch (error) {
		expect(ContentError.is(error)).toBe(true);
		return error as ContentError;
	}
	throw new Error('expected the loader to fail');
}

describe('storyLoader', () => {
	test('loads the seed story from the project content folder', async () => {
		const { entries, messages } = await load(ROOT);
		const entry = entries.get(SEED_SLUG)!.data as StoryEntry;
		expect(entry.story.articles.map((a) => [a.id, a.outlet, a.sourceFile])).toEqual([
			['ctv', 'ctv', '000_d488bcddfe2af6dd.txt'],
			['cbc', 'cbc', '001_5922cdcd1a3526e1.txt'],
			['bbc', 'bbc', '002_e715ee4109bbeb0d.txt'],
			['ctv-web', 'ctv', '003_146ae74181bb10f8.txt'],
			['global', 'global', '004_f3f8abcb68e9c02b.txt'],
		]);
		expect(entry.story.title).toBe('Han Dong leaves the Liberal caucus');
		expect(entry.story.summaryHtml).toContain('<strong>Han Dong</strong>');
		expect(
			messages.some(
				(m) =>
					m.level === 'info' &&
					m.message.startsWith(`${SEED_SLUG}: 5 articles loaded`) &&
					/passage groups/.test(m.message),
			),
		).toBe(true);
	});

	test('warns, naming the article and rule, when a rule removes sentence-like lines', async () => {
		const { messages } = await load(ROOT);
		const warnings = messages.filter((m) => m.level === 'warn').map((m) => m.message);
		expect(warnings).toEqual([
			expect.stringMatching(
				new RegExp(
					`^${SEED_SLUG}/003_146ae74181bb10f8\\.txt \\(article ctv-web\\): Rule after-credits removed 14 lines`,
				),
			),
		]);
	});

	test('prints no warning for the promo-line fixture, whose sentences are all kept', async () => {
		const root = projectWith([
			'promo-line',
			path.join(ROOT, 'tests/fixtures/content-captures/promo-line'),
		]);
		const { messages } = await load(root);
		expect(messages.filter((m) => m.level === 'warn')).toEqual([]);
	});

	test('keeps each raw file byte for byte for download', async () => {
		const { entries } = await load(ROOT);
		const entry = entries.get(SEED_SLUG)!.data as StoryEntry;
		const raw = Buffer.from(entry.sources.find((s) => s.file.startsWith('003_'))!.base64, 'base64');
		expect(raw.length).toBe(5967);
		expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xc3, 0x82, 0xe9]));
	});

	test('loads a second story folder with no code change', async () => {
		const root = projectWith(
			[SEED_SLUG, SEED_DIR],
			['harbour-bridge-closure', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')],
		);
		const { entries } = await load(root);
		expect([...entries.keys()].sort()).toEqual([
			'han-dong-leaves-liberal-caucus',
			'harbour-bridge-closure',
		]);
		const story = (entries.get('harbour-bridge-closure')!.data as StoryEntry).story;
		expect(story.articles.map((a) => a.id)).toEqual(['daily', 'times']);
		expect(story.articles[1]!.headline).toBe('Bridge to shut for six weeks');
		expect(story.articles[1]!.published).toBe('2024-05-07');
	});

	test('fails when two stories share a slug', async () => {
		const root = projectWith(
			['one', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')],
			['two', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')],
		);
		for (const name of ['one', 'two']) {
			const manifest = path.join(root, 'content', name, 'story.yaml');
			writeFileSync(manifest, `slug: same\n${readFileSync(manifest, 'utf8')}`);
		}
		const error = await loadError(root);
		expect(error.name).toBe('StoryCollectionError');
		expect(error.message).toContain('two stories have the slug "same"');
		expect(error.file).toBe('content/two/story.yaml');
	});

	test('fails when the content folder holds no story', async () => {
		const root = projectWith();
		const error = await loadError(root);
		expect(error.message).toContain('no story folders');
	});

	test('fails on a story folder without a manifest, naming the folder', async () => {
		const root = projectWith(['loose', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')]);
		rmSync(path.join(root, 'content/loose/story.yaml'));
		const error = await loadError(root);
		expect(error.name).toBe('ManifestError');
		expect(error.file).toBe('content/loose');
	});

	test('fails on a story folder with no articles', async () => {
		const root = projectWith(['empty', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')]);
		writeFileSync(
			path.join(root, 'content/empty/story.yaml'),
			'title: Empty\ndate: 2024-01-01\nsummary: Nothing.\noutlets:\n  - id: a\n    name: A\n    homepage: https://a.example/\narticles: []\n',
		);
		rmSync(path.join(root, 'content/empty/daily.txt'));
		rmSync(path.join(root, 'content/empty/times.txt'));
		const error = await loadError(root);
		expect(error.field).toBe('articles');
		expect(error.file).toBe('content/empty/story.yaml');
	});

	test('stores nothing when any story fails', async () => {
		const root = projectWith(
			[SEED_SLUG, SEED_DIR],
			['broken', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')],
		);
		writeFileSync(path.join(root, 'content/broken/times.txt'), '');
		const fake = createLoaderContext(root, StoryEntrySchema);
		fake.entries.set('stale', { id: 'stale', data: {} });
		await expect(storyLoader().load(fake.context)).rejects.toThrow(
			/content\/broken\/times.txt: the file is empty/,
		);
		expect([...fake.entries.keys()]).toEqual(['stale']);
	});
});
