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
