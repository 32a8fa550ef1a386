/**
 * The share image of a story (Open Graph, 1200×630) as SVG: the site's name, the story's
 * title and its outlets. Rasterised to PNG at build time by the page that serves it.
 */
import type { Story } from '../schemas/story.ts';
import { crossOutletRows } from '../coverage/cross-outlet.ts';
import { escapeXml } from './escape-xml.ts';

/** Breaks text into lines of at most `width` characters, at spaces. */
export function wrapText(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** The share image of a story, as an SVG document. */
export function shareImageSvg(story: Story): string {
	const title = wrapText(story.title, 30).slice(0, 3);
	const outlets = story.outlets.map((o) => o.name).join(' · ');
	const shared = crossOutletRows(story.coverage).length;
	const lines = title
		.map(
			(l, i) =>
				`<text x="80" y="${250 + i * 78}" font-size="64" font-weight="700" fill="#1c1b19">${escapeXml(l)}</text>`,
		)
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fbfaf7"/>
<rect width="1200" height="12" fill="#9b2c1f"/>
<text x="80" y="130" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="34" font-weight="700" fill="#9b2c1f">SAME STORY</text>
<g font-family="DejaVu Serif, Georgia, serif">${lines}</g>
<text x="80" y="540" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="30" fill="#4a4740">${escapeXml(`${story.articles.length} articles · ${shared} shared passages`)}</text>
<text x="80" y="585" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="26" fill="#6b675e">${escapeXml(outlets)}</text>
</svg>`;
}
