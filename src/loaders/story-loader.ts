/**
 * The content loader: reads every story folder under the content directory (a `story.yaml`
 * manifest beside raw article files), hands the bytes to the pure pipeline in `src/lib`, and
 * stores one validated story model per folder. The only code that touches the files.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { buildStory, outletHost } from '../lib/build-story.ts';
import { ManifestError, StoryCollectionError } from '../lib/errors.ts';
import { findTemplateLines, type SiteCapture } from '../lib/find-template-lines.ts';
import { MANIFEST_FILE, parseManifest, SlugSchema, type StoryManifest } from '../lib/manifest.ts';
import type { RawArticleFile } from '../lib/parse-article.ts';
import { StorySchema } from '../lib/story-schema.ts';

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

interface StoryFolder {
	slug: string;
	folder: string;
	manifestPath: string;
	manifest: StoryManifest;
	files: Map<string, RawArticleFile>;
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
				const folders = await readStoryFolders(contentDir, relative);
				const templateLines = findTemplateLines(
					folders.flatMap((f) =>
						f.manifest.articles.map(
							(a): SiteCapture => ({
								story: f.slug,
								host: outletHost(f.manifest.outlets.find((o) => o.id === a.outlet)!.homepage),
								bytes: f.files.get(a.file)!.bytes,
								path: f.files.get(a.file)!.path,
							}),
						),
					),
				);
				// Build every story before storing any, so a bad folder leaves no half-made store.
				logger.info(`Building ${folders.length} ${folders.length === 1 ? 'story' : 'stories'} from ${relative(contentDir)}/`);
				const entries = folders.map((folder) => {
					const started = performance.now();
					const story = buildStory({ ...folder, templateLines });
					const ms = Math.round(performance.now() - started);
					const steps = story.articles.reduce((n, a) => n + a.cleaningLog.length, 0);
					const shared = story.coverage.groups.filter((g) => g.outletCount >= 2).length;
					logger.info(
						`${folder.slug}: ${story.articles.length} articles loaded (${steps} cleaning steps logged), ` +
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
					const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.folder.manifestPath });
					store.set({ id: entry.id, data, filePath: entry.folder.manifestPath, digest: generateDigest(data) });
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

async function readStoryFolders(contentDir: string, relative: (p: string) => string): Promise<StoryFolder[]> {
	let names: string[];
	try {
		names = (await readdir(contentDir, { withFileTypes: true }))
			.filter((d) => d.isDirectory() && !d.name.startsWith('.'))
			.map((d) => d.name)
			.sort();
	} catch {
		throw new StoryCollectionError(
			'the content directory does not exist',
			{ file: relative(contentDir) || '.' },
			'Create it with one folder per story, each holding story.yaml and the raw article files.',
		);
	}
	if (names.length === 0) {
		throw new StoryCollectionError(
			'the content directory holds no story folders',
			{ file: relative(contentDir) },
			'Add a folder per story, each holding story.yaml and the raw article files (see README.md).',
		);
	}
	const folders: StoryFolder[] = [];
	const slugs = new Map<string, string>();
	for (const name of names) {
		const folder = path.join(contentDir, name);
		const manifestPath = relative(path.join(folder, MANIFEST_FILE));
		const folderFiles = (await readdir(folder)).sort();
		if (!folderFiles.includes(MANIFEST_FILE)) {
			throw new ManifestError(
				`the story folder has no ${MANIFEST_FILE}`,
				{ file: relative(folder) },
				`Add ${MANIFEST_FILE} listing the folder's article files (see README.md, "Add a story").`,
			);
		}
		const manifest = parseManifest(await readFile(path.join(folder, MANIFEST_FILE), 'utf8'), {
			file: manifestPath,
			folderFiles,
		});
		const slug = manifest.slug ?? name;
		if (!SlugSchema.safeParse(slug).success) {
			throw new ManifestError(
				`the folder name "${name}" is not a valid slug and the manifest gives none`,
				{ file: manifestPath, field: 'slug' },
				'Rename the folder with lowercase letters, digits and hyphens, or set `slug` in the manifest.',
			);
		}
		const clash = slugs.get(slug);
		if (clash !== undefined) {
			throw new StoryCollectionError(
				`two stories have the slug "${slug}": ${clash} and ${manifestPath}`,
				{ file: manifestPath, field: 'slug' },
				'Give one of them another `slug` in its manifest, or rename its folder.',
			);
		}
		slugs.set(slug, manifestPath);
		const files = new Map<string, RawArticleFile>();
		for (const article of manifest.articles) {
			const filePath = path.join(folder, article.file);
			const info = await stat(filePath);
			if (!info.isFile()) {
				throw new ManifestError(
					`"${article.file}" is not a regular file`,
					{ file: manifestPath, field: 'articles' },
					'Point `file` at a plain text file in the story folder.',
				);
			}
			const bytes = new Uint8Array(await readFile(filePath));
			const sha256 = createHash('sha256').update(bytes).digest('hex');
			files.set(article.file, { path: relative(filePath), bytes, sha256 });
		}
		folders.push({ slug, folder: relative(folder), manifestPath, manifest, files });
	}
	return folders;
}
