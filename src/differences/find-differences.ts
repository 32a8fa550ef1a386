/**
 * Where the outlets differ on checkable facts: numbers, years, dates and weekdays, durations,
 * how many sources a claim rests on and how they are described, people's names (a surname
 * used as if it were a given name), and which outlet a report is credited to. Each
 * difference quotes every side's exact words; nothing here decides who is right.
 */
import type { Article } from '../schemas/article.ts';
import type { DiffPart } from '../schemas/word-diff.ts';
import type { Group, Passage } from '../schemas/alignment.ts';
import type { Difference, DifferenceKind, DifferenceSide } from '../schemas/differences.ts';

interface Fact {
	articleId: string;
	topic: string;
	kind: DifferenceKind;
	label: string;
	value: string;
	start: number;
	end: number;
}

const NUMBER_WORDS =
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|several|multiple';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS =
	'January|February|March|April|May|June|July|August|September|October|November|December';

/** Fact patterns that hold across stories: what they capture and how to label the topic. */
const TOPICS: {
	topic: string;
	kind: DifferenceKind;
	label: string;
	pattern: RegExp;
	value: (m: RegExpExecArray) => string;
}[] = [
	{
		topic: 'elected',
		kind: 'year',
		label: 'Year first elected',
		pattern: /\b(?:first\s+)?elected\b[^.;]{0,40}?\bin\s+(\d{4})\b/g,
		value: (m) => m[1]!,
	},
	{
		topic: 'held',
		kind: 'duration',
		label: 'How long they were held',
		pattern: new RegExp(
			`\\b(?:imprisoned|detained|held|jailed|in (?:[A-Z][a-z]+ )?custody|behind bars)\\b[^.;]{0,40}?\\b((?:for|over|for more than|more than|nearly|almost|about|some|for over)\\s+(?:[\\d,]+|${NUMBER_WORDS})\\s+(?:days|weeks|months|years)|from\\s+\\d{4}\\s+(?:to|until)\\s+\\d{4})`,
			'g',
		),
		value: (m) => m[1]!.replace(/^for\s+/, '').toLowerCase(),
	},
	{
		topic: 'sources',
		kind: 'sources',
		label: 'Sources the report rests on',
		pattern: new RegExp(
			`\\b((?:(?:${NUMBER_WORDS}|\\d+)\\s+)?(?:(?:separate|unnamed|anonymous|senior|unidentified|confidential|independent)\\s+)*["“]?(?:national security|security|intelligence|government|police|military)\\s+sources)\\b`,
			'gi',
		),
		value: (m) =>
			m[1]!
				.toLowerCase()
				.replace(/["“]/g, '')
				.replace(
					/\s*(?:national security|security|intelligence|government|police|military)\s+sources$/,
					'',
				)
				.trim()
				.split(/\s+/)
				.filter(Boolean)
				.join(', ') || 'not counted or described',
	},
];

/** Facts of one article matched by the topic patterns. */
function factsOf(article: Article): Fact[] {
	const facts: Fact[] = [];
	for (const t of TOPICS) {
		t.pattern.lastIndex = 0;
		for (let m = t.pattern.exec(article.text); m; m = t.pattern.exec(article.text)) {
			// Point at the captured words, or the whole match when the capture repeats.
			const inner = m[1] ?? m[0];
			const offset = m.index + m[0].indexOf(inner);
			facts.push({
				articleId: article.id,
				topic: t.topic,
				kind: t.kind,
				label: t.label,
				value: t.value(m),
				start: offset,
				end: offset + inner.length,
			});
		}
	}
	return facts;
}

const TITLES =
	'Mr|Mrs|Ms|Dr|Consul General|Consul-General|Ambassador|Minister|Senator|President|Premier|Chief';
/** A title and one part of a name, not followed by another: "Mr Tao", "Consul General Han". */
const SHORT_NAME = new RegExp(`\\b(${TITLES})\\.?\\s+([A-Z][\\p{L}'’-]+)\\b(?!\\s+[A-Z])`, 'gu');
/** A full name of two capitalised words, with the title before it if any. */
const FULL_NAME = new RegExp(
	`\\b(?:(${TITLES})\\.?\\s+)?([A-Z][\\p{L}'’-]+)\\s+([A-Z][\\p{L}'’-]+)\\b`,
	'gu',
);
const NOT_A_PERSON =
	/\b(?:News|Party|Office|House|Commons|Press|Mail|Canada|Valley|North|General|Minister|Liberal|Conservative|Prime|Michaels)\b/;
/** Names of news organisations, for swaps of who is credited with a report. */
const ORGANISATION =
	/\b(?:News|Mail|Post|Press|Times|Star|Globe|Journal|Herald|Telegraph|Guardian|Tribune|Wire|Reuters|AP|CBC|CTV|BBC|Agency|Radio|Television|TV)\b/;

/**
 * Finds the story's differences. `versionOf` maps superseded captures to the latest capture
 * of their article, so an outlet speaks once.
 */
export function findDifferences(
	articles: readonly Article[],
	passages: readonly Passage[],
	groups: readonly Group[],
	latestArticleIds: readonly string[],
): Difference[] {
	const latest = new Set(latestArticleIds);
	const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
	const differences: Difference[] = [];

	// 1. Topics: the same kind of fact stated differently by different outlets.
	const facts = articles.flatMap(factsOf);
	for (const t of TOPICS) {
		const topicFacts = facts.filter((f) => f.topic === t.topic);
		const values = new Set(topicFacts.filter((f) => latest.has(f.articleId)).map((f) => f.value));
		const outlets = new Set(
			topicFacts.filter((f) => latest.has(f.articleId)).map((f) => outletOf.get(f.articleId)),
		);
		if (values.size < 2 || outlets.size < 2) continue;
		differences.push({
			id: `d-${t.topic}`,
			kind: t.kind,
			topic: t.label,
			groupId: null,
			sides: sidesFrom(topicFacts, latest, outletOf, articles),
		});
	}

	// 2. Names: one person named by different parts of their name ("Mr Tao" and "Consul General Han").
	const people = new Map<string, { title: string | null }[]>();
	for (const a of articles) {
		for (const m of a.text.matchAll(FULL_NAME)) {
			const name = `${m[2]} ${m[3]}`;
			if (NOT_A_PERSON.test(name) || new RegExp(`^(?:${TITLES})$`).test(m[2]!)) continue;
			people.set(name, [
				...(people.get(name) ?? []),
				{ title: m[1]?.trim().replace(/\.$/, '') ?? null },
			]);
		}
	}
	const owners = (part: string) => [...people.keys()].filter((n) => n.split(' ').includes(part));
	const uses = new Map<string, Fact[]>();
	for (const a of articles) {
		for (const m of a.text.matchAll(SHORT_NAME)) {
			const title = m[1]!.replace(/\.$/, '');
			const part = m[2]!;
			// A part two people share ("Han" in Han Dong and Han Tao) is resolved by the title used with a full name.
			let candidates = owners(part);
			if (candidates.length > 1)
				candidates = candidates.filter((n) => people.get(n)!.some((u) => u.title === title));
			if (candidates.length !== 1) continue;
			const name = candidates[0]!;
			const [first, second] = name.split(' ') as [string, string];
			const fact: Fact = {
				articleId: a.id,
				topic: `name-${name}`,
				kind: 'name',
				label: `How ${name} is named`,
				value:
					part === first
						? `by “${first}”, the first part of the name`
						: `by “${second}”, the last part of the name`,
				start: m.index,
				end: m.index + m[0].length,
			};
			uses.set(name, [...(uses.get(name) ?? []), fact]);
		}
	}
	for (const [name, list] of uses) {
		if (new Set(list.filter((u) => latest.has(u.articleId)).map((u) => u.value)).size < 2) continue;
		differences.push({
			id: `d-name-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
			kind: 'name',
			topic: `How ${name} is named`,
			groupId: null,
			sides: sidesFrom(list, latest, outletOf, articles),
		});
	}

	// 3. Inside aligned passages: a number, date or name swapped for another in the same place.
	const passageById = new Map(passages.map((p) => [p.id, p]));
	for (const group of groups) {
		let n = 0;
		for (const pair of group.pairs) {
			const pa = passageById.get(pair.a)!;
			const pb = passageById.get(pair.b)!;
			if (outletOf.get(pa.articleId) === outletOf.get(pb.articleId)) continue;
			if (!latest.has(pa.articleId) || !latest.has(pb.articleId)) continue;
			for (const region of changedRegions(pair.diff)) {
				const kind = swappedKind(region.a, region.b);
				const startA = pa.start + region.offsetA;
				if (!kind || coveredByTopic(differences, pa, startA, startA + region.a.length)) continue;
				const side = (articleId: string, start: number, text: string) => ({
					outletId: outletOf.get(articleId)!,
					articleId,
					value: text.trim(),
					start: start + (text.length - text.trimStart().length),
					end: start + text.trimEnd().length,
					alsoIn: [],
				});
				differences.push({
					id: `d-${group.id}-${++n}`,
					kind,
					topic:
						kind === 'number'
							? 'A number'
							: kind === 'date'
								? 'A date or day'
								: kind === 'year'
									? 'A year'
									: 'Who is credited',
					groupId: group.id,
					sides: [
						side(pa.articleId, startA, region.a),
						side(pb.articleId, pb.start + region.offsetB, region.b),
					],
				});
			}
		}
	}
	return differences;
}

/** A stretch where two wordings differ on both sides, with its offsets in each passage. */
interface ChangedRegion {
	a: string;
	b: string;
	offsetA: number;
	offsetB: number;
}

/**
 * Stretches where both wordings have words of their own: runs of deletions and insertions,
 * joined across a single shared word ("Daily Example News" / "Example Times").
 */
function changedRegions(diff: readonly DiffPart[]): ChangedRegion[] {
	const regions: ChangedRegion[] = [];
	let offsetA = 0;
	let offsetB = 0;
	let open: ChangedRegion | null = null;
	let pendingEqual: { a: string; b: string } | null = null;
	const close = () => {
		if (open && open.a.trim() !== '' && open.b.trim() !== '') regions.push(open);
		open = null;
		pendingEqual = null;
	};
	for (const part of diff) {
		if (part.op === 'equal') {
			if (open && pendingEqual === null && part.a.trim().split(/\s+/).length <= 1)
				pendingEqual = { a: part.a, b: part.b };
			else close();
			offsetA += part.a.length;
			offsetB += part.b.length;
			continue;
		}
		if (!open) open = { a: '', b: '', offsetA: part.op === 'delete' ? offsetA : offsetA, offsetB };
		if (pendingEqual) {
			open.a += pendingEqual.a;
			open.b += pendingEqual.b;
			pendingEqual = null;
		}
		if (part.op === 'delete') {
			if (open.a === '') open.offsetA = offsetA;
			open.a += part.a;
			offsetA += part.a.length;
		} else {
			if (open.b === '') open.offsetB = offsetB;
			open.b += part.b;
			offsetB += part.b.length;
		}
	}
	close();
	return regions;
}

/** The kind of a swap between two wordings, or null when it is not a checkable fact. */
function swappedKind(a: string, b: string): DifferenceKind | null {
	const has = (re: RegExp) => re.test(a) && re.test(b);
	if (has(/\b(?:1[89]|20)\d{2}\b/)) return 'year';
	if (has(new RegExp(`\\b(?:${WEEKDAYS}|${MONTHS})\\b`))) return 'date';
	if (has(new RegExp(`\\b(?:\\d[\\d,.]*|${NUMBER_WORDS})\\b`, 'i'))) return 'number';
	// Two different news organisations in the same place: who is credited with a report.
	if (has(ORGANISATION)) return 'credit';
	return null;
}

function coveredByTopic(
	differences: readonly Difference[],
	passage: Passage,
	start: number,
	end: number,
): boolean {
	return differences.some((d) =>
		d.sides.some((s) => s.articleId === passage.articleId && s.start < end && start < s.end),
	);
}

/** One side per outlet (its latest capture's words), noting earlier captures that say the same. */
function sidesFrom(
	facts: readonly Fact[],
	latest: ReadonlySet<string>,
	outletOf: ReadonlyMap<string, string>,
	articles: readonly Article[],
): DifferenceSide[] {
	const order = (id: string) => articles.findIndex((a) => a.id === id);
	const sides: DifferenceSide[] = [];
	for (const f of [...facts].sort(
		(x, y) => order(x.articleId) - order(y.articleId) || x.start - y.start,
	)) {
		if (!latest.has(f.articleId)) continue;
		const earlier = facts
			.filter(
				(g) =>
					!latest.has(g.articleId) &&
					outletOf.get(g.articleId) === outletOf.get(f.articleId) &&
					g.value === f.value,
			)
			.map((g) => g.articleId);
		sides.push({
			outletId: outletOf.get(f.articleId)!,
			articleId: f.articleId,
			value: f.value,
			start: f.start,
			end: f.end,
			alsoIn: [...new Set(earlier)],
		});
	}
	return sides;
}
