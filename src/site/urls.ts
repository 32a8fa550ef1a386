/**
 * Site URLs, all under the configured base path so the built site works at a domain's root
 * or under any sub-path. Every internal link goes through these.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Prefixes a site-relative path (no leading slash) with the base path. */
export function withBase(path = ''): string {
	return BASE + path.replace(/^\//, '');
}

/** The home page. */
export function homeUrl(): string {
	return withBase();
}

/** A story's overview page. */
export function storyUrl(slug: string): string {
	return withBase(`stories/${slug}/`);
}

/** One article's reader page. */
export function articleUrl(slug: string, articleId: string): string {
	return withBase(`stories/${slug}/articles/${articleId}/`);
}

/** The story export (JSON). */
export function storyDataUrl(slug: string): string {
	return withBase(`data/stories/${slug}.json`);
}

/** The raw file an article was parsed from, byte for byte. */
export function rawFileUrl(slug: string, sourceFile: string): string {
	return withBase(`data/stories/${slug}/raw/${encodeURIComponent(sourceFile)}`);
}

/** The JSON Schema of the story export. */
export function schemaUrl(): string {
	return withBase('data/schema.json');
}

/** A passage group's page. */
export function groupUrl(slug: string, groupId: string): string {
	return withBase(`stories/${slug}/passages/${groupId}/`);
}

/** A passage inside its article's reader page. */
export function passageUrl(slug: string, articleId: string, passageId: string): string {
	return `${articleUrl(slug, articleId)}#${passageId}`;
}

/** The side-by-side comparison of two articles. */
export function compareUrl(slug: string, a: string, b: string): string {
	return withBase(`stories/${slug}/compare/${a}--${b}/`);
}

/** The list of comparisons of a story. */
export function compareIndexUrl(slug: string): string {
	return withBase(`stories/${slug}/compare/`);
}

/** The story's versions page. */
export function versionsUrl(slug: string): string {
	return withBase(`stories/${slug}/versions/`);
}

/** The story's quote ledger. */
export function quotesUrl(slug: string): string {
	return withBase(`stories/${slug}/quotes/`);
}

/** The story's "where the outlets differ" page. */
export function differencesUrl(slug: string): string {
	return withBase(`stories/${slug}/differences/`);
}

/** A quotation inside its article's reader page. */
export function quoteUrl(slug: string, articleId: string, quoteId: string): string {
	return `${articleUrl(slug, articleId)}#${quoteId}`;
}

/** One table of a story's data as CSV. */
export function tableUrl(slug: string, table: string): string {
	return withBase(`data/stories/${slug}/${table}.csv`);
}

/** A story's share image (PNG). */
export function shareImageUrl(slug: string): string {
	return withBase(`og/${slug}.png`);
}

/** The search page. */
export function searchUrl(): string {
	return withBase('search/');
}

/** The page explaining the method. */
export function methodUrl(): string {
	return withBase('how-it-works/');
}
