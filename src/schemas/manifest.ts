/**
 * The story manifest's schema: the small human-edited file (`story.yaml`) beside a story's raw
 * article files that says what they are. Parsed, with line numbers, by `src/ingest/manifest.ts`.
 */
import { z } from 'zod';

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A short stable identifier used in URLs: lowercase letters, digits and single hyphens. */
export const SlugSchema = z
	.string()
	.regex(SLUG_PATTERN, 'Use lowercase letters, digits and single hyphens, e.g. `ctv-web`');

/** A calendar date written `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date('expected a real calendar date written YYYY-MM-DD');

/** A news outlet that published one or more of the story's articles. */
export const OutletSchema = z.strictObject({
	/** Short stable id, referenced by `articles[].outlet`, e.g. `cbc`. */
	id: SlugSchema,
	/** The outlet's name as readers know it, e.g. `CBC News`. */
	name: z.string().trim().min(1),
	/** The outlet's home page. */
	homepage: z.url({ protocol: /^https?$/ }),
});
export type Outlet = z.output<typeof OutletSchema>;

/**
 * An explicit repair where no general rule can know the right text, e.g. a garbled byte run
 * standing where the outlet's own name was. Applied to every occurrence in the file.
 */
export const RepairSchema = z.strictObject({
	/** The exact text as it appears in the raw file (after decoding). */
	find: z.string().min(1),
	/** The text that replaces it. */
	replace: z.string(),
	/** Why this repair is right, shown to readers in the cleaning log. */
	reason: z.string().trim().min(1),
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
		.regex(/^[^/\\]+\.txt$/, 'Give a bare file name ending in .txt, e.g. `000_ab12.txt`'),
	/** Id of the outlet (from `outlets`) that published it. */
	outlet: SlugSchema,
	/** Publication date, where known. Overrides a date found in the file itself. */
	published: IsoDateSchema.optional(),
	/** The headline, where the capture lacks one. */
	headline: z.string().trim().min(1).optional(),
	/** Where the article was published. */
	url: z.url({ protocol: /^https?$/ }).optional(),
	/** Editorial note shown with the article, e.g. that it is a later capture of another. */
	note: z.string().trim().min(1).optional(),
	/**
	 * Id of another capture of the same article by the same outlet. Versions are detected
	 * without it (same outlet, most sentences shared); declare it where an update rewrote
	 * too much for detection.
	 */
	versionOf: SlugSchema.optional(),
	/** Explicit repairs to the raw text, each logged and shown to readers. */
	repairs: z.array(RepairSchema).default([]),
});
export type ManifestArticle = z.output<typeof ManifestArticleSchema>;

/** The whole manifest of one story folder. */
export const StoryManifestSchema = z.strictObject({
	/** The story's title as the site shows it. */
	title: z.string().trim().min(1),
	/** URL slug; defaults to the folder's name. */
	slug: SlugSchema.optional(),
	/** The day the story broke. */
	date: IsoDateSchema,
	/** A short editorial summary, in Markdown. */
	summary: z.string().trim().min(1),
	/** The outlets whose articles the story compares. */
	outlets: z.array(OutletSchema).min(1),
	/** The story's raw article files, at least one. */
	articles: z.array(ManifestArticleSchema).min(1),
});
export type StoryManifest = z.output<typeof StoryManifestSchema>;
