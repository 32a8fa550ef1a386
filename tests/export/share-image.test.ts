import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { shareImageSvg, wrapText } from '../../src/export/share-image.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

describe('wrapText', () => {
	test('breaks text into lines at spaces', () => {
		expect(wrapText('Han Dong leaves the Liberal caucus', 15)).toEqual([
			'Han Dong leaves',
			'the Liberal',
			'caucus',
		]);
	});
});

describe('shareImageSvg', () => {
	test('draws the title and outlets, escaped, at 1200×630', () => {
		const story = buildStory(readStoryFolder(SEED_DIR));
		const svg = shareImageSvg({ ...story, title: 'A <b>title</b> & more' });
		expect(svg).toContain('width="1200" height="630"');
		expect(svg).toContain('A &lt;b&gt;title&lt;/b&gt; &amp; more');
		expect(svg).toContain('CTV News · CBC News · BBC News · Global News');
	});
});
