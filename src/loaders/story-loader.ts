/**
 * The content loader: reads every story folder under the content directory (a `story.yaml`
 * manifest beside raw article files), hands the bytes to the pure pipeline (`src/pipeline/build-story.ts`), and
 * stores one validated story model per folder. The only code that touches the files.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { crossOutletRows } from '../coverage/cross-outlet.ts';
import { buildStory, outletHost } from '../pipeline/build-story.ts';
import { findTemplateLines, type SiteCapture } from '../ingest/find-template-lines.ts';
import { readStoryFolders } from './read-story-folder.ts';
import { StorySchema } from '../schemas/story.ts';

/** A raw file kept for download, byte for byte. */
export const SourceFileSchema = z.object({
	/** The file's name in the story folder. */
	file: z.string(),
	/** The file's bytes, base64. */
	base64: z.string(),
});

/** What the loader stores per story: the model, and the raw files it was built from. */
export const StoryEntrySchema = z.object({
	story: StorySchema,
	sources: z.array(SourceFileSchema),
});
export type StoryEntry = z.output<typeof StoryEntrySchema>;

/** Options for {@link storyLoader}. */
export interface StoryLoaderOptions {
	/** The content directory, relative to the project root. Defaults to `content`. */
	base?: string;
}

/** Creates the loader for the `stories` collection. */
export function storyLoader(options: StoryLoaderOptions = {}) {
	const base = options.base ?? 'content';
	return {
		name: 'same-story-loader',
		schema: StoryEntrySchema,
		load: async ({ store, parseData, generateDigest, logger, config, watcher }) => {
			const root = fileURLToPath(config.root);
			const contentDir = path.resolve(root, base);
			const relative = (p: string): string => path.relative(root, p).split(path.sep).join('/');

			const sync = async (): Promise<void> => {
				const folders = readStoryFolders(contentDir, root);
				const templateLines = findTemplateLines(
					folders.flatMap((f) =>
						f.manifest.articles.map((a): SiteCapture => ({
							story: f.slug,
							host: outletHost(f.manifest.outlets.find((o) => o.id === a.outlet)!.homepage),
							bytes: f.files.get(a.file)!.bytes,
							path: f.files.get(a.file)!.path,
						})),
					),
				);
				// Build every story before storing any, so a bad folder leaves no half-made store.
				logger.info(
					`Building ${folders.length} ${folders.length === 1 ? 'story' : 'stories'} from ${relative(contentDir)}/`,
				);
				// A capture cannot be dated after the day it is built: later datelines are misreads.
				const notAfter = new Date().toISOString().slice(0, 10);
				const entries = folders.map((folder) => {
					const started = performance.now();
					const story = buildStory({ ...folder, templateLines, notAfter });
					for (const article of story.articles) {
						for (const warning of article.cleaningWarnings) {
							logger.warn(
								`${folder.slug}/${article.sourceFile} (article ${article.id}): ${warning.message}`,
							);
						}
					}
					const ms = Math.round(performance.now() - started);
					const steps = story.articles.reduce((n, a) => n + a.cleaningLog.length, 0);
					const removed = story.articles.reduce(
						(n, a) => n + a.cleaningLog.filter((e) => e.action === 'removed').length,
						0,
					);
					const warnings = story.articles.reduce((n, a) => n + a.cleaningWarnings.length, 0);
					const shared = crossOutletRows(story.coverage).length;
					logger.info(
						`${folder.slug}: ${story.articles.length} articles loaded (${steps} cleaning steps logged, ${removed} ${removed === 1 ? 'line' : 'lines'} removed, ` +
							`${warnings} cleaning ${warnings === 1 ? 'warning' : 'warnings'}), ` +
							`${story.groups.length} passage groups (${shared} across outlets), ${story.quotes.length} quotations, ` +
							`${story.differences.length} differences, built in ${ms} ms`,
					);
					const sources = [...folder.files.values()].map((f) => ({
						file: path.basename(f.path),
						base64: Buffer.from(f.bytes).toString('base64'),
					}));
					return { id: story.slug, folder, data: { story, sources } };
				});
				store.clear();
				for (const entry of entries) {
					const data = await parseData({
						id: entry.id,
						data: entry.data,
						filePath: entry.folder.manifestPath,
					});
					store.set({
						id: entry.id,
						data,
						filePath: entry.folder.manifestPath,
						digest: generateDigest(data),
					});
				}
			};

			await sync();
			watcher?.add(contentDir);
			watcher?.on('change', async (changed) => {
				if (!changed.startsWith(contentDir)) return;
				logger.info(`Reloading stories: ${relative(changed)} changed`);
				try {
					await sync();
				} catch (error) {
					logger.error(error instanceof Error ? error.message : String(error));
				}
			});
		},
	} satisfies Loader;
}
