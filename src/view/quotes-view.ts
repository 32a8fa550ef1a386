/**
 * The quote ledger page's view model: one section per speaker (one row per person across
 * outlets, with the ways the outlets name them), each utterance with how every outlet renders
 * it, the per-outlet tally, and the terms (scare quotes, nicknames, labels) kept apart from
 * anyone's words. Pure: the page only renders it.
 */
import type { Story } from '../schemas/story.ts';
import type { RenderingKind, SpeakerKind, Utterance } from '../schemas/quotes.ts';
import {
	articleLabel,
	getArticle,
	getOutlet,
	MAX_COLUMN_OUTLETS,
	outletColor,
} from './story-view.ts';

/** What each rendering kind is called on the page. */
export const RENDERING_LABEL: Record<RenderingKind, string> = {
	fullest: 'Fullest wording',
	identical: 'Identical',
	'trimmed-start': 'Trimmed at the start',
	'trimmed-end': 'Trimmed at the end',
	trimmed: 'Trimmed at both ends',
	cut: 'Cut in the middle',
	substituted: 'Words changed',
	paraphrased: 'Paraphrased, not quoted',
};

/** The heading of utterances nobody is named for. */
export const UNATTRIBUTED = 'Unattributed';

/** One outlet's rendering of an utterance, ready to show. */
export interface RenderingView {
	articleId: string;
	kind: RenderingKind;
	label: string;
	outletLabel: string;
	outletName: string;
	color: number;
	/** Where it stands in its article: a quotation, or the passage that paraphrases it. */
	target: { quoteId: string } | { passageId: string } | null;
	/** "the Don Valley North representative said", when the article attributes it with a verb. */
	attribution: string | null;
	/** Words of the fullest wording this rendering leaves out. */
	leavesOut: string[];
	/** Whether to show the word diff against the fullest wording. */
	showDiff: boolean;
	diff: Utterance['renderings'][number]['diff'];
}

/** An utterance with its renderings. */
export interface UtteranceView {
	id: string;
	fullestText: string;
	outletCount: number;
	confidencePercent: number;
	renderings: RenderingView[];
	/** On compact pages: how many outlets render it each way ("Identical: 3"). */
	kindCounts: string;
}

/** One speaker's section. */
export interface SpeakerSection {
	name: string;
	anchor: string;
	kind: SpeakerKind | null;
	/** Other ways the articles name the speaker, for a reader matching names across outlets. */
	alsoWritten: string[];
	utterances: UtteranceView[];
}

/** A row of the "who each outlet quotes" table. */
export interface TallyRow {
	speaker: string;
	anchor: string;
	/** One cell per outlet column (null where the outlet does not quote them). */
	cells: ({ words: number; quotes: number } | null)[];
	outletCount: number;
	/** Compact pages: the three outlets quoting the most words. */
	topOutlets: string;
}

/** A quoted term, shown but counted as nobody's words. */
export interface TermView {
	articleId: string;
	quoteId: string;
	text: string;
	outletLabel: string;
}

/** Everything the quote ledger page shows. */
export interface QuoteLedger {
	compact: boolean;
	outlets: { id: string; name: string }[];
	tally: TallyRow[];
	sections: SpeakerSection[];
	terms: TermView[];
}

/** The page anchor of a speaker's section. */
export function speakerAnchor(speaker: string): string {
	const slug = speaker
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `speaker-${slug}`;
}

/** Builds the quote ledger of a story. */
export function buildQuoteLedger(story: Story): QuoteLedger {
	// Many outlets: the tally lists each speaker's quoting outlets instead of a column per outlet,
	// and each utterance shows how many outlets render it each way rather than every rendering.
	const compact = story.outlets.length > MAX_COLUMN_OUTLETS;
	const outlets = compact ? [] : story.outlets.map(({ id, name }) => ({ id, name }));
	const quoteById = new Map(story.quotes.map((q) => [q.id, q]));
	const tallyBySpeaker = new Map(story.speakers.map((s) => [s.speaker, s]));

	const renderingView = (r: Utterance['renderings'][number]): RenderingView => {
		const article = getArticle(story, r.articleId);
		const q = quoteById.get(r.quoteIds[0] ?? '');
		return {
			articleId: r.articleId,
			kind: r.kind,
			label: RENDERING_LABEL[r.kind],
			outletLabel: articleLabel(story, article.id),
			outletName: getOutlet(story, article.outlet).name,
			color: outletColor(story, article.outlet),
			target: r.passageId ? { passageId: r.passageId } : q ? { quoteId: q.id } : null,
			attribution: q?.verb ? `${q.speakerText ?? 'unattributed'} ${q.verb}` : null,
			leavesOut:
				r.kind === 'paraphrased'
					? []
					: (r.diff ?? []).flatMap((d) =>
							d.op === 'delete' && /\w/.test(d.a) ? [d.a.trim()] : [],
						),
			showDiff: r.kind !== 'fullest' && r.kind !== 'identical' && r.diff !== null,
			diff: r.diff,
		};
	};
	const utteranceView = (u: Utterance): UtteranceView => {
		const counts = new Map<string, number>();
		for (const r of u.renderings)
			counts.set(RENDERING_LABEL[r.kind], (counts.get(RENDERING_LABEL[r.kind]) ?? 0) + 1);
		const shown = compact ? u.renderings.filter((r) => r.kind === 'fullest') : u.renderings;
		return {
			id: u.id,
			fullestText: u.renderings.find((r) => r.kind === 'fullest')!.text,
			outletCount: new Set(u.renderings.map((r) => getArticle(story, r.articleId).outlet)).size,
			confidencePercent: Math.round(u.confidence * 100),
			renderings: shown.map(renderingView),
			kindCounts: [...counts].map(([label, n]) => `${label}: ${n}`).join(' · '),
		};
	};

	const bySpeaker = new Map<string, Utterance[]>();
	for (const u of story.utterances) {
		const key = u.speaker ?? UNATTRIBUTED;
		bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), u]);
	}
	// Speakers in the tally's order (most quoted words first), then any the latest captures do not quote.
	const order = [
		...story.speakers.map((s) => s.speaker),
		...[...bySpeaker.keys()].filter((s) => s !== UNATTRIBUTED && !tallyBySpeaker.has(s)).sort(),
		UNATTRIBUTED,
	].filter((s) => bySpeaker.has(s));
	const sections = order.map((name) => {
		const tally = tallyBySpeaker.get(name);
		return {
			name,
			anchor: speakerAnchor(name),
			kind: name === UNATTRIBUTED ? null : (tally?.kind ?? null),
			alsoWritten: (tally?.variants ?? []).filter((v) => v.toLowerCase() !== name.toLowerCase()),
			utterances: bySpeaker.get(name)!.map(utteranceView),
		};
	});

	const tally = story.speakers.map((s) => ({
		speaker: s.speaker,
		anchor: speakerAnchor(s.speaker),
		cells: outlets.map((o) => {
			const cell = s.outlets.find((x) => x.outletId === o.id);
			return cell ? { words: cell.words, quotes: cell.quotes } : null;
		}),
		outletCount: s.outlets.length,
		topOutlets: s.outlets
			.slice(0, 3)
			.map((x) => `${getOutlet(story, x.outletId).name} (${x.words} words)`)
			.join(', '),
	}));

	const latest = new Set(story.coverage.latestArticleIds);
	const terms = story.quotes
		.filter((q) => q.form === 'scare' && latest.has(q.articleId))
		.map((q) => ({
			articleId: q.articleId,
			quoteId: q.id,
			text: getArticle(story, q.articleId).text.slice(q.start, q.end).replace(/[,.]$/, ''),
			outletLabel: articleLabel(story, q.articleId),
		}));
	return { compact, outlets, tally, sections, terms };
}
