import { describe, expect, test } from 'vitest';
import { buildStory, outletHost } from '../../src/pipeline/build-story.ts';
import { ManifestError } from '../../src/ingest/errors.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const seed = readStoryFolder(SEED_DIR);

describe('buildStory', () => {
	test('builds the seed story model with its articles in manifest order', () => {
		const story = buildStory(seed);
		expect(story.schemaVersion).toBe(1);
		expect(story.slug).toBe('han-dong-leaves-liberal-caucus');
		expect(story.articles.map((a) => a.id)).toEqual(['ctv', 'cbc', 'bbc', 'ctv-web', 'global']);
		expect(story.summaryText).toMatch(/^On the evening of Wednesday, 22 March 2023/);
	});

	test('is deterministic', () => {
		expect(JSON.stringify(buildStory(seed))).toBe(JSON.stringify(buildStory(seed)));
	});

	test('rejects a repair whose evidence article does not bear it out', () => {
		const manifest = structuredClone(seed.manifest);
		manifest.articles[3]!.repairs[0]!.evidence = 'bbc';
		expect(() => buildStory({ ...seed, manifest })).toThrow(ManifestError);
		expect(() => buildStory({ ...seed, manifest })).toThrow(/not borne out by "bbc"/);
	});
});

describe('outletHost', () => {
	test('drops www. so captures of one site match across stories', () => {
		expect(outletHost('https://www.ctvnews.ca/politics')).toBe('ctvnews.ca');
		expect(outletHost('https://globalnews.ca/')).toBe('globalnews.ca');
	});
});
