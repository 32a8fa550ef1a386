import { describe, expect, test } from 'vitest';
import { RELATED_MIN_OVERLAP, REWORDED_MIN_OVERLAP } from '../../src/align/thresholds.ts';
import { buildStory } from '../../src/pipeline/build-story.ts';
import type { Story } from '../../src/schemas/story.ts';
import {
	buildCompareView,
	comparePairLinks,
	explainGroupLinks,
	quoteMarks,
} from '../../src/view/compare-view.ts';
import { articlePairs } from '../../src/view/story-view.ts';
import path from 'node:path';
import { embedTexts, ENCODER } from '../../src/loaders/embed-units.ts';
import { listStoryUnitTexts } from '../../src/pipeline/build-story.ts';
import { readStoryFolder, ROOT, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));
/** Passage groups that hold both articles: what a pair page counts as shared. */
const sharedGroups = (a: string, b: string) =>
	story.groups.filter((g) => g.articleIds.includes(a) && g.articleIds.includes(b)).length;

describe('buildCompareView', () => {
	test('puts CBC’s and BBC’s “Let me be clear…” on one row with its sentence around it', () => {
		const view = buildCompareView(story, 'cbc', 'bbc');
		expect(view.nameA).toBe('CBC News');
		expect(view.aligned).toBe(sharedGroups('cbc', 'bbc'));
		// The count of shared passages leads; moved passages and related wordings follow when there are any.
		expect(view.summary.split(',')[0]).toBe(
			view.aligned === 1 ? '1 shared passage' : `${view.aligned} shared passages`,
		);
		const row = view.rows.find(
			(r) =>
				r.type === 'aligned' &&
				r.diff.some((d) => d.op === 'equal' && d.a.includes('Let me be clear')),
		);
		if (row?.type !== 'aligned') throw new Error('no aligned "Let me be clear" row');
		// The passage is the whole unit, attribution included, so nothing of the sentence is left around it.
		expect(row.a.after).toBe('');
		expect(row.movedNote).toBeNull();
		expect(row.kind).toBe('near-verbatim');
		expect(row.share).toBeGreaterThanOrEqual(0.7);
		expect(row.why).toMatch(
			/^\d+ % of the weighted word sequence is shared .* Shared words: clear,/,
		);
		expect(row.kindMeaning).toMatch(/^Lightly edited: at least 75 %/);
	});

	test('never shows a reworded row under the threshold it names', () => {
		for (const [a, b] of articlePairs(story)) {
			for (const row of buildCompareView(story, a.id, b.id).rows) {
				if (row.type !== 'aligned' || row.kind !== 'reworded') continue;
				if (row.relation === 'related') {
					// This story is aligned on words alone: a related link stands on its overlap.
					expect(row.why).toMatch(/a related link needs 40 %/);
					expect(row.share! + 0.0005).toBeGreaterThanOrEqual(RELATED_MIN_OVERLAP);
				} else if (row.why.includes('(reworded from'))
					expect(row.share!).toBeGreaterThanOrEqual(REWORDED_MIN_OVERLAP);
				else expect(row.why).toMatch(/^(Meaning made up for the words|Matched through)/);
			}
		}
	});

	test('explains the semantic check only for a story aligned with it', () => {
		const reworded = (s: Story) =>
			articlePairs(s)
				.flatMap(([a, b]) => buildCompareView(s, a.id, b.id).rows)
				.find((r) => r.type === 'aligned' && r.kind === 'reworded');
		const onWords = reworded(story);
		if (onWords?.type !== 'aligned') throw new Error('no reworded row');
		expect(onWords.kindMeaning).not.toMatch(/meaning/);
		expect(onWords.why).not.toMatch(/meaning/);
		const checked = reworded({
			...story,
			alignment: { semanticCheck: true, encoder: 'an encoder' },
			groups: story.groups.map((g) => ({
				...g,
				pairs: g.pairs.map((p) => ({ ...p, meaningSimilarity: 0.9 })),
			})),
		});
		if (checked?.type !== 'aligned') throw new Error('no reworded row');
		expect(checked.kindMeaning).toMatch(/checked for meaning/);
		expect(checked.why).toMatch(/Meaning similarity 0\.90/);
	});

	test('labels text only one article has with that article', () => {
		const view = buildCompareView(story, 'ctv', 'ctv-web');
		const only = view.rows.filter((r) => r.type === 'only-b');
		expect(only.length).toBeGreaterThan(0);
		for (const row of only) {
			if (row.type === 'aligned') throw new Error('unreachable');
			expect(row.label).toBe('Only in CTV News (later capture)');
			expect(row.text.trim()).not.toBe('');
		}
	});

	test('says where a passage out of order stands in each article', () => {
		const view = buildCompareView(story, 'bbc', 'ctv-web');
		expect(view.moved).toBeGreaterThan(0);
		expect(view.summary).toMatch(
			new RegExp(
				`^${view.aligned} shared passages, ${view.moved} in a different place(, \\d+ related wordings?)?$`,
			),
		);
		const notes = view.rows.flatMap((r) =>
			r.type === 'aligned' && r.movedNote ? [r.movedNote] : [],
		);
		expect(notes).toHaveLength(view.moved);
		expect(notes[0]).toMatch(
			/^Told in a different order: (paragraph \d+ in BBC News, paragraph \d+ in CTV News \(later capture\)|both in paragraph \d+, but not after the same passages)$/,
		);
	});
});

describe('buildCompareView related rows', () => {
	const rows = articlePairs(story).flatMap(([a, b]) =>
		buildCompareView(story, a.id, b.id).rows.map((row) => ({ a: a.id, b: b.id, row })),
	);
	const related = rows.flatMap(({ a, b, row }) =>
		row.type === 'aligned' && row.relation === 'related' ? [{ a, b, row }] : [],
	);

	test('shows every related link of the story once, on the page of its two articles', () => {
		expect(related.length).toBe(story.related.length);
		expect(new Set(related.map((r) => r.row.anchor))).toEqual(
			new Set(story.related.map((r) => r.id)),
		);
	});

	test('counts related rows apart from shared passages and says what they are', () => {
		const { a, b } = related[0]!;
		const view = buildCompareView(story, a, b);
		const groupRows = view.rows.filter((r) => r.type === 'aligned' && r.relation === 'group');
		expect(view.aligned).toBe(groupRows.length);
		expect(view.related).toBeGreaterThan(0);
		expect(view.summary).toMatch(/, \d+ related wordings?$/);
		for (const { row } of related) {
			expect(row.groupId).toBeNull();
			expect(row.relatedNote).toMatch(
				/^Related wording: paragraph \d+ in .+, paragraph \d+ in .+, not one passage group$/,
			);
			expect(row.movedNote).toBeNull();
			expect(row.why).toMatch(/^Related, not one passage: /);
		}
	});

	test('links a wording in no group to its paragraph, and a grouped one to its passage', () => {
		for (const { row } of related) {
			for (const side of [row.a, row.b]) {
				if (side.passageId === null)
					expect(side.contextHref).toMatch(/\/articles\/[^/]+\/#para-\d+$/);
				else expect(side.contextHref).toMatch(new RegExp(`#${side.passageId}$`));
			}
		}
		expect(related.some(({ row }) => row.a.passageId === null || row.b.passageId === null)).toBe(
			true,
		);
	});

	test('orients the link and its differences from the page’s first article', () => {
		for (const { a, row } of related) {
			const link = story.related.find((r) => r.id === row.anchor)!;
			const [own, other] = link.a.articleId === a ? [link.a, link.b] : [link.b, link.a];
			const article = story.articles.find((x) => x.id === a)!;
			const textA = row.diff.flatMap((d) => (d.op === 'insert' ? [] : [d.a])).join('');
			expect(textA).toBe(article.text.slice(own.start, own.end));
			expect(row.b.passageId).toBe(other.passageId);
		}
	});
});

describe('buildCompareView restatement rows', async () => {
	// The seed story checked for meaning, where BBC's opening sums up the allegation (the real
	// encoder; a cache of its own keeps reruns fast).
	const seed = readStoryFolder(SEED_DIR);
	const cache = path.join(ROOT, 'node_modules/.cache/same-story/meaning-test/seed-compare.json');
	const { vectors } = await embedTexts(listStoryUnitTexts(seed), cache);
	const checked = buildStory({ ...seed, meaning: { encoder: ENCODER, vectors } });

	test('labels a restatement, names the paragraph it sums up and explains the rule', () => {
		const view = buildCompareView(checked, 'cbc', 'bbc');
		const rows = view.rows.filter(
			(r) => r.type === 'aligned' && r.relatedNote?.startsWith('Restatement:'),
		);
		expect(rows).toHaveLength(1);
		const row = rows[0]!;
		if (row.type !== 'aligned') throw new Error('not an aligned row');
		expect(row.relation).toBe('related');
		expect(row.relatedNote).toMatch(
			/^Restatement: BBC News's opening \(paragraph 2\) sums up what it reports in paragraph \d+, which shares a passage group with CBC News's wording$/,
		);
		expect(row.why).toMatch(/^A restatement: an article's opening often sums up/);
		// Its own words fall short of the reworded rules: it stands through its group.
		expect(row.throughGroup).toBe(true);
		expect(row.b.passageId).toBeNull();
	});
});

describe('comparePairLinks', () => {
	test('lists every pair of the seed story, most shared passages first', () => {
		const links = comparePairLinks(story);
		expect(links).toHaveLength(10);
		const shared = links.map((l) => l.shared);
		expect(shared).toEqual([...shared].sort((x, y) => y - x));
		expect(links.find((l) => l.a === 'cbc' && l.b === 'bbc')).toMatchObject({
			label: 'CBC News and BBC News',
			shared: sharedGroups('cbc', 'bbc'),
		});
	});

	test('lists no pairs for a story of more than twelve articles', () => {
		const many = { ...story, articles: Array.from({ length: 13 }, () => story.articles[0]!) };
		expect(comparePairLinks(many)).toEqual([]);
	});
});

describe('quoteMarks', () => {
	test('names the speaker of a quotation in a span and links to its ledger entry, once', () => {
		const q = story.quotes.find((x) => x.form !== 'scare' && x.speaker && x.utteranceId)!;
		const marks = quoteMarks(story, q.articleId, q.start, q.end);
		expect(marks).toEqual([
			{ label: `Quotes ${q.speaker}`, href: expect.stringContaining(`#${q.utteranceId}`) },
		]);
	});

	test('finds none outside every quotation and none for scare quotes', () => {
		const scare = story.quotes.find((x) => x.form === 'scare');
		if (scare) {
			const marks = quoteMarks(story, scare.articleId, scare.start, scare.end);
			expect(marks.every((m) => !m.href.endsWith(`#${scare.utteranceId}`))).toBe(true);
		}
		expect(quoteMarks(story, story.articles[0]!.id, 0, 0)).toEqual([]);
	});
});

describe('explainGroupLinks', () => {
	const group = story.groups.find((g) => g.passageIds.length >= 3)!;
	const [first, second] = group.passageIds as [string, string];
	const isPair = (p: { a: string; b: string }) =>
		(p.a === first && p.b === second) || (p.a === second && p.b === first);

	test('is empty for a pair that stands on its own', () => {
		const own = {
			...story,
			groups: story.groups.map((g) =>
				g.id !== group.id
					? g
					: {
							...g,
							pairs: g.pairs.map((p) =>
								isPair(p)
									? { ...p, kind: 'reworded' as const, overlapSimilarity: 0.46, direct: true }
									: p,
							),
						},
			),
		};
		expect(explainGroupLinks(own, group.id, first, second)).toBe('');
	});

	test('names, for a pair no rule links alone, each side’s link through a third wording', () => {
		const joined: Story = {
			...story,
			groups: story.groups.map((g) =>
				g.id !== group.id
					? g
					: {
							...g,
							pairs: g.pairs.map((p) =>
								isPair(p)
									? {
											...p,
											kind: 'reworded' as const,
											overlapSimilarity: 0.1,
											meaningSimilarity: 0.2,
											direct: false,
										}
									: { ...p, kind: 'near-verbatim' as const, sequenceSimilarity: 0.8 },
							),
						},
			),
		};
		const text = explainGroupLinks(joined, group.id, first, second);
		expect(text).toMatch(
			/^In the group, .+ matches .+: Lightly edited · 80 % shared; .+ matches .+: Lightly edited · 80 % shared\.$/,
		);
	});
});
