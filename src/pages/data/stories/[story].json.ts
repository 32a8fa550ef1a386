import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () => {
	const entries = await getCollection('stories');
	return entries.map((entry) => ({
		params: { story: entry.id },
		props: { story: entry.data.story },
	}));
}) satisfies GetStaticPaths;

/** The story export: the story model exactly as the site renders it. */
export const GET: APIRoute = ({ props }) =>
	new Response(`${JSON.stringify(props.story, null, 1)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
