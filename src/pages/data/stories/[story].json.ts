import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPaths } from '../../../site/story-paths.ts';

export const getStaticPaths = (() => storyPaths()) satisfies GetStaticPaths;

/** The story export: the story model exactly as the site renders it. */
export const GET: APIRoute = ({ props }) =>
	new Response(`${JSON.stringify(props.story, null, 1)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
