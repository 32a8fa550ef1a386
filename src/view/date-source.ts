/** How the site tells readers where an article's date came from. */
import type { Article } from '../schemas/article.ts';

/** A short phrase naming where `article.published` came from, or null for an undated capture. */
export function describeDateSource(article: Article): string | null {
	switch (article.publishedSource) {
		case 'manifest':
			return 'date given by the editor';
		case 'dateline':
			return 'from the dateline';
		case 'update-line':
			return 'from an update line: first published earlier';
		case 'capture':
			return "from the capture's date line: may be the day it was saved";
		default:
			return null;
	}
}

/** Whether any article's date is the capture's own (dateline, update line or capture date). */
export function hasCaptureDates(articles: readonly Article[]): boolean {
	return articles.some((a) => a.publishedSource !== null && a.publishedSource !== 'manifest');
}
