/** Which optional sections a story's pages link to. */
import type { Story } from '../schemas/story.ts';

/** The optional sections of a story: quotes, differences, versions. */
export function storySections(story: Story): {
	quotes: boolean;
	differences: boolean;
	versions: boolean;
} {
	return {
		quotes: story.utterances.length > 0,
		differences: story.differences.length > 0,
		versions: story.versions.length > 0,
	};
}
