/** What the "where the outlets differ" page shows: each disagreement, each side in its sentence. */
import type { DifferenceKind } from '../schemas/differences.ts';
import type { Story } from '../schemas/story.ts';
import { articleLabel, findSpan, getArticle, outletColor, paragraphNumber } from './story-view.ts';

/** Readable name of each kind of disagreement. */
export const DIFFERENCE_KIND_LABEL: Record<DifferenceKind, string> = {
	number: 'Number',
	year: 'Year',
	date: 'Date or day',
	duration: 'Duration',
	sources: 'Sources',
	name: 'Name',
	credit: 'Credit',
};

/** One outlet's side of a disagreement, in its sentence. */
export interface DifferenceSideView {
	articleId: string;
	label: string;
	/** The outlet's colour slot. */
	color: number;
	value: string;
	/** The sentence around the words, split so the words can be marked. */
	before: string;
	words: string;
	after: string;
	/** 1-based paragraph of the words in the article. */
	paragraph: number;
	/** Labels of earlier captures that say the same. */
	alsoIn: string[];
}

/** One disagreement, ready to render. */
export interface DifferenceView {
	id: string;
	kindLabel: string;
	topic: string;
	groupId: string | null;
	sides: DifferenceSideView[];
}

/** Every disagreement of a story with each side's words in their sentence. */
export function buildDifferencesView(story: Story): DifferenceView[] {
	return story.differences.map((d) => ({
		id: d.id,
		kindLabel: DIFFERENCE_KIND_LABEL[d.kind],
		topic: d.topic,
		groupId: d.groupId,
		sides: d.sides.map((side) => {
			const article = getArticle(story, side.articleId);
			const { start, end } = side;
			// Words that cross a sentence boundary are shown on their own.
			const sentence = findSpan(article.sentences, start, end) ?? { start, end };
			return {
				articleId: side.articleId,
				label: articleLabel(story, side.articleId),
				color: outletColor(story, article.outlet),
				value: side.value,
				before: article.text.slice(sentence.start, start),
				words: article.text.slice(start, end),
				after: article.text.slice(end, sentence.end),
				paragraph: paragraphNumber(article, start),
				alsoIn: side.alsoIn.map((id) => articleLabel(story, id)),
			};
		}),
	}));
}
