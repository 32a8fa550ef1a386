import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { STORY_TABLES, storyTableCsv } from '../../src/export/story-tables.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('storyTableCsv', () => {
	test.each([
		[
			'passages',
			'passage_id,group_id,group_kind,article_id,outlet_id,start,end,sentences,text',
			() => story.passages.length,
		],
		[
			'groups',
			'group_id,order,kind,similarity,outlet_count,article_ids,passage_ids,shared_words,reference_text',
			() => story.groups.length,
		],
		[
			'related',
			'related_id,kind,similarity,overlap_similarity,meaning_similarity,article_a,passage_a,text_a,article_b,passage_b,text_b,shared_words,restates',
			() => story.related.length,
		],
		[
			'quotes',
			'quote_id,utterance_id,article_id,outlet_id,form,speaker,speaker_as_written,verb,confidence,start,end,text',
			() => story.quotes.length,
		],
		[
			'differences',
			'difference_id,kind,topic,relation,group_id,outlet_id,article_id,value,amount,low,high,qualifier,unit,noun,start,end,exact_words,also_in',
			() => story.differences.reduce((n, d) => n + d.sides.length, 0),
		],
	] as const)(
		'writes the %s table with its header and one row per item',
		(table, header, count) => {
			const csv = storyTableCsv(story, table);
			expect(csv.startsWith(`\ufeff${header}\r\n`)).toBe(true);
			// Quoted fields may hold line breaks; rows are counted by CRLF outside quotes.
			const rows = csv
				.slice(1)
				.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)
				.filter(Boolean);
			expect(rows.length - 1).toBe(count());
		},
	);

	test('quotes passage text exactly, with its commas and quotation marks', () => {
		const csv = storyTableCsv(story, 'quotes');
		expect(csv).toContain(',"Mr. Speaker, I am in your hands as to what happens next."\r\n');
	});

	test('writes an empty value for a related wording in no group', () => {
		const free = story.related.find((r) => r.a.passageId === null || r.b.passageId === null);
		expect(free).toBeDefined();
		const row = storyTableCsv(story, 'related')
			.split('\r\n')
			.find((line) => line.startsWith(`${free!.id},`))!;
		expect(row).toMatch(
			free!.a.passageId === null ? /^r-[^,]+,[^,]+,[^,]+,[^,]+,[^,]*,[^,]+,,/ : /,,/,
		);
	});

	test('covers every table it names', () => {
		expect([...STORY_TABLES]).toEqual(['passages', 'groups', 'related', 'quotes', 'differences']);
	});
});
