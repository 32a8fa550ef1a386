import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE_DESCRIPTION, SITE_TITLE } from '../site/consts.ts';
import { homeUrl, storyUrl, withBase } from '../site/urls.ts';
import { escapeXml } from '../export/escape-xml.ts';

/** An Atom feed of the stories, newest first. */
export const GET: APIRoute = async ({ site }) => {
	const stories = (await getCollection('stories'))
		.map((e) => e.data.story)
		.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
	const abs = (p: string) => escapeXml(new URL(p, site).href);
	// The feed's date is its newest story's, so identical content gives an identical feed.
	const updated = `${stories[0]?.date ?? '1970-01-01'}T00:00:00Z`;
	const entries = stories.map(
		(story) => `  <entry>
    <title>${escapeXml(story.title)}</title>
    <link rel="alternate" type="text/html" href="${abs(storyUrl(story.slug))}"/>
    <id>${abs(storyUrl(story.slug))}</id>
    <updated>${story.date}T00:00:00Z</updated>
    <summary>${escapeXml(story.summaryText)}</summary>
  </entry>`,
	);
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(SITE_TITLE)}</title>
  <subtitle>${escapeXml(SITE_DESCRIPTION)}</subtitle>
  <link rel="alternate" type="text/html" href="${abs(homeUrl())}"/>
  <link rel="self" type="application/atom+xml" href="${abs(withBase('feed.xml'))}"/>
  <id>${abs(homeUrl())}</id>
  <updated>${updated}</updated>
  <author><name>${escapeXml(SITE_TITLE)}</name></author>
${entries.join('\n')}
</feed>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
