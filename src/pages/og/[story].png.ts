import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { shareImageSvg } from '../../export/share-image.ts';
import { storyPaths } from '../../site/story-paths.ts';

export const getStaticPaths = (() => storyPaths()) satisfies GetStaticPaths;

/** The story's share image (Open Graph and Twitter cards), rendered to PNG at build time. */
export const GET: APIRoute = async ({ props }) => {
	const png = await sharp(Buffer.from(shareImageSvg(props.story)))
		.png({ compressionLevel: 9 })
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
