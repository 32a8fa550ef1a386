import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { buildCompareView, type CompareView } from '../../src/view/compare-view.ts';
import { overlapShare } from '../../src/view/overview-view.ts';
import { buildPairSummary, groupCompareRows, pairShare } from '../../src/view/pair-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('pairShare', () => {
	test('equals the overlap matrix for every pair of latest articles', () => {
		const latest = story.coverage.latestArticleIds.map((id) =>
			story.articles.find((a) => a.id === id)!,
		);
		for (const a of latest) {
			for (const b of latest) {
				if (a.id === b.id) continue;
				expect(pairShare(story, a.id, b.id)).toBe(overlapShare(story, a.outlet, b.outlet));
			}
		}
	});

	test('measures two captures of one article too, where the matrix does not', () => {
		const set = story.versions[0]!;
		const [first, later] = set.articleIds;
		expect(pairShare(story, first!, later!)).toBeGreaterThan(0.5);
	});
});

describe('buildPairSummary', () => {
	const [a, b] = ['cbc', 'global'];
	const view = buildCompareView(story, a, b);
	const summary = buildPairSummary(story, view, a, b);

	test('counts the shared passages by kind and the unshared ones by side', () => {
		expect(summary.aligned).toBe(view.aligned);
		expect(summary.kinds.reduce((n, k) => n + k.count, 0)).toBe(summary.aligned);
		expect(summary.onlyA + summary.onlyB).toBe(
			view.rows.filter((r) => r.type !== 'aligned').length,
		);
		expect(summary.onlyLabel).toContain(`${summary.onlyA} in CBC News`);
	});

	test('counts related wordings apart from the shared passages', () => {
		const relatedRows = view.rows.filter((r) => r.type === 'aligned' && r.relation === 'related');
		expect(summary.related).toBe(relatedRows.length);
		expect(summary.aligned + summary.related).toBe(
			view.rows.filter((r) => r.type === 'aligned').length,
		);
		expect(summary.relatedLabel).toMatch(/^related wordings? in different passage groups$/);
	});

	test('gives each direction’s share with what it measures', () => {
		expect(summary.shares.map((s) => s.label)).toEqual([
			'of CBC News’s words are also in Global News',
			'of Global News’s words are also in CBC News',
		]);
		expect(summary.shares[0]!.percent).toBe(
			`${Math.round(overlapShare(story, 'cbc', 'global') * 100)} %`,
		);
	});

	test('counts a difference only when its compared sides are the two articles', () => {
		const d = story.differences[0]!;
		expect(d).toBeDefined();
		const c = d.comparisons[0]!;
		const x = d.sides[c.a]!.articleId;
		const y = d.sides[c.b]!.articleId;
		expect(
			buildPairSummary(story, buildCompareView(story, x, y), x, y).differences,
		).toBeGreaterThan(0);
		const none = { ...story, differences: [] };
		expect(buildPairSummary(none, view, a, b).differences).toBe(0);
		expect(buildPairSummary(none, view, a, b).differencesLabel).toBe(
			'facts they state differently',
		);
	});
});

describe('groupCompareRows', () => {
	test('keeps every row, in order, and never puts two runs next to each other', () => {
		const view = buildCompareView(story, 'cbc', 'bbc');
		const blocks = groupCompareRows(view);
		const flat = blocks.flatMap((b): CompareView['rows'] =>
			b.type === 'aligned' ? [b.row] : b.rows,
		);
		expect(flat).toEqual(view.rows);
		blocks.forEach((block, i) => {
			if (block.type === 'run') expect(blocks[i + 1]?.type).not.toBe('run');
		});
	});

	test('labels a run by how many rows each side has', () => {
		const view: CompareView = {
			nameA: 'A',
			nameB: 'B',
			aligned: 0,
			moved: 0,
			related: 0,
			summary: '',
			rows: [
				{ type: 'only-a', label: 'Only in A', text: 'x' },
				{ type: 'only-a', label: 'Only in A', text: 'y' },
				{ type: 'only-b', label: 'Only in B', text: 'z' },
			],
		};
		const [run] = groupCompareRows(view);
		expect(run).toMatchObject({ type: 'run', label: '2 passages only in A, 1 only in B' });
		const single = groupCompareRows({ ...view, rows: view.rows.slice(2) });
		expect(single[0]).toMatchObject({ label: '1 passage only in B' });
	});
});
