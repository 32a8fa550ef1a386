/** What the versions page shows for each change between two captures. */
import type { ParagraphChangeKind } from '../schemas/versions.ts';
import type { Story } from '../schemas/story.ts';
import { getArticle } from './story-view.ts';

/** Readable name of each kind of paragraph change. */
export const CHANGE_LABEL: Record<ParagraphChangeKind, string> = {
	added: 'Added',
	removed: 'Removed',
	edited: 'Edited',
	moved: 'Moved',
	unchanged: 'Unchanged',
};

/** The text of paragraph `index` (0-based) of an article. */
export function paragraphText(story: Story, articleId: string, index: number): string {
	const article = getArticle(story, articleId);
	const paragraph = article.paragraphs[index]!;
	return article.text.slice(paragraph.start, paragraph.end);
}
