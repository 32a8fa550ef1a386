/** What a passage group's page shows: every outlet's wording against the fullest one. */
import type { MatchKind } from '../schemas/alignment.ts';
import type { Group } from '../schemas/alignment.ts';
import type { Story } from '../schemas/story.ts';
import type { DiffPart } from '../schemas/word-diff.ts';
import { invertDiff } from '../text/word-diff.ts';
import { articleLabel, getArticle, getPassage, outletColor, passageText } from './story-view.ts';

/** One outlet's wording of the passage. */
export interface WordingView {
	passageId: string;
	articleId: string;
	label: string;
	color: number;
	/** How it matches the fullest wording; null for the fullest wording itself. */
	match: { kind: MatchKind; similarity: number; changedWords: number } | null;
	/** Its words against the fullest wording; null for the fullest wording or without a pair. */
	diff: DiffPart[] | null;
	text: string;
	/** Words of the fullest wording it leaves out. */
	leftOut: string[];
}

/** Every wording of a group, the fullest (reference) wording first where the model puts it. */
export function buildWordings(story: Story, group: Group): WordingView[] {
	const reference = getPassage(story, group.referencePassageId);
	return group.passageIds.map((id) => {
		const passage = getPassage(story, id);
		const article = getArticle(story, passage.articleId);
		const pair =
			passage.id === reference.id
				? undefined
				: group.pairs.find(
						(p) =>
							(p.a === reference.id && p.b === passage.id) ||
							(p.b === reference.id && p.a === passage.id),
					);
		const diff = pair ? (pair.a === reference.id ? pair.diff : invertDiff(pair.diff)) : null;
		return {
			passageId: passage.id,
			articleId: article.id,
			label: articleLabel(story, article.id),
			color: outletColor(story, article.outlet),
			match: pair
				? {
						kind: pair.kind,
						similarity: Math.round(pair.similarity * 100),
						changedWords: pair.changedWords,
					}
				: null,
			diff,
			text: passageText(story, passage),
			leftOut:
				diff
					?.filter((d) => d.op === 'delete')
					.map((d) => (d.op === 'delete' ? d.a.trim() : ''))
					.filter(Boolean) ?? [],
		};
	});
}
