import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () => {
	const entries = await getCollection('stories');
	return entries.flatMap((entry) =>
		entry.data.sources.map((source) => ({
			params: { story: entry.id, file: source.file },
			props: { base64: source.base64 },
		})),
	);
}) satisfies GetStaticPaths;

/** The raw article file, byte for byte as scraped. */
export const GET: APIRoute = ({ props }) =>
	new Response(Buffer.from(props.base64, 'base64'), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
