import { describe, expect, test } from 'vitest';
import { namesIn, readSpeaker } from '../../src/quotes/read-speaker.ts';

describe('readSpeaker', () => {
	test.each([
		['PMO spokesperson Alison Murphy', 'Alison Murphy', 'person'],
		['Mississauga-Lakeshore, Ont. MP Liberal MP Charles Sousa', 'Charles Sousa', 'person'],
		['Mr Dong', 'Dong', 'person'],
		['Conservative Leader Pierre Poilievre', 'Pierre Poilievre', 'person'],
		['South Sudan President Salva Kiir', 'Salva Kiir', 'person'],
		['Qeshm Gov. Heidar Alishvandi', 'Heidar Alishvandi', 'person'],
		['Heydar Alishbandi, Governor of Qeshm island', 'Heydar Alishbandi', 'person'],
		['Sara Sadeqi, 22, a homemaker in Qeshm City', 'Sara Sadeqi', 'person'],
		["The BBC's Frances Harrison in Tehran", 'Frances Harrison', 'person'],
		[
			'the head of the provincial natural disaster service, Massoud Dalman',
			'Massoud Dalman',
			'person',
		],
		['Abdel Aziz al - Hilu', 'Abdel Aziz al-Hilu', 'person'],
		['European Union President Herman Van Rompuy', 'Herman Van Rompuy', 'person'],
		['Rabie A. Atti', 'Rabie A. Atti', 'person'],
		['IMF chief Dominique Strauss - Kahn', 'Dominique Strauss-Kahn', 'person'],
		["Iran's official news agency IRNA", 'IRNA', 'organisation'],
		['New Zealand Police', 'New Zealand Police', 'organisation'],
		['the White House', 'White House', 'organisation'],
		['police', 'Police', 'organisation'],
		['a defence spokesperson', 'a defence spokesperson', 'description'],
		['A Foreign Office spokeswoman', 'A Foreign Office spokeswoman', 'description'],
		['one woman in Qeshm', 'one woman in Qeshm', 'description'],
		['the governor', 'the governor', 'description'],
		['he', 'he', 'pronoun'],
		['He later', 'He', 'pronoun'],
	])('reads "%s" as %s (%s)', (phrase, name, kind) => {
		expect(readSpeaker(phrase)).toMatchObject({ name, kind });
	});

	test.each(['Tehran', 'Athens', 'in Qeshm', 'South Sudan'])(
		'reads the place "%s" as no speaker',
		(phrase) => {
			expect(readSpeaker(phrase)).toBeNull();
		},
	);

	test('keeps the role words a later description can refer back to', () => {
		expect(readSpeaker('Taban Deng, the governor of Unity state')?.roles).toContain('governor');
		expect(readSpeaker('Qeshm Governor Heydar Alishvandi')?.roles).toContain('governor');
	});

	test('reads a word that opens a sentence as a name only when the text capitalises it elsewhere', () => {
		expect(readSpeaker('Isaacs')).toBeNull();
		expect(readSpeaker('Isaacs', new Set(['Isaacs']))).toMatchObject({
			name: 'Isaacs',
			kind: 'person',
		});
		expect(readSpeaker('Firemen')).toBeNull();
		expect(readSpeaker('But Greeks', new Set(['Greeks']))).toBeNull();
	});
});

describe('namesIn', () => {
	test('lists the people and organisations a text names, with roles, and leaves places out', () => {
		const names = namesIn(
			'Speaking in the capital, Juba, President Salva Kiir said Taban Deng, the governor of Unity state, had met officials of the Enough Project in Yida.',
		);
		expect(names.map((m) => [m.name, m.kind, m.roles])).toEqual([
			['Salva Kiir', 'person', ['president']],
			['Taban Deng', 'person', ['governor']],
		]);
	});

	test('reads a text too long to tag in one piece as it reads each sentence alone', () => {
		// The tagger's verdicts (organisation, place) depend on offsets: a piece read at the wrong
		// offset would make "United Nations" a person and list "Germany".
		const sentence = 'The United Nations said Salva Kiir visited Germany on Monday.';
		const alone = namesIn(sentence).map((m) => [m.name, m.kind, m.start]);
		expect(alone).toEqual([
			['United Nations', 'organisation', 4],
			['Salva Kiir', 'person', 24],
		]);
		const long = Array.from({ length: 80 }, () => sentence).join(' ');
		expect(long.length).toBeGreaterThan(4_000);
		expect(namesIn(long).map((m) => [m.name, m.kind, m.start])).toEqual(
			Array.from({ length: 80 }, (_, i) =>
				alone.map(([name, kind, start]) => [name, kind, i * (sentence.length + 1) + Number(start)]),
			).flat(),
		);
	});

	test('cuts a long text without spaces or sentence ends at a line break, not inside a word', () => {
		const text = `${Array.from({ length: 600 }, (_, i) => `item${i}`).join('\n')}\nMinister Ana Ruiz`;
		expect(text.length).toBeGreaterThan(4_000);
		const [ruiz] = namesIn(text);
		expect(ruiz).toMatchObject({ name: 'Ana Ruiz', start: text.indexOf('Ana Ruiz') });
	});

	test('finds the speaker after a quotation of 25,000 words', () => {
		const words = Array.from({ length: 25_000 }, (_, i) => `word${i.toString(36)}`).join(' ');
		expect(namesIn(`"${words}," Ana Ruiz said.`).map((m) => m.name)).toEqual(['Ana Ruiz']);
	});
});
