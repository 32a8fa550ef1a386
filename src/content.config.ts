import { defineCollection } from 'astro:content';
import { storyLoader } from './loaders/story-loader.ts';

/** One entry per story folder under `content/`: the story model and its raw files. */
const stories = defineCollection({
	loader: storyLoader({ base: process.env.SAME_STORY_CONTENT ?? 'content' }),
});

export const collections = { stories };
