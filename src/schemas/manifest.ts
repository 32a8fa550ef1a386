/**
 * The story manifest's schema: the small human-edited file (`story.yaml`) beside a story's raw
 * article files that says what they are. Parsed, with line numbers, by `src/ingest/manifest.ts`.
 */
import { z } from 'zod';

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Length limits of the manifest's fields, in characters. Each is far above what its field
 * holds in the seed story and the eight dev-corpus stories (longest title 204, summary 681,
 * outlet name 25, note 139, repair text 145, URL 167, file name 24 characters) and low enough that no field can blow up the pages
 * built from it: a title is printed on every page of its story, the share image and the feed.
 */
export const FIELD_LIMITS = {
	/** A slug or id: it appears in every URL of the story. */
	id: 64,
	/** The story's title: a headline, not a paragraph. */
	title: 300,
	/** The editorial summary: "a short summary"; also bounds the Markdown renderer's cost. */
	summary: 4000,
	/** An outlet's display name. */
	name: 120,
	/** An article's headline. */
	headline: 300,
	/** An editorial note on an article. */
	note: 2000,
	/** A URL: the usual practical limit of browsers and servers. */
	url: 2048,
	/** A raw file's name. */
	file: 120,
	/** A repair's find, replace and reason texts. */
	repair: 1000,
} as const;

/** Most outlets, articles and repairs per article a manifest may list (the scale test uses 200 articles). */
export const COUNT_LIMITS = { outlets: 200, articles: 1000, repairs: 200 } as const;

/**
 * Characters a raw file's name may hold: ASCII letters, digits, `.`, `_` and `-`, so the name
 * is the same in the folder, the manifest and the raw-download URL (`%`, `#`, `?`, spaces and
 * newlines each change or break the URL).
 */
const FILE_NAME_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]*\.txt$/;

/** A one-line text field of at most `max` characters. */
const text = (max: number) =>
	z.string().trim().min(1).max(max, `keep it to ${max} characters or fewer`);

/** A short stable identifier used in URLs: lowercase letters, digits and single hyphens. */
export const SlugSchema = z
	.string()
	.max(FIELD_LIMITS.id, `keep it to ${FIELD_LIMITS.id} characters or fewer`)
	.regex(SLUG_PATTERN, 'Use lowercase letters, digits and single hyphens, e.g. `daily-web`');

/** An http(s) URL of reasonable length. */
const UrlSchema = z
	.string()
	.max(FIELD_LIMITS.url, `keep it to ${FIELD_LIMITS.url} characters or fewer`)
	.pipe(z.url({ protocol: /^https?$/ }));

/** A calendar date written `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date('expected a real calendar date written YYYY-MM-DD');

/** A news outlet that published one or more of the story's articles. */
export const OutletSchema = z.strictObject({
	/** Short stable id, referenced by `articles[].outlet`, e.g. `cbc`. */
	id: SlugSchema,
	/** The outlet's name as readers know it, e.g. `CBC News`. */
	name: text(FIELD_LIMITS.name),
	/** The outlet's home page. */
	homepage: UrlSchema,
});
export type Outlet = z.output<typeof OutletSchema>;

/**
 * An explicit repair where no general rule can know the right text, e.g. a garbled byte run
 * standing where the outlet's own name was. Applied to every occurrence in the file.
 */
export const RepairSchema = z.strictObject({
	/** The exact text as it appears in the raw file (after decoding). */
	find: z.string().min(1).max(FIELD_LIMITS.repair),
	/** The text that replaces it. */
	replace: z.string().max(FIELD_LIMITS.repair),
	/** Why this repair is right, shown to readers in the cleaning log. */
	reason: text(FIELD_LIMITS.repair),
	/**
	 * Id of another article of this story whose text justifies the repair: at least one
	 * repaired line must then appear in that article, or the build stops.
	 */
	evidence: SlugSchema.optional(),
});
export type Repair = z.output<typeof RepairSchema>;

/** One raw article file of the story. */
export const ManifestArticleSchema = z.strictObject({
	/** Short stable id used in URLs, unique within the story, e.g. `ctv-web`. */
	id: SlugSchema,
	/** The raw file's name in the story folder, kept exactly as scraped. */
	file: z
		.string()
		.max(FIELD_LIMITS.file, `keep it to ${FIELD_LIMITS.file} characters or fewer`)
		.regex(
			FILE_NAME_PATTERN,
			'Give a bare file name of ASCII letters, digits, `.`, `_` and `-`, ending in .txt, e.g. `000_ab12.txt`; rename the file to match',
		),
	/** Id of the outlet (from `outlets`) that published it. */
	outlet: SlugSchema,
	/** Publication date, where known. Overrides a date found in the file itself. */
	published: IsoDateSchema.optional(),
	/** The headline, where the capture lacks one. */
	headline: text(FIELD_LIMITS.headline).optional(),
	/** Where the article was published. */
	url: UrlSchema.optional(),
	/** Editorial note shown with the article, e.g. that it is a later capture of another. */
	note: text(FIELD_LIMITS.note).optional(),
	/**
	 * Id of another capture of the same article by the same outlet. Versions are detected
	 * without it (same outlet, most sentences shared); declare it where an update rewrote
	 * too much for detection.
	 */
	versionOf: SlugSchema.optional(),
	/** Explicit repairs to the raw text, each logged and shown to readers. */
	repairs: z.array(RepairSchema).max(COUNT_LIMITS.repairs).default([]),
});
export type ManifestArticle = z.output<typeof ManifestArticleSchema>;

/** The whole manifest of one story folder. */
export const StoryManifestSchema = z.strictObject({
	/** The story's title as the site shows it. */
	title: text(FIELD_LIMITS.title),
	/** URL slug; defaults to the folder's name. */
	slug: SlugSchema.optional(),
	/** The day the story broke. */
	date: IsoDateSchema,
	/** A short editorial summary, in Markdown. */
	summary: text(FIELD_LIMITS.summary),
	/** The outlets whose articles the story compares. */
	outlets: z.array(OutletSchema).min(1).max(COUNT_LIMITS.outlets),
	/** The story's raw article files, at least one. */
	articles: z.array(ManifestArticleSchema).min(1).max(COUNT_LIMITS.articles),
});
export type StoryManifest = z.output<typeof StoryManifestSchema>;
