import { execFileSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ContentError } from '../../src/ingest/errors.ts';
import {
	presentError,
	type StoryEntry,
	StoryEntrySchema,
	storyLoader,
} from '../../src/loaders/story-loader.ts';
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

	test('refuses an article file that is a symbolic link to a file outside the repository', async () => {
		const root = projectWith(['linked', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')]);
		const secret = path.join(mkdtempSync(path.join(tmpdir(), 'same-story-secret-')), 'secret.txt');
		temps.push(path.dirname(secret));
		writeFileSync(secret, 'Private notes that must never be published.\n');
		rmSync(path.join(root, 'content/linked/times.txt'));
		symlinkSync(secret, path.join(root, 'content/linked/times.txt'));
		const error = await loadError(root);
		expect(error.message).toContain('"times.txt" in the story folder is a symbolic link');
		expect(error.file).toBe('content/linked/times.txt');
		expect(error.hint).toMatch(/Copy the real file/);
	});

	test('refuses a story folder that is a symbolic link instead of skipping it', async () => {
		const root = projectWith([SEED_SLUG, SEED_DIR]);
		symlinkSync(
			path.join(FIXTURE_CONTENT, 'harbour-bridge-closure'),
			path.join(root, 'content/elsewhere'),
		);
		const error = await loadError(root);
		expect(error.name).toBe('StoryCollectionError');
		expect(error.message).toContain('"elsewhere" in the content folder is a symbolic link');
	});

	test('refuses a named pipe in the story folder, naming it, without blocking on it', async () => {
		const root = projectWith(['piped', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')]);
		execFileSync('mkfifo', [path.join(root, 'content/piped/feed.txt')]);
		const error = await loadError(root);
		expect(error.message).toContain('"feed.txt" in the story folder is a named pipe (FIFO)');
	});

	test('checks a huge file by its size before reading it', async () => {
		const root = projectWith(['huge', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')]);
		// A sparse 3 GB file: reading it would take gigabytes of memory and fail in Node itself.
		truncateSync(path.join(root, 'content/huge/times.txt'), 3 * 1024 ** 3);
		const error = await loadError(root);
		expect(error.name).toBe('ArticleParseError');
		expect(error.message).toContain(
			'content/huge/times.txt: the file is 3072.0 MB; an article file may be at most 2.0 MB',
		);
	});

	test('checks the manifest by its size before reading it', async () => {
		const root = projectWith(['big', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')]);
		truncateSync(path.join(root, 'content/big/story.yaml'), 600 * 1024 ** 2);
		const error = await loadError(root);
		expect(error.message).toContain('the manifest is 600.0 MB; a manifest may be at most 1.0 MB');
	});

	test('logs each manifest field it cleaned, with file, line and field', async () => {
		const root = projectWith(['bidi', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')]);
		const manifest = path.join(root, 'content/bidi/story.yaml');
		writeFileSync(
			manifest,
			readFileSync(manifest, 'utf8').replace(
				/^title: .*$/m,
				'title: "Harbour \\u202Ebridge closes"',
			),
		);
		const { messages, entries } = await load(root);
		expect((entries.get('bidi')!.data as StoryEntry).story.title).toBe('Harbour bridge closes');
		expect(messages).toContainEqual({
			level: 'warn',
			message:
				'content/bidi/story.yaml:1: field `title` removed control, bidi or invisible characters (U+202E)',
		});
	});

	test('warns when an article file was read by guessing its encoding', async () => {
		const root = projectWith(['latin', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')]);
		const file = path.join(root, 'content/latin/times.txt');
		writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0x20, 0xe9, 0x0a])]));
		const { messages } = await load(root);
		expect(
			messages.some(
				(m) =>
					m.level === 'warn' &&
					m.message.startsWith('content/latin/times.txt: The file is not UTF-8') &&
					m.message.includes('a guess'),
			),
		).toBe(true);
	});

	test('ends a content error with no stack trace into the code', async () => {
		const root = projectWith(['broken', path.join(FIXTURE_CONTENT, 'harbour-bridge-closure')]);
		writeFileSync(path.join(root, 'content/broken/story.yaml'), 'title: 2024\n');
		const error = await loadError(root);
		expect(error.stack).toBe('');
		expect(error.message).toContain('content/broken/story.yaml:1:');
	});
});

describe('presentError', () => {
	test('turns any other error into a content error naming the story manifest', () => {
		const error = presentError(
			new RangeError('Maximum call stack size exceeded'),
			{ manifestPath: 'content/s/story.yaml' },
			false,
		);
		expect(error.name).toBe('StoryCollectionError');
		expect(error.file).toBe('content/s/story.yaml');
		expect(error.message).toContain('Maximum call stack size exceeded');
		expect(error.hint).toContain('SAME_STORY_DEBUG=1');
		expect(error.stack).toBe('');
	});

	test('keeps the original stack trace when debugging', () => {
		const cause = new RangeError('boom');
		expect(presentError(cause, undefined, true).stack).toBe(cause.stack);
	});
});
