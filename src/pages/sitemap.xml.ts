import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sitePages } from '../site/site-pages.ts';
import { escapeXml } from '../export/escape-xml.ts';

/** The sitemap: every page, with absolute URLs. */
export const GET: APIRoute = async ({ site }) => {
	const stories = (await getCollection('stories'))
		.map((e) => e.data.story)
		.sort((a, b) => a.slug.localeCompare(b.slug));
	const urls = sitePages(stories).map(
		(p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`,
	);
	return new Response(
		`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
		{ headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
	);
};
