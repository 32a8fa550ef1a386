/**
 * The pipeline from a story folder's manifest and raw files to the one typed story model.
 * Each stage is a pure function of the one before; this module only orders them.
 */
import { alignArticles } from '../align/align-articles.ts';
import { listUnitTexts, type UnitVectors } from '../align/meaning.ts';
import { normalizeLine } from '../ingest/clean-article.ts';
import { findVersions } from '../versions/compare-versions.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { findDifferences } from '../differences/find-differences.ts';
import { groupUtterances } from '../quotes/group-utterances.ts';
import { mergeSpeakers } from '../quotes/merge-speakers.ts';
import { ManifestError, StageLimitError } from '../ingest/errors.ts';
import type { StoryManifest } from '../schemas/manifest.ts';
import { parseArticle, type RawArticleFile } from '../ingest/parse-article.ts';
import { markdownToPlainText, renderMarkdown } from '../text/render-markdown.ts';
import { summarizeCoverage } from '../coverage/summarize-coverage.ts';
import { STORY_SCHEMA_VERSION, type Story } from '../schemas/story.ts';
import { type Article } from '../schemas/article.ts';

/** A story folder as the loader read it. */
export interface StoryInput {
	/** URL slug (the manifest's `slug`, else the folder name). */
	slug: string;
	/** Path of the manifest, for messages. */
	manifestPath: string;
	/** The validated manifest. */
	manifest: StoryManifest;
	/** The raw article files, by file name. */
	files: ReadonlyMap<string, RawArticleFile>;
	/** Site-template lines per outlet homepage host (see findTemplateLines). */
	templateLines?: ReadonlyMap<string, ReadonlySet<string>>;
	/** The build day, `YYYY-MM-DD`: capture dates after it are rejected. */
	notAfter?: string;
	/**
	 * Sentence vectors for the alignment's semantic check, keyed by unit text (see
	 * `listStoryUnitTexts`), and the encoder that made them; without them alignment uses words alone.
	 */
	meaning?: { encoder: string; vectors: UnitVectors };
}

/** The texts the semantic check needs vectors for: every passage unit of the story's articles. */
export function listStoryUnitTexts(input: StoryInput): string[] {
	return listUnitTexts(parseStoryArticles(input));
}

/** Builds the story model from a story folder's contents; throws typed content errors. */
export function buildStory(input: StoryInput): Story {
	const { manifest } = input;
	const articles = parseStoryArticles(input);
	checkRepairEvidence(input, articles);
	const { passages, groups, related, semanticCheck } = alignArticles(articles, {
		vectors: input.meaning?.vectors,
	});
	const declared = manifest.articles.flatMap((a) =>
		a.versionOf ? [[a.id, a.versionOf] as const] : [],
	);
	const versions = findVersions(articles, declared);
	const coverage = summarizeCoverage(articles, passages, groups, versions, related);
	const merged = mergeSpeakers(articles.flatMap(extractQuotes));
	const extracted = merged.quotes;
	const { utterances, quoteUtterance, speakers } = withFilePaths(input, () =>
		groupUtterances(
			articles,
			extracted,
			passages,
			groups,
			coverage.latestArticleIds,
			merged.speakers,
		),
	);
	const quotes = extracted.map((q) => ({ ...q, utteranceId: quoteUtterance.get(q.id) ?? null }));
	const differences = findDifferences(articles, passages, groups, coverage.latestArticleIds);
	return {
		schemaVersion: STORY_SCHEMA_VERSION,
		slug: input.slug,
		title: manifest.title,
		date: manifest.date,
		summary: manifest.summary,
		summaryHtml: renderMarkdown(manifest.summary),
		summaryText: markdownToPlainText(manifest.summary),
		outlets: manifest.outlets.map(({ id, name, homepage }) => ({ id, name, homepage })),
		articles,
		// What the engine did, not what it was given: vectors it could not use leave words alone.
		alignment: { semanticCheck, encoder: semanticCheck ? (input.meaning?.encoder ?? null) : null },
		passages,
		groups,
		related,
		versions,
		coverage,
		quotes,
		utterances,
		speakers,
		differences,
	};
}

/** Runs a stage; a StageLimitError naming an article file by name is re-raised with its path. */
function withFilePaths<T>(input: StoryInput, stage: () => T): T {
	try {
		return stage();
	} catch (error) {
		if (!(error instanceof StageLimitError)) throw error;
		const path = input.files.get(error.file)?.path ?? error.file;
		throw new StageLimitError(error.problem, { file: path }, error.hint);
	}
}

/** The host of an outlet's homepage without `www.`, which identifies a site across stories. */
export function outletHost(homepage: string): string {
	return new URL(homepage).host.replace(/^www\./, '');
}

/**
 * A manifest repair that names evidence must be borne out by it: some sentence the repair
 * touched must appear, word for word, in the evidence article.
 */
function checkRepairEvidence(input: StoryInput, articles: readonly Article[]): void {
	const byId = new Map(articles.map((a) => [a.id, a]));
	input.manifest.articles.forEach((entry, i) => {
		const article = byId.get(entry.id)!;
		entry.repairs.forEach((repair, j) => {
			if (repair.evidence === undefined || repair.replace === '') return;
			const evidence = normalizeLine(byId.get(repair.evidence)!.text);
			const touched = article.sentences
				.map((s) => normalizeLine(article.text.slice(s.start, s.end)))
				.filter((s) => s.includes(repair.replace));
			if (!touched.some((s) => evidence.includes(s))) {
				throw new ManifestError(
					`the repair of "${repair.find}" in ${entry.file} is not borne out by "${repair.evidence}": no repaired sentence appears in it`,
					{ file: input.manifestPath, field: `articles.${i}.repairs.${j}.evidence` },
					'Name as evidence a capture holding one of the repaired sentences word for word, or drop `evidence`.',
				);
			}
		});
	});
}

/** Parses every article file the manifest lists, in manifest order. */
export function parseStoryArticles(input: StoryInput): Article[] {
	const { manifest } = input;
	const hostOf = new Map(manifest.outlets.map((o) => [o.id, outletHost(o.homepage)]));
	const articles = manifest.articles.map((entry) => {
		const file = input.files.get(entry.file);
		if (!file) {
			throw new ManifestError(
				`file "${entry.file}" could not be read`,
				{ file: input.manifestPath, field: 'articles' },
				'Check that the file exists beside the manifest and is readable.',
			);
		}
		return parseArticle(file, {
			entry,
			templateLines: input.templateLines?.get(hostOf.get(entry.outlet)!),
			storyDate: manifest.date,
			notAfter: input.notAfter,
		});
	});
	return articles;
}
