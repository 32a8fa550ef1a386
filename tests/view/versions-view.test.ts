import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { CHANGE_LABEL, paragraphText } from '../../src/view/versions-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('CHANGE_LABEL', () => {
	test('names each kind of change in words', () => {
		expect(CHANGE_LABEL.added).toBe('Added');
		expect(CHANGE_LABEL.unchanged).toBe('Unchanged');
	});
});

describe('paragraphText', () => {
	test('gives the text of one paragraph of a seed article', () => {
		expect(paragraphText(story, 'ctv', 0)).toBe(
			'Han Dong has announced he will be sitting as an independent MP after being the subject of foreign interference allegations.',
		);
		expect(paragraphText(story, 'ctv', 1)).toMatch(/^"I will continue to serve/);
	});
});
