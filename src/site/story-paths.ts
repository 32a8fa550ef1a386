/** Static paths of story pages, from the registry of story views. */
import { getCollection } from 'astro:content';
import type { Story } from '../schemas/story.ts';
import { getStoryView, type StoryViewId } from './story-views.ts';

/** One static path per page the view has, for every story; the page gets the story as a prop. */
export async function storyViewPaths(
	id: StoryViewId,
): Promise<{ params: Record<string, string>; props: { story: Story } }[]> {
	const view = getStoryView(id);
	const entries = await getCollection('stories');
	return entries.flatMap((entry) =>
		view.pages(entry.data.story).map((page) => ({
			params: { story: entry.id, ...page.params },
			props: { story: entry.data.story },
		})),
	);
}

/** One static path per story, for the story's data files (export, tables, share image). */
export async function storyPaths(): Promise<
	{ params: { story: string }; props: { story: Story } }[]
> {
	const entries = await getCollection('stories');
	return entries.map((entry) => ({
		params: { story: entry.id },
		props: { story: entry.data.story },
	}));
}
