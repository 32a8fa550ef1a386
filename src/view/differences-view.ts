/**
 * The "where the outlets differ" page as data: differences in sections by how the values
 * relate (conflicting figures, conversions, bounds and estimates that fit), each slot with
 * every outlet's exact words in their sentence, the paragraph to link to, and the capture
 * date, since tolls and counts change from one capture to the next. Reads the story model;
 * computes no differences.
 */
import type { Difference, DifferenceKind, Relation } from '../schemas/differences.ts';
import type { Story } from '../schemas/story.ts';
import { articleLabel, getArticle, outletColor } from './story-view.ts';

/** One outlet's side, ready to render. */
export interface SideView {
	articleId: string;
	/** "CTV News (later capture)". */
	label: string;
	/** Colour slot of the outlet. */
	color: number;
	/** The value as read ("at least 10 people", "5.9 magnitude"). */
	value: string;
	/** The sentence around the exact words, split so the words can be marked. */
	before: string;
	words: string;
	after: string;
	/** 1-based paragraph of the article holding the words. */
	paragraph: number;
	/** The article's publication or capture day (YYYY-MM-DD), or null when unknown. */
	captured: string | null;
	/** Labels of earlier captures of the outlet that say the same. */
	alsoIn: string[];
}

/** One slot. */
export interface DifferenceView {
	id: string;
	kind: DifferenceKind;
	/** "Number", "Measure", "Name", … */
	kindLabel: string;
	topic: string;
	relation: Relation;
	/** The values in one line: "3 → 10" for a fit, "58 km = 36 miles" for a conversion, "2019 · 2018" for a conflict; empty for names and credits. */
	summary: string;
	groupId: string | null;
	sides: SideView[];
}

/** A section of the page. */
export interface DifferenceSection {
	relation: Relation;
	heading: string;
	intro: string;
	differences: DifferenceView[];
}

/** What each kind of difference is called on the page. */
export const KIND_LABEL: Record<DifferenceKind, string> = {
	count: 'Number',
	money: 'Amount of money',
	measure: 'Measure',
	age: 'Age',
	duration: 'Duration',
	date: 'Date',
	time: 'Time',
	percent: 'Percentage',
	ordinal: 'Order',
	name: 'Name',
	credit: 'Credit',
};

const SECTIONS: Record<Relation, { heading: string; intro: string }> = {
	different: {
		heading: 'Figures and names that conflict',
		intro: 'The outlets give values for the same thing that cannot all be right as written.',
	},
	converted: {
		heading: 'The same amount in other units',
		intro:
			'One outlet gives the figure in another unit or currency. Shown as a conversion, not as a conflict.',
	},
	compatible: {
		heading: 'Bounds and estimates that fit',
		intro:
			'A bound, a range or an approximate figure that the other outlets’ values fit ("at least 5" and "11").',
	},
};

const SEPARATOR: Record<Relation, string> = {
	different: ' · ',
	converted: ' = ',
	compatible: ' → ',
};

/** Distinct values of the sides in reading order; for a fit, bounds and estimates first. */
export function summarizeValues(difference: Difference): string {
	const sides = [...difference.sides];
	if (difference.relation === 'compatible') {
		const loose = (q: string | null | undefined) => (q ? 0 : 1);
		sides.sort((a, b) => loose(a.typed?.qualifier) - loose(b.typed?.qualifier));
	}
	return [...new Set(sides.map((s) => s.value))].join(SEPARATOR[difference.relation]);
}

/** The view of one difference. */
export function viewDifference(story: Story, difference: Difference): DifferenceView {
	return {
		id: difference.id,
		kind: difference.kind,
		kindLabel: KIND_LABEL[difference.kind],
		topic: difference.topic,
		relation: difference.relation,
		// A name's sides already say it all; values get a one-line summary.
		summary:
			difference.kind === 'name' || difference.kind === 'credit' ? '' : summarizeValues(difference),
		groupId: difference.groupId,
		sides: difference.sides.map((side) => {
			const article = getArticle(story, side.articleId);
			const sentence = article.sentences.find(
				(s) => s.start <= side.start && side.end <= s.end,
			) ?? {
				start: side.start,
				end: side.end,
			};
			return {
				articleId: side.articleId,
				label: articleLabel(story, side.articleId),
				color: outletColor(story, article.outlet),
				value: side.value,
				before: article.text.slice(sentence.start, side.start),
				words: article.text.slice(side.start, side.end),
				after: article.text.slice(side.end, sentence.end),
				paragraph:
					article.paragraphs.findIndex((p) => p.start <= side.start && side.start < p.end) + 1,
				captured: article.published,
				alsoIn: side.alsoIn.map((id) => articleLabel(story, id)),
			};
		}),
	};
}

/** The page's sections, in the order conflicts, conversions, fits; empty sections left out. */
export function viewDifferences(story: Story): DifferenceSection[] {
	return (['different', 'converted', 'compatible'] as const)
		.map((relation) => ({
			relation,
			...SECTIONS[relation],
			differences: story.differences
				.filter((d) => d.relation === relation)
				.map((d) => viewDifference(story, d)),
		}))
		.filter((s) => s.differences.length > 0);
}
