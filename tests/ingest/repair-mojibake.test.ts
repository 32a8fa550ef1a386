import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../../src/ingest/decode-text.ts';
import { repairMojibake } from '../../src/ingest/repair-mojibake.ts';
import { seedBytes } from '../helpers/seeds.ts';

/** What a UTF-8 string looks like after its bytes are decoded as Windows-1252 (one layer of mojibake). */
const mojibake = (text: string): string =>
	new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));

/** One line of a seed capture, found by a phrase it contains. */
function seedLine(prefix: string, phrase: string): string {
	const text = decodeText(seedBytes(prefix), `${prefix}.txt`).text;
	const line = text.split('\n').find((l) => l.includes(phrase));
	if (line === undefined) throw new Error(`no line of seed ${prefix} contains "${phrase}"`);
	return line;
}

/**
 * Words of correct text for the properties. Chosen so that both properties hold by the
 * module's documented rules:
 * - Every non-ASCII character is one whose mojibake the module documents as plausible
 *   (U+00A0–U+017F, Greek U+0391–U+03C9, Cyrillic U+0410–U+044F, punctuation, currency and
 *   letterlike symbols, emoji), so it can be restored.
 * - No word ends in a character whose UTF-8 is [C4–DF][80–9F] (ł, ę, ς, я, т…): at the end of
 *   a word, before a space, that mojibake is deliberately left alone (it could be correct
 *   all-caps text such as “JÄÄ”), so such a word cannot round-trip. (See the known bug about
 *   word-final Cyrillic below.)
 * - No word ends in Â, Ã, Ä, Å, Î, Ï, Ð, Ñ or â: before a guillemet or no-break space those
 *   are read as mojibake (see the known bug about »JÄÄ» below).
 * - No dagger (†): inside a “quotation” the module restores it as a lost closing quote.
 */
const WORDS = [
	'Québec',
	'Montréal',
	'naïve',
	'façade',
	'São',
	'Paulo',
	'Größe',
	'Straße',
	'Zürich',
	'Ålesund',
	'Kraków',
	'Łódź',
	'Gdańsk',
	'Wałęsa',
	'Dvořák',
	'Škoda',
	'İstanbul',
	'œuvre',
	'cœur',
	'Æsir',
	'Ærø',
	'Þórshöfn',
	'fjörð',
	'über',
	'déjà',
	'résumé',
	'Noël',
	'Citroën',
	'España',
	'niño',
	'Ñandú',
	'Ångström',
	'Malmö',
	'crème',
	'brûlée',
	'ÉTÉ',
	'CAFÉ',
	'JÄÄKIEKKO',
	'GRÖSSE',
	'Señor',
	'Ελλάδα',
	'Αθήνα',
	'καλημέρα',
	'νέα',
	'Κρήτη',
	'Москва',
	'газета',
	'новости',
	'правда',
	'Оттава',
	'Канада',
	'50 °C',
	'£5',
	'€10',
	'©2024',
	'½',
	'cup',
	'№ 5',
	'±2',
	'§3',
	'™',
	'¡Olé!',
	'¿Qué?',
	'Dong',
	'caucus',
	'MP',
	'said',
	'the',
	'Liberal',
	'it’s',
	'we’ll',
	'😀',
];
const SEPARATORS = [
	' ',
	', ',
	'. ',
	' – ',
	' — ',
	'… ',
	'’',
	' «',
	'» ',
	'« ',
	' »',
	' “',
	'” ',
	'“',
	'”',
	' ‘',
	'’ ',
	' (',
	') ',
	': ',
	'; ',
	'\u00a0',
	'! ',
	'? ',
	' / ',
	'-',
	' • ',
];
const correctText = fc
	.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), {
		minLength: 1,
		maxLength: 12,
	})
	.map((pairs) => pairs.map(([word, sep]) => word + sep).join(''));

describe('repairMojibake', () => {
	describe('single-layer mojibake', () => {
		test('repairs an apostrophe read as Windows-1252, reporting one repair', () => {
			expect(repairMojibake('itâ€™s')).toEqual({
				text: 'it’s',
				repairs: [{ index: 2, original: 'â€™', replacement: '’', rule: 'mojibake' }],
			});
		});

		test('repairs an accented letter', () => {
			expect(repairMojibake('cafÃ©')).toEqual({
				text: 'café',
				repairs: [{ index: 3, original: 'Ã©', replacement: 'é', rule: 'mojibake' }],
			});
		});

		test('repairs a no-break space garbled into Â and a no-break space', () => {
			expect(repairMojibake('PrimeÂ\u00a0Minister')).toEqual({
				text: 'Prime\u00a0Minister',
				repairs: [{ index: 5, original: 'Â\u00a0', replacement: '\u00a0', rule: 'mojibake' }],
			});
		});

		test('repairs several runs on one line, giving each its offset in the input', () => {
			expect(repairMojibake('Ã‰tÃ© Ã\u00a0 MontrÃ©al')).toEqual({
				text: 'Été à Montréal',
				repairs: [
					{ index: 0, original: 'Ã‰', replacement: 'É', rule: 'mojibake' },
					{ index: 3, original: 'Ã©', replacement: 'é', rule: 'mojibake' },
					{ index: 6, original: 'Ã\u00a0', replacement: 'à', rule: 'mojibake' },
					{ index: 14, original: 'Ã©', replacement: 'é', rule: 'mojibake' },
				],
			});
		});

		test.each([
			['â€œquotedâ€\u009d', '“quoted”'],
			['â€˜singleâ€™', '‘single’'],
			['one â€” two', 'one — two'],
			['2018â€“2021', '2018–2021'],
			['waitâ€¦', 'wait…'],
			['â‚¬5', '€5'],
			['Â£5', '£5'],
			['50Â°C', '50°C'],
			['Â©2024', '©2024'],
			['Â½ cup', '½ cup'],
			['Â«cafÃ©Â»', '«café»'],
			['MontrÃ©al, QuÃ©bec', 'Montréal, Québec'],
			['naÃ¯ve faÃ§ade', 'naïve façade'],
			['GrÃ¶ÃŸe', 'Größe'],
			['SÃ£o Paulo', 'São Paulo'],
			['CAFÃ‰ ', 'CAFÉ '],
			['Ã‰TÃ‰', 'ÉTÉ'],
			['gÅ‚os', 'głos'],
			['Wa\u0142Ä™sa', 'Wałęsa'],
			['Î•Î»Î»Î¬Î´Î±', 'Ελλάδα'],
			['ÐœÐ¾Ñ\u0081ÐºÐ²Ð°', 'Москва'],
			['ðŸ˜€', '😀'],
			['â„¢', '™'],
		])('repairs %j to %j', (input, expected) => {
			const result = repairMojibake(input);
			expect(result.text).toBe(expected);
			expect(result.repairs.length).toBeGreaterThan(0);
			expect(result.repairs.every((r) => r.rule === 'mojibake')).toBe(true);
		});

		test('agrees with the test helper on what the mojibake of those strings looks like', () => {
			expect(mojibake('“quoted”')).toBe('â€œquotedâ€\u009d');
			expect(mojibake('Москва')).toBe('ÐœÐ¾Ñ\u0081ÐºÐ²Ð°');
			expect(mojibake('Ελλάδα')).toBe('Î•Î»Î»Î¬Î´Î±');
			expect(mojibake('😀')).toBe('ðŸ˜€');
		});

		test('repairs text that went through a Latin-1 decoder (C1 controls instead of Windows-1252 punctuation)', () => {
			expect(repairMojibake('it\u00e2\u0080\u0099s')).toEqual({
				text: 'it’s',
				repairs: [{ index: 2, original: '\u00e2\u0080\u0099', replacement: '’', rule: 'mojibake' }],
			});
		});

		// Known bug: U+FEFF is listed as plausible, but readSequence decodes EF BB BF with a
		// TextDecoder that strips a leading byte-order mark (ignoreBOM is not set), gets '' and
		// rejects it, so the mojibake of a byte-order mark, 'ï»¿', is never repaired.
		test('repairs the mojibake of a byte-order mark (ï»¿)', () => {
			expect(mojibake('\ufeffBOM')).toBe('ï»¿BOM');
			expect(repairMojibake('ï»¿BOM')).toEqual({
				text: '\ufeffBOM',
				repairs: [{ index: 0, original: 'ï»¿', replacement: '\ufeff', rule: 'mojibake' }],
			});
		});

		test('leaves mojibake of characters it does not find plausible (CJK, Hebrew)', () => {
			expect(repairMojibake('ä¸­æ–‡')).toEqual({ text: 'ä¸­æ–‡', repairs: [] });
			expect(repairMojibake('×©×œ×•×')).toEqual({ text: '×©×œ×•×', repairs: [] });
		});

		test('leaves a C1 control that a repair would produce (Â followed by U+0085)', () => {
			expect(repairMojibake('Â\u0085')).toEqual({ text: 'Â\u0085', repairs: [] });
		});

		test('leaves a lone lead character and an incomplete sequence', () => {
			expect(repairMojibake('Ã')).toEqual({ text: 'Ã', repairs: [] });
			expect(repairMojibake('â€ and')).toEqual({ text: 'â€ and', repairs: [] });
		});

		test('leaves a capital accented letter before a closing quote at the end of a word (“JÄÄ”)', () => {
			expect(repairMojibake('“JÄÄ”')).toEqual({ text: '“JÄÄ”', repairs: [] });
			// The same bytes inside a word are mojibake: Ä” is the UTF-8 of Ĕ.
			expect(repairMojibake('JÄ”X').text).toBe('JĔX');
		});

		test('repairs word-final mojibake whose second byte is a low quote ("Michał")', () => {
			expect(repairMojibake('MichaÅ‚ went').text).toBe('Michał went');
		});
	});

	describe('repeated encoding', () => {
		test('repairs double-encoded text in repeated passes, listing the first pass before the second', () => {
			expect(mojibake(mojibake('it’s'))).toBe('itÃ¢â‚¬â„¢s');
			expect(repairMojibake('itÃ¢â‚¬â„¢s')).toEqual({
				text: 'it’s',
				repairs: [
					{ index: 2, original: 'Ã¢', replacement: 'â', rule: 'mojibake' },
					{ index: 4, original: 'â‚¬', replacement: '€', rule: 'mojibake' },
					{ index: 7, original: 'â„¢', replacement: '™', rule: 'mojibake' },
					{ index: 2, original: 'â€™', replacement: '’', rule: 'mojibake' },
				],
			});
		});

		test.each([
			['cafÃƒÂ©', 'café'],
			['Ã¢â‚¬Å“Hello', '“Hello'],
			['Ã¢â‚¬â€\u009d and', '— and'],
			['waitÃ¢â‚¬Â¦', 'wait…'],
			['MontrÃƒÂ©al', 'Montréal'],
		])('repairs the double-encoded %j to %j', (input, expected) => {
			expect(repairMojibake(input).text).toBe(expected);
		});

		test('repairs an apostrophe encoded three times over', () => {
			const triple = mojibake(mojibake(mojibake('’')));
			expect(triple).toBe('ÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢');
			const result = repairMojibake(triple);
			expect(result.text).toBe('’');
			expect(result.repairs).toHaveLength(12);
		});

		// Known bug: WHATWG's Windows-1252 decoder turns the 9D byte of ” (E2 80 9D) into U+009D, so the
		// first layer of mojibake holds "â€\u009d"; encoded again, U+009D becomes "Â\u009d", which the
		// module never repairs because U+009D is outside its plausible range (U+00A0–U+017F). Every
		// double-encoded closing quote is left as "â€Â\u009d" (with an invisible C1 control) while the
		// rest of the line is repaired.
		test.fails('repairs a double-encoded closing quotation mark', () => {
			expect(mojibake(mojibake('he said “yes” today'))).toBe(
				'he said Ã¢â‚¬Å“yesÃ¢â‚¬Â\u009d today',
			);
			// Actual: 'he said “yesâ€Â\u009d today'.
			expect(repairMojibake('he said Ã¢â‚¬Å“yesÃ¢â‚¬Â\u009d today').text).toBe(
				'he said “yes” today',
			);
		});

		// Known bug: the pass loop allows four layers, but a third layer of "é" cannot be undone:
		// its second layer "ÃƒÂ©" holds ƒ (U+0192, Windows-1252 byte 83), whose mojibake "Æ’" is
		// outside the plausible range (U+00A0–U+017F), so the repair stops half-way at "cafÃÆ’©".
		test.fails('repairs an accented letter encoded three times over', () => {
			const triple = mojibake(mojibake(mojibake('café')));
			expect(triple).toBe('cafÃƒÆ’Ã‚Â©');
			expect(repairMojibake(triple).text).toBe('café');
		});
	});

	describe('lost closing quotes', () => {
		test('restores the closing quote and space of seed 003’s “witting affiliate†of', () => {
			const line = seedLine('003_', 'witting affiliate');
			expect(line).toContain('“witting affiliate†of Chinese');
			const result = repairMojibake(line);
			expect(result.text).toBe(
				'Last month, Global News also reported Dong was preferred by Beijing over another Chinese Canadian Liberal, and that he was a “witting affiliate” of Chinese interference networks.',
			);
			expect(result.repairs).toEqual([
				{ index: 143, original: '†', replacement: '” ', rule: 'lost-closing-quote' },
			]);
			// The repaired line is the same sentence as in CTV’s own capture (seed 000).
			expect(result.text).toBe(seedLine('000_', 'witting affiliate'));
		});

		test('restores the quote before a speech tag in seed 003 (“…you,†Dong said)', () => {
			const result = repairMojibake(seedLine('003_', 'as false as the ones'));
			expect(result.text).toBe(
				'“The allegations made against me are as false as the ones made against you,” Dong said, referring to Kovrig and Spavor in his remarks.',
			);
			expect(result.repairs).toEqual([
				{ index: 75, original: '†', replacement: '” ', rule: 'lost-closing-quote' },
			]);
		});

		test('restores the quote alone, without a space, when no word follows', () => {
			expect(repairMojibake('“Yes† he said')).toEqual({
				text: '“Yes” he said',
				repairs: [{ index: 4, original: '†', replacement: '”', rule: 'lost-closing-quote' }],
			});
			expect(repairMojibake('“Yes†').text).toBe('“Yes”');
			expect(repairMojibake('“Yes†.').text).toBe('“Yes”.');
		});

		test('adds the space before a digit too', () => {
			expect(repairMojibake('“Top†5 lists').text).toBe('“Top” 5 lists');
		});

		test('leaves a dagger used as a footnote mark, with no open quotation', () => {
			expect(repairMojibake('The figure was later revised.† See the note below.')).toEqual({
				text: 'The figure was later revised.† See the note below.',
				repairs: [],
			});
		});

		test('leaves a dagger after a quotation that was already closed', () => {
			expect(repairMojibake('He called it “false”† and left.')).toEqual({
				text: 'He called it “false”† and left.',
				repairs: [],
			});
		});

		test('leaves a dagger whose quotation opened on an earlier line', () => {
			expect(repairMojibake('“Open quote\nthen a footnote† here').repairs).toEqual([]);
		});

		test('closes one quotation with one dagger, leaving a second dagger alone', () => {
			expect(repairMojibake('“a†b† c')).toEqual({
				text: '“a” b† c',
				repairs: [{ index: 2, original: '†', replacement: '” ', rule: 'lost-closing-quote' }],
			});
		});

		// Known bug: TextRepair.index is documented as the offset in the input, but lost-closing-quote
		// repairs report the offset in the output built so far. After a first repair has inserted a
		// space, the second dagger of '“a†b “c†d' (input offset 7) is reported at 8, which is "d".
		test('reports each lost closing quote at its offset in the input', () => {
			const result = repairMojibake('“a†b “c†d');
			expect(result.text).toBe('“a” b “c” d');
			expect(result.repairs.map((r) => r.index)).toEqual([2, 7]);
		});
	});

	describe('seed 003', () => {
		test('repairs the â€™ after the garbled outlet name, and also reads its Ã½ as ý', () => {
			const line = seedLine('003_', 'With files from');
			expect(line.startsWith('With files from Â鶹´«Ã½â€™ Senior Digital')).toBe(true);
			const result = repairMojibake(line);
			// The run after 鶹 is ´«Ã½â€™ (bytes B4 AB C3 BD E2 80 99): B4 and AB start nothing, C3 BD is
			// a valid sequence for the plausible ý, and E2 80 99 is ’. So the apostrophe is restored and
			// the outlet name, garbage either way, changes from Â鶹´«Ã½ to Â鶹´«ý.
			expect(result.text).toBe(
				'With files from Â鶹´«ý’ Senior Digital Parliamentary Reporter Rachel Aiello and CTV National News Producer Rachel Hanes\u00a0',
			);
			expect(result.repairs).toEqual([
				{ index: 20, original: 'Ã½', replacement: 'ý', rule: 'mojibake' },
				{ index: 22, original: 'â€™', replacement: '’', rule: 'mojibake' },
			]);
		});

		test('makes nine repairs over the whole capture, and none over the clean captures', () => {
			const count = (prefix: string): number =>
				decodeText(seedBytes(prefix), 'seed.txt')
					.text.split('\n')
					.reduce((n, line) => n + repairMojibake(line).repairs.length, 0);
			expect(count('003_')).toBe(9);
			expect(['000_', '001_', '002_', '004_'].map(count)).toEqual([0, 0, 0, 0]);
		});
	});

	describe('correct text', () => {
		test.each([
			'Québec',
			'Montréal',
			'naïve',
			'façade',
			'São Paulo',
			'Größe',
			'Straße”',
			'“JÄÄ”',
			'ÉTÉ…',
			'«café»',
			'« ÉTÉ »',
			'Ελλάδα',
			'Москва',
			'50 °C',
			'£5',
			'©2024',
			'½ cup',
			'it’s',
			'“quoted”',
			'‘single’',
			'— dashes – and… ellipses',
			'¡Olé! ¿Qué?',
			'Ærø, Þórshöfn, fjörð',
			'Zürich’s “Größe”—naïve…',
			'Montréal, Québec: « La façade », 50 °C, £5 — ©2024',
			'Sousa: “I’m confident… we’ll have a better understanding,” he said.',
			'“JÄÄ” – ÉTÉ… «café» ½ cup, it’s 50 °C in São Paulo (Größe/Straße”)',
			'Ελλάδα, Москва, Québec — “quoted” ©2024 £5',
			'CAFÉ”, RÉSUMÉ…, NAÏVE—, GRÖSSE’',
			'The figure was revised.† See note.',
			'emoji 😀 and ™ and € and № 5',
		])('leaves %j unchanged with no repairs', (text) => {
			expect(repairMojibake(text)).toEqual({ text, repairs: [] });
		});

		// Known bug: the rule that protects “JÄÄ” only covers a following byte of 80–9F (quotes,
		// dashes, ellipsis). A guillemet (» = BB, « = AB) or no-break space (A0) after a word-final
		// Ä or Å still forms valid UTF-8 for a plausible letter, so correct Finnish/Swedish/Danish
		// text is altered: '»JÄÄ»' becomes '»JÄĻ' (Ä» read as Ļ); likewise '»BLÅ«' → '»BLū'
		// and 'JÄÄ\u00a0on' → 'JÄĠon'.
		test('leaves an all-caps word ending in Ä inside guillemets unchanged (»JÄÄ»)', () => {
			expect(repairMojibake('»JÄÄ»')).toEqual({ text: '»JÄÄ»', repairs: [] });
		});
	});

	// Known bug: the word-final rule is meant for "a capital accented letter followed by a quote,
	// dash or ellipsis", but it tests the second byte for <= 0x9F, which also covers €, ƒ, ˆ, Š, Œ,
	// Ž, ™… So Cyrillic р–я (D1 80–8F) and Greek π–ω (CF 80–89) are never repaired at the end of a
	// word: 'Ð¼Ð¸Ñ€ ' (мир + space, where Ñ€ is р) comes back half-repaired as 'миÑ€ '.
	test('repairs Cyrillic mojibake at the end of a word (мир)', () => {
		expect(mojibake('мир ')).toBe('Ð¼Ð¸Ñ€ ');
		expect(repairMojibake('Ð¼Ð¸Ñ€ ').text).toBe('мир ');
	});

	describe('properties', () => {
		test('never alters correct text built from realistic words', () => {
			fc.assert(
				fc.property(correctText, (text) => {
					expect(repairMojibake(text)).toEqual({ text, repairs: [] });
				}),
				{ numRuns: 3000 },
			);
		});

		test('restores correct text from its Windows-1252 mojibake', () => {
			fc.assert(
				fc.property(correctText, (text) => {
					const garbled = mojibake(text);
					const result = repairMojibake(garbled);
					expect(result.text).toBe(text);
					expect(result.repairs.every((r) => r.rule === 'mojibake')).toBe(true);
					if (garbled !== text) expect(result.repairs.length).toBeGreaterThan(0);
				}),
				{ numRuns: 3000 },
			);
		});

		/** Characters that make up mojibake, so that arbitrary strings exercise the repair paths. */
		const cp1252High = Array.from({ length: 128 }, (_, i) =>
			new TextDecoder('windows-1252').decode(Uint8Array.of(0x80 + i)),
		);
		const mojibakeish = fc.string({
			unit: fc.constantFrom(
				...cp1252High,
				'a',
				'Z',
				' ',
				'.',
				'“',
				'”',
				'’',
				'\n',
				'é',
				'†',
				'\u0081',
				'\u009d',
			),
			maxLength: 40,
		});
		const arbitraryText = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 40 }),
			fc.string({ unit: 'grapheme', maxLength: 40 }),
			mojibakeish,
			correctText.map(mojibake),
			correctText.map((text) => mojibake(mojibake(text))),
		);

		test('is idempotent: repairing repaired text changes nothing', () => {
			// "â€†" inside an open quotation is excluded: see the known bug below.
			const input = arbitraryText.filter((text) => !text.includes('â€†'));
			fc.assert(
				fc.property(input, (text) => {
					const once = repairMojibake(text).text;
					expect(repairMojibake(once).text).toBe(once);
				}),
				{ numRuns: 3000 },
			);
		});

		// Known bug: the lost-closing-quote step runs after the last mojibake pass, and the ” it
		// restores can complete new mojibake: in '“xâ€†' the dagger becomes ”, giving 'â€”', the
		// mojibake of an em dash, which only a second call repairs ('“xâ€”' → '“x—').
		test('is idempotent when a restored closing quote completes mojibake', () => {
			const once = repairMojibake('“xâ€†').text;
			expect(repairMojibake(once).text).toBe(once);
		});

		test('never throws, and reports repairs exactly when it changes the text', () => {
			const withLoneSurrogates = fc.string({
				unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
				maxLength: 40,
			});
			fc.assert(
				fc.property(fc.oneof(arbitraryText, withLoneSurrogates), (text) => {
					const result = repairMojibake(text);
					expect(typeof result.text).toBe('string');
					expect(result.repairs.length === 0).toBe(result.text === text);
					for (const repair of result.repairs) {
						expect(['mojibake', 'lost-closing-quote']).toContain(repair.rule);
						if (repair.rule === 'mojibake')
							expect(repair.replacement.length).toBeLessThan(repair.original.length);
						else expect(repair.original).toBe('†');
					}
				}),
				{ numRuns: 3000 },
			);
		});
	});
});
