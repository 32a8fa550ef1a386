import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import {
	buildRelatedWordings,
	buildWordings,
	passageHeading,
} from '../../src/view/passage-view.ts';
import { getGroup } from '../../src/view/story-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('buildWordings', () => {
	test('lists every wording of every group, the fullest one without a match of its own', () => {
		for (const group of story.groups) {
			const wordings = buildWordings(story, group);
			expect(wordings.map((w) => w.passageId)).toEqual(group.passageIds);
			const fullest = wordings.filter((w) => w.passageId === group.referencePassageId);
			expect(fullest).toHaveLength(1);
			expect(fullest[0]!.match).toBeNull();
			expect(fullest[0]!.diff).toBeNull();
		}
	});

	test('shows each other wording against the fullest: its own words inserted, its text intact', () => {
		const group = story.groups.find((g) => g.passageIds.length >= 3)!;
		for (const w of buildWordings(story, getGroup(story, group.id))) {
			if (!w.diff) continue;
			const own = w.diff.map((d) => (d.op === 'delete' ? '' : d.b)).join('');
			expect(own).toBe(w.text);
			expect(w.match!.similarity).toBeGreaterThan(0);
			expect(w.leftOut).toEqual(
				w.diff.flatMap((d) => (d.op === 'delete' && d.a.trim() ? [d.a.trim()] : [])),
			);
		}
	});
});

describe('passageHeading', () => {
	test('marks a passage cut from inside a sentence with ellipses', () => {
		expect(passageHeading('leaving the Liberal caucus and will sit as an Independent')).toBe(
			'…leaving the Liberal caucus and will sit as an Independent…',
		);
		expect(passageHeading(', said the member,')).toBe('…said the member…');
	});

	test('leaves a whole sentence as it is, closing quotation mark included', () => {
		expect(passageHeading('“Mr. Speaker, I am in your hands.”')).toBe(
			'“Mr. Speaker, I am in your hands.”',
		);
		expect(passageHeading('Dong denied it.')).toBe('Dong denied it.');
	});
});

describe('buildRelatedWordings', () => {
	test('lists each related wording once, with every member it restates and its comparison row', () => {
		const listed = story.groups.flatMap((g) => buildRelatedWordings(story, g));
		const restated = listed.flatMap((v) => v.restates);
		const grouped = story.related.filter((r) => r.a.passageId !== null || r.b.passageId !== null);
		const bothGrouped = story.related.filter(
			(r) => r.a.passageId !== null && r.b.passageId !== null,
		);
		// A link between two groups shows on both groups' pages.
		expect(restated).toHaveLength(grouped.length + bothGrouped.length);
		for (const view of listed) {
			expect(view.restates.length).toBeGreaterThan(0);
			for (const m of view.restates) {
				const link = story.related.find((r) => r.id === m.id)!;
				const texts = [link.a, link.b].map((side) =>
					story.articles.find((a) => a.id === side.articleId)!.text.slice(side.start, side.end),
				);
				expect(texts).toContain(view.text);
				expect(m.href).toMatch(new RegExp(`/compare/[^/]+--[^/]+/#${m.id}$`));
				expect(m.linkText).toBe('Compare the two');
			}
		}
		for (const g of story.groups) {
			const texts = buildRelatedWordings(story, g).map((v) => `${v.otherLabel} ${v.text}`);
			expect(new Set(texts).size).toBe(texts.length);
		}
	});

	test('lists nothing for a group none of whose wordings is restated elsewhere', () => {
		const linked = new Set(story.related.flatMap((r) => [r.a.passageId, r.b.passageId]));
		const quiet = story.groups.find((g) => g.passageIds.every((id) => !linked.has(id)))!;
		expect(buildRelatedWordings(story, quiet)).toEqual([]);
	});
});
