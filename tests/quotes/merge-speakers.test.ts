import { describe, expect, test } from 'vitest';
import { mergeSpeakers } from '../../src/quotes/merge-speakers.ts';
import type { ExtractedQuote, SpeakerKind } from '../../src/schemas/quotes.ts';

let n = 0;
/** A quotation attributed to `speaker`, named in the article as `speakerText`. */
const quote = (
	speaker: string,
	speakerText: string,
	kind: SpeakerKind = 'person',
): ExtractedQuote => ({
	id: `q-a-${++n}`,
	articleId: `a${n}`,
	start: 0,
	end: 1,
	form: 'full',
	speakerText,
	speaker,
	speakerKind: kind,
	confidence: 1,
	verb: 'said',
	continued: false,
});

describe('mergeSpeakers', () => {
	test('merges names with one surname and one first name, and a bare surname, listing the variants', () => {
		const { quotes, speakers } = mergeSpeakers([
			quote('Dave Gaskin', 'Police spokesman Dave Gaskin'),
			quote('Gaskin', 'Inspector Gaskin'),
			quote('Gaskin', 'Mr Gaskin'),
			quote('Duncan Robert Rait', 'Duncan Robert Rait'),
			quote('Duncan Rait', 'Duncan Rait'),
			quote('Van Rompuy', 'Van Rompuy'),
			quote('Herman Van Rompuy', 'European Union President Herman Van Rompuy'),
		]);
		expect(quotes.map((q) => q.speaker)).toEqual([
			'Dave Gaskin',
			'Dave Gaskin',
			'Dave Gaskin',
			'Duncan Robert Rait',
			'Duncan Robert Rait',
			'Herman Van Rompuy',
			'Herman Van Rompuy',
		]);
		expect(speakers.find((s) => s.name === 'Dave Gaskin')?.variants).toEqual([
			'Dave Gaskin',
			'Gaskin',
			'Inspector Gaskin',
			'Mr Gaskin',
			'Police spokesman Dave Gaskin',
		]);
	});

	test('never merges by surname alone when two people share it, unless a title tells which', () => {
		const { quotes } = mergeSpeakers([
			quote('Han Tao', 'Consul General Han Tao'),
			quote('Li Tao', 'Trade Minister Li Tao'),
			quote('Tao', 'Mr Tao'),
			quote('Tao', 'Consul General Tao'),
		]);
		expect(quotes.map((q) => q.speaker)).toEqual(['Han Tao', 'Li Tao', 'Tao', 'Han Tao']);
	});

	test('keeps people with one surname and different first names apart', () => {
		const { speakers } = mergeSpeakers([
			quote('Charlie Kafoury', 'Charlie Kafoury'),
			quote('Charlene Kafoury', 'Charlene Kafoury'),
		]);
		expect(speakers.map((s) => s.name)).toEqual(['Charlene Kafoury', 'Charlie Kafoury']);
	});

	test('merges an organisation written in full and by its head noun, and leaves descriptions alone', () => {
		const { speakers } = mergeSpeakers([
			quote('New Zealand Police', 'New Zealand Police', 'organisation'),
			quote('Police', 'police', 'organisation'),
			quote('A defence spokesperson', 'a defence spokesperson', 'description'),
			quote('A police spokesperson', 'a police spokesperson', 'description'),
		]);
		expect(speakers.map((s) => [s.name, s.kind])).toEqual([
			['A defence spokesperson', 'description'],
			['A police spokesperson', 'description'],
			['New Zealand Police', 'organisation'],
		]);
	});
});
