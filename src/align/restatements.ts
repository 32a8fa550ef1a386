/**
 * Restatements: a news article's opening sums up in a sentence or two what it reports in detail
 * further down (the inverted pyramid), so one outlet can state one fact twice. A group holds one
 * wording per article, so the opening stays out of the group that holds the detail, and the
 * other outlets' wordings of that fact never meet it. An opening in no group that agrees in
 * meaning with its own outlet's grouped wording, and with each other outlet's wording in that
 * group, is linked to each of them as a related wording that restates the grouped one.
 */
import { RESTATEMENT_LEDE_SENTENCES, RESTATEMENT_MIN_OTHER_WORDINGS } from './thresholds.ts';

/** A run of units: its root, its article and the index of the sentence it starts in. */
export interface RestatingRun {
	root: number;
	article: number;
	sentence: number;
}

/** A run in no group linked to a group member of another article, through its own article's member. */
export interface Restatement {
	run: number;
	member: number;
	/** The member of the run's own article in that group: the wording it restates. */
	restates: number;
}

/** What a restatement must pass, as tests on two run roots. */
export interface RestatementTests {
	/** Whether the run agrees with another outlet's wording (as a joining group member must). */
	agrees: (run: number, member: number) => boolean;
	/** Whether the run means what its own article's grouped wording says. */
	restates: (run: number, own: number) => boolean;
}

/**
 * The restatement links of the opening runs in `loose` (runs in no group) to the members of
 * `groups` (each a list of runs, one per article), checking at most `sample` other members per group.
 */
export function findRestatements(
	loose: readonly RestatingRun[],
	groups: readonly (readonly { root: number; article: number }[])[],
	{ agrees, restates }: RestatementTests,
	sample: number,
): Restatement[] {
	const groupsOfArticle = new Map<number, number[]>();
	groups.forEach((members, i) => {
		for (const { article } of members) {
			const list = groupsOfArticle.get(article);
			if (list) list.push(i);
			else groupsOfArticle.set(article, [i]);
		}
	});
	const found: Restatement[] = [];
	for (const run of loose) {
		if (run.sentence >= RESTATEMENT_LEDE_SENTENCES) continue;
		for (const g of groupsOfArticle.get(run.article) ?? []) {
			const members = groups[g]!;
			const own = members.find((m) => m.article === run.article)!;
			const others = members.filter((m) => m.article !== run.article).slice(0, sample);
			if (others.length < RESTATEMENT_MIN_OTHER_WORDINGS) continue;
			if (!restates(run.root, own.root)) continue;
			if (!others.every((m) => agrees(run.root, m.root))) continue;
			for (const m of others) found.push({ run: run.root, member: m.root, restates: own.root });
		}
	}
	return found;
}
