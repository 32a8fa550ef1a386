import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import sharp from 'sharp';
import { shareImageSvg } from '../../export/share-image.ts';

export const getStaticPaths = (async () => {
	const entries = await getCollection('stories');
	return entries.map((entry) => ({
		params: { story: entry.id },
		props: { story: entry.data.story },
	}));
}) satisfies GetStaticPaths;

/** The story's share image (Open Graph and Twitter cards), rendered to PNG at build time. */
export const GET: APIRoute = async ({ props }) => {
	const png = await sharp(Buffer.from(shareImageSvg(props.story)))
		.png({ compressionLevel: 9 })
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
