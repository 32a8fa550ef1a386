import { describe, expect, test } from 'vitest';
import {
	contentWeights,
	findMainNames,
	isAttribution,
	markNames,
	prepare,
} from '../../src/align/prepare.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { article } from '../helpers/articles.ts';

const articles = [
	article('a', 'Officials said the mayor met Ruiz in Harbourton. The bridge closes in May.'),
	article('b', 'The mayor met engineer Ruiz on Monday. Harbourton residents were told.'),
	article('c', 'A closure was announced by Ruiz and the council.'),
];

describe('prepare', () => {
	test('cuts each article into units in id order, each knowing its sentence', () => {
		const prepared = prepare([...articles].reverse());
		expect(prepared.map((a) => a.id)).toEqual(['a', 'b', 'c']);
		expect(prepared[0]!.units.map((u) => u.sentence)).toEqual([0, 1]);
	});

	test('gives every unit the content words of its whole sentence', () => {
		const [data] = prepare([
			article(
				'a',
				'Crews closed the pass for two days; the road reopened on Friday morning. Snow fell.',
			),
		]);
		const units = data!.units;
		expect(units.map((u) => u.sentence)).toEqual([0, 0, 1]);
		// crews, closed, pass, days, road, reopened, friday, morning ("two" is a stop word); snow, fell.
		expect(units.map((u) => u.sentenceWords)).toEqual([8, 8, 2]);
	});
});

describe('isAttribution', () => {
	/** Whether the clause `clause` of `text` only leads into a quotation. */
	const check = (text: string, clause: string) => {
		const start = text.indexOf(clause);
		const span = { start, end: start + clause.length };
		return isAttribution(text, span, tokenize(text, span.start, span.end));
	};

	test('finds a clause that leads into a quotation', () => {
		const lead = 'The head of the union, Maria Olsen, said: "We will not accept it."';
		expect(check(lead, 'The head of the union, Maria Olsen, said:')).toBe(true);
		const comma = 'Maria Olsen, head of the union, told reporters, "We will not accept it."';
		expect(check(comma, 'Maria Olsen, head of the union, told reporters,')).toBe(true);
	});

	test('leaves clauses that say something of their own', () => {
		const text = 'The union rejected the contract on Monday, Maria Olsen said, and will strike.';
		expect(check(text, 'The union rejected the contract on Monday, Maria Olsen said,')).toBe(false);
		const noVerb = 'The head of the union, Maria Olsen: "We will not accept it."';
		expect(check(noVerb, 'The head of the union, Maria Olsen:')).toBe(false);
	});
});

describe('prepare marking attributions', () => {
	test('marks the words of a clause that only attributes a quotation, and no others', () => {
		const [prepared] = prepare([
			article(
				'a',
				'The head of the union, Maria Olsen, said: "Our members will not accept the new contract terms."',
			),
		]);
		const marked = prepared!.units.map((u) => u.tokens.some((t) => t.attribution));
		expect(marked).toEqual([true, false]);
	});
});

describe('contentWeights', () => {
	test('weighs a word in fewer units more', () => {
		const weights = contentWeights(prepare(articles).flatMap((a) => a.units));
		expect(weights.get('ruiz')!).toBeLessThan(weights.get('bridg') ?? weights.get('bridge')!);
	});
});

describe('findMainNames', () => {
	test('finds names written capitalised inside sentences in most articles', () => {
		const names = findMainNames(prepare(articles));
		expect(names.has('ruiz')).toBe(true);
		// Harbourton opens its sentence in one of its two articles, so it counts in one only.
		expect(names.has('harbourton')).toBe(false);
		expect(names.has('mayor')).toBe(false);
	});
});

describe('markNames', () => {
	const marks = (text: string) => {
		const tokens = tokenize(text);
		markNames(text, tokens);
		return tokens.filter((t) => t.name !== undefined).map((t) => `${t.norm}@${t.name}`);
	};

	test('gives every content word of a name the offset where the name starts', () => {
		const text = 'Police said German Chancellor Angela Merkel spoke to the United Nations.';
		const merkel = text.indexOf('German');
		const un = text.indexOf('United');
		expect(marks(text)).toEqual([
			`german@${merkel}`,
			`chancellor@${merkel}`,
			`angela@${merkel}`,
			`merkel@${merkel}`,
			`united@${un}`,
			`nations@${un}`,
		]);
	});

	test('counts a sentence’s first word only when a capitalised word follows it', () => {
		expect(marks('Angela Merkel spoke.')).toEqual(['angela@0', 'merkel@0']);
		expect(marks('Police spoke to Merkel.')).toEqual([`merkel@${'Police spoke to '.length}`]);
	});
});
