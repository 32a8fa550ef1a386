import sharp from 'sharp';
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

	test('renders to PNG even when the title and outlet names hold characters XML cannot carry', async () => {
		const story = buildStory(readStoryFolder(SEED_DIR));
		const svg = shareImageSvg({
			...story,
			title: 'Bridge\u0001 closes\uFFFE',
			outlets: story.outlets.map((o) => ({ ...o, name: `${o.name}\u0008\uFFFF` })),
		});
		expect(svg).toContain('>Bridge closes<');
		const png = await sharp(Buffer.from(svg)).png().toBuffer();
		expect(png.subarray(1, 4).toString()).toBe('PNG');
	});

	test('cuts a title word too long for the image instead of drawing it off the edge', () => {
		const story = buildStory(readStoryFolder(SEED_DIR));
		const svg = shareImageSvg({ ...story, title: 'x'.repeat(300) });
		expect(svg).toContain(`>${'x'.repeat(31)}…<`);
	});
});
