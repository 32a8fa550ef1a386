import type { APIRoute } from 'astro';
import { z } from 'zod';
import { StorySchema } from '../../schemas/story.ts';

/** JSON Schema of the story export, generated from the zod schemas that validate it. */
export const GET: APIRoute = () => {
	const schema = {
		...z.toJSONSchema(StorySchema, { io: 'output' }),
		$id: 'data/schema.json',
		title: 'Same Story: story export',
	};
	return new Response(`${JSON.stringify(schema, null, 1)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
