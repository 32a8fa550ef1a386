import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { buildWordings } from '../../src/view/passage-view.ts';
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
