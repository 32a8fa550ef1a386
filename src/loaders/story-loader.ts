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
import {
	buildStory,
	listStoryUnitTexts,
	outletHost,
	type StoryInput,
} from '../pipeline/build-story.ts';
import { embedTexts, ENCODER, isMeaningEnabled, MEANING_VARIABLE } from './embed-units.ts';
import { findTemplateLines, type SiteCapture } from '../ingest/find-template-lines.ts';
import { ContentError, StoryCollectionError } from '../ingest/errors.ts';
import { readStoryFolders, type StoryFolder } from './read-story-folder.ts';
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

/** The environment variable that keeps stack traces on content errors, for debugging the code. */
export const DEBUG_VARIABLE = 'SAME_STORY_DEBUG';

/**
 * Prepares an error for the author: a content error loses its stack trace (it points into
 * the project's code, which means nothing to an author) unless the debug variable is set; any
 * other error raised while building a story becomes a content error naming the story's
 * manifest, so every failure an author can cause names a file.
 */
export function presentError(
	error: unknown,
	folder: Pick<StoryFolder, 'manifestPath'> | undefined,
	debug: boolean,
): ContentError {
	const content = ContentError.is(error)
		? error
		: new StoryCollectionError(
				`the story could not be built: ${error instanceof Error ? error.message : String(error)}`,
				{ file: folder?.manifestPath ?? 'content' },
				`Some input in this story goes beyond what the pipeline handles. Run the build with ${DEBUG_VARIABLE}=1 for the stack trace, and report it with the story folder.`,
			);
	if (!debug) content.stack = '';
	else if (content !== error && error instanceof Error) content.stack = error.stack ?? '';
	return content;
}

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

			const debug = Boolean(process.env[DEBUG_VARIABLE]);
			const meaningOn = isMeaningEnabled();
			if (!meaningOn)
				logger.info(`${MEANING_VARIABLE} is off: passages are aligned on words alone`);
			// Vectors of the semantic check, from the cache where it has them (see embed-units.ts).
			const embedStory = async (
				input: StoryInput,
				slug: string,
			): Promise<StoryInput['meaning']> => {
				if (!meaningOn) return undefined;
				const started = performance.now();
				const cacheFile = path.join(
					root,
					'node_modules',
					'.cache',
					'same-story',
					'meaning',
					`${slug}.json`,
				);
				// Outside the try: a story that cannot be parsed fails with its own error below.
				const texts = listStoryUnitTexts(input);
				try {
					const { vectors, cached, embedded, cacheWarning } = await embedTexts(texts, cacheFile);
					if (cacheWarning) logger.warn(`${slug}: ${cacheWarning}`);
					logger.info(
						`${slug}: semantic check: ${cached} sentence vectors from the cache, ${embedded} embedded, in ${Math.round(performance.now() - started)} ms`,
					);
					return { encoder: ENCODER, vectors };
				} catch (error) {
					logger.warn(
						`${slug}: the semantic check could not run (${error instanceof Error ? error.message : String(error)}); passages are aligned on words alone. Reinstall with \`npm install\`, or set ${MEANING_VARIABLE}=off to silence this.`,
					);
					return undefined;
				}
			};
			const sync = async (): Promise<void> => {
				let current: StoryFolder | undefined;
				try {
					await syncStories((folder) => (current = folder));
				} catch (error) {
					throw presentError(error, current, debug);
				}
			};
			const syncStories = async (starting: (folder: StoryFolder) => void): Promise<void> => {
				const folders = readStoryFolders(contentDir, root);
				for (const folder of folders) {
					for (const c of folder.manifestCleanings) {
						logger.warn(
							`${folder.manifestPath}${c.line === undefined ? '' : `:${c.line}`}: field \`${c.field}\` ${c.detail}`,
						);
					}
				}
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
				const entries = [];
				for (const folder of folders) {
					starting(folder);
					const input = { ...folder, templateLines, notAfter };
					const meaning = await embedStory(input, folder.slug);
					const started = performance.now();
					const story = buildStory({ ...input, meaning });
					if (meaning && !story.alignment.semanticCheck)
						logger.warn(
							`${folder.slug}: the sentence vectors could not be used (missing or of different sizes); passages are aligned on words alone. Delete node_modules/.cache/same-story/meaning/ and build again.`,
						);
					for (const article of story.articles) {
						const guessed = article.cleaningLog.find(
							(e) => e.rule === 'encoding' && e.action === 'decoded' && /guess/i.test(e.detail),
						);
						if (guessed)
							logger.warn(`${folder.files.get(article.sourceFile)!.path}: ${guessed.detail}`);
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
							`${story.groups.length} passage groups (${shared} across outlets), ${story.related.length} related wordings, ${story.quotes.length} quotations, ` +
							`${story.differences.length} differences, built in ${ms} ms`,
					);
					const sources = [...folder.files.values()].map((f) => ({
						file: path.basename(f.path),
						base64: Buffer.from(f.bytes).toString('base64'),
					}));
					entries.push({ id: story.slug, folder, data: { story, sources } });
				}
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
