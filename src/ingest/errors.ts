/**
 * Typed errors for bad content. Each names the file, the line or field where it can,
 * and a hint saying how to fix it; the build stops on any of them.
 */

/** Where in a content file a problem sits. */
export interface ContentPlace {
	/** Path of the content file, relative to the project root (posix separators). */
	file: string;
	/** 1-based line number, when the problem has one. */
	line?: number;
	/** Dotted path of the manifest field at fault, e.g. `articles.2.published`. */
	field?: string;
}

/** Base class: a problem in the content that must stop the build. */
export class ContentError extends Error {
	override name = 'ContentError';
	readonly file: string;
	readonly line: number | undefined;
	readonly field: string | undefined;
	readonly hint: string;
	/** The bare problem, without place or hint. */
	readonly problem: string;

	constructor(problem: string, place: ContentPlace, hint: string) {
		// The hint stays out of the message: Astro prints `hint` on its own line.
		super(formatContentMessage(problem, place));
		this.problem = problem;
		this.file = place.file;
		this.line = place.line;
		this.field = place.field;
		this.hint = hint;
	}

	/** True when `error` is any content error, whichever subclass. */
	static is(error: unknown): error is ContentError {
		return error instanceof ContentError;
	}
}

/** The story manifest is missing, malformed or inconsistent with the folder. */
export class ManifestError extends ContentError {
	override name = 'ManifestError';
}

/** An article file cannot be decoded as text. */
export class ArticleDecodeError extends ContentError {
	override name = 'ArticleDecodeError';
}

/** An article file decodes but holds no usable article. */
export class ArticleParseError extends ContentError {
	override name = 'ArticleParseError';
}

/** The stories under `content/` conflict with each other (e.g. two share a slug). */
export class StoryCollectionError extends ContentError {
	override name = 'StoryCollectionError';
}

/**
 * A stage gave up on an input far beyond any news story (its cost would explode); `file` is
 * the article file's name until the pipeline replaces it with the file's path.
 */
export class StageLimitError extends ContentError {
	override name = 'StageLimitError';
}

/** Formats `file:line: problem (field x)`, as compilers print errors. */
export function formatContentMessage(problem: string, place: ContentPlace): string {
	const where = place.line === undefined ? place.file : `${place.file}:${place.line}`;
	const field = place.field === undefined ? '' : ` (field \`${place.field}\`)`;
	return `${where}: ${problem}${field}`;
}
