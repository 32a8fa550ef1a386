import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { STORY_TABLES, storyTableCsv, type StoryTable } from '../../../../export/story-tables.ts';

export const getStaticPaths = (async () => {
	const entries = await getCollection('stories');
	return entries.flatMap((entry) =>
		STORY_TABLES.map((table) => ({
			params: { story: entry.id, table },
			props: { story: entry.data.story, table },
		})),
	);
}) satisfies GetStaticPaths;

/** One table of the story as CSV (RFC 4180, UTF-8 with a byte-order mark). */
export const GET: APIRoute = ({ props }) =>
	new Response(storyTableCsv(props.story, props.table as StoryTable), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
