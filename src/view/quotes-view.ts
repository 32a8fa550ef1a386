/**
 * What the quote ledger shows: who each outlet quotes, every utterance by speaker with each
 * outlet's rendering of it, and the phrases set in quotation marks in the outlets' own words.
 */
import type { RenderingKind } from '../schemas/quotes.ts';
import type { Story } from '../schemas/story.ts';
import type { DiffPart } from '../schemas/word-diff.ts';
import { passageUrl, quoteUrl } from '../site/urls.ts';
import {
	articleLabel,
	getArticle,
	getOutlet,
	MAX_COLUMN_OUTLETS,
	outletColor,
} from './story-view.ts';

/** How a rendering words an utterance, against its fullest wording. */
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

/** The speaker heading for utterances no one is credited with. */
const UNATTRIBUTED = 'Unattributed';

/** One outlet's rendering of an utterance. */
export interface RenderingView {
	kind: RenderingKind;
	label: string;
	articleId: string;
	articleLabel: string;
	outletName: string;
	color: number;
	/** "he said", as the outlet attributes it; null without an attribution verb. */
	attribution: string | null;
	/** The words against the fullest wording, for renderings that differ from it. */
	diff: DiffPart[] | null;
	/** "“a” · “b”": words of the fullest wording this rendering leaves out; null if none. */
	leftOut: string | null;
	/** The rendering in its article. */
	href: string;
}

/** One utterance: what was said, and how each outlet carries it. */
export interface UtteranceView {
	id: string;
	outletCount: number;
	/** Attribution confidence, in whole percent. */
	confidence: number;
	fullestText: string;
	/** For compact ledgers: "Identical: 3 · Trimmed at the end: 1"; else null. */
	kindCounts: string | null;
	renderings: RenderingView[];
}

/** One row of the tally of who each outlet quotes. */
export interface TallyRow {
	speaker: string;
	anchor: string;
	/** Number of outlets quoting the speaker. */
	outletCount: number;
	/** The three outlets quoting the speaker most, with their word counts. */
	mostQuotedBy: string;
	/** One cell per column outlet: words and quotations, or null when it does not quote them. */
	cells: ({ words: number; quotes: number } | null)[];
}

/** The quote ledger of a story. */
export interface QuotesView {
	/** Too many outlets for a column each: counts replace the per-outlet columns and renderings. */
	compact: boolean;
	/** Outlet names of the tally's columns; none when compact. */
	columns: string[];
	tally: TallyRow[];
	speakers: { speaker: string; anchor: string; utterances: UtteranceView[] }[];
	/** Phrases in quotation marks inside the outlets' own sentences (latest captures only). */
	scare: { text: string; label: string; href: string }[];
}

/** An id-safe anchor for a speaker's section. */
export function speakerAnchor(speaker: string): string {
	const slug = speaker
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `speaker-${slug}`;
}

/** The quote ledger of a story: tally, utterances by speaker, and scare quotes. */
export function buildQuotesView(story: Story): QuotesView {
	// Many outlets: the tally lists each speaker's quoting outlets instead of a column per
	// outlet, and each utterance shows how many outlets render it each way, not every rendering.
	const compact = story.outlets.length > MAX_COLUMN_OUTLETS;
	const outlets = compact ? [] : story.outlets;
	const quoteById = new Map(story.quotes.map((q) => [q.id, q]));
	const tally = story.speakers.map((s) => ({
		speaker: s.speaker,
		anchor: speakerAnchor(s.speaker),
		outletCount: s.outlets.length,
		mostQuotedBy: s.outlets
			.slice(0, 3)
			.map((x) => `${getOutlet(story, x.outletId).name} (${x.words} words)`)
			.join(', '),
		cells: outlets.map((o) => {
			const cell = s.outlets.find((x) => x.outletId === o.id);
			return cell ? { words: cell.words, quotes: cell.quotes } : null;
		}),
	}));

	const utterances = story.utterances.map((u): UtteranceView & { speaker: string } => {
		const counts = new Map<string, number>();
		for (const r of u.renderings) {
			counts.set(RENDERING_LABEL[r.kind], (counts.get(RENDERING_LABEL[r.kind]) ?? 0) + 1);
		}
		const shown = compact ? u.renderings.filter((r) => r.kind === 'fullest') : u.renderings;
		return {
			speaker: u.speaker ?? UNATTRIBUTED,
			id: u.id,
			outletCount: new Set(u.renderings.map((r) => getArticle(story, r.articleId).outlet)).size,
			confidence: Math.round(u.confidence * 100),
			fullestText: u.renderings.find((r) => r.kind === 'fullest')!.text,
			kindCounts: compact ? [...counts].map(([label, n]) => `${label}: ${n}`).join(' · ') : null,
			renderings: shown.map((r) => {
				const article = getArticle(story, r.articleId);
				const q = quoteById.get(r.quoteIds[0] ?? '');
				const left =
					r.diff
						?.filter((d) => d.op === 'delete')
						.map((d) => (d.op === 'delete' ? d.a.trim() : ''))
						.filter((t) => /\w/.test(t)) ?? [];
				return {
					kind: r.kind,
					label: RENDERING_LABEL[r.kind],
					articleId: article.id,
					articleLabel: articleLabel(story, article.id),
					outletName: getOutlet(story, article.outlet).name,
					color: outletColor(story, article.outlet),
					attribution: q?.verb ? `${q.speakerText ?? 'unattributed'} ${q.verb}` : null,
					diff: r.kind !== 'fullest' && r.kind !== 'identical' && r.diff ? r.diff : null,
					leftOut:
						left.length > 0 && r.kind !== 'paraphrased'
							? left.map((t) => `“${t}”`).join(' · ')
							: null,
					href: r.passageId
						? passageUrl(story.slug, r.articleId, r.passageId)
						: q
							? quoteUrl(story.slug, r.articleId, q.id)
							: '#',
				};
			}),
		};
	});
	const speakerOrder = [...story.speakers.map((s) => s.speaker), UNATTRIBUTED];
	const speakers = speakerOrder
		.map((speaker) => ({
			speaker,
			anchor: speakerAnchor(speaker),
			utterances: utterances.filter((u) => u.speaker === speaker).map(({ speaker: _, ...u }) => u),
		}))
		.filter((s) => s.utterances.length > 0);

	const scare = story.quotes
		.filter((q) => q.form === 'scare' && story.coverage.latestArticleIds.includes(q.articleId))
		.map((q) => ({
			text: getArticle(story, q.articleId).text.slice(q.start, q.end).replace(/[,.]$/, ''),
			label: articleLabel(story, q.articleId),
			href: quoteUrl(story.slug, q.articleId, q.id),
		}));
	return { compact, columns: outlets.map((o) => o.name), tally, speakers, scare };
}
