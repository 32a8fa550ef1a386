/** Every page of the site, for the sitemap. */
import type { Story } from '../schemas/story.ts';
import { storyPageUrls } from './story-views.ts';
import { homeUrl, methodUrl, searchUrl } from './urls.ts';

/** Site paths (with the base) of every page, stories in the given order. */
export function sitePages(stories: readonly Story[]): string[] {
	return [homeUrl(), methodUrl(), searchUrl(), ...stories.flatMap(storyPageUrls)];
}
