import { defineCollection } from 'astro:content';
import { storyLoader } from './loaders/story-loader.ts';

/** One entry per story folder under `content/`: the story model and its raw files. */
const stories = defineCollection({ loader: storyLoader({ base: 'content' }) });

export const collections = { stories };
