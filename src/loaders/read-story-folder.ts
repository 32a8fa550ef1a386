/**
 * Reads story folders from disk: each folder's manifest and the raw bytes of the files it
 * lists. With the story loader, the only code that touches the files; the site build, the tests
 * and the benchmark all read stories through it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ManifestError, StoryCollectionError } from '../ingest/errors.ts';
import { MANIFEST_FILE, parseManifest } from '../ingest/manifest.ts';
import type { RawArticleFile } from '../ingest/parse-article.ts';
import { SlugSchema, type StoryManifest } from '../schemas/manifest.ts';

/** A story folder as read from disk, ready for the pipeline. */
export interface StoryFolder {
	/** URL slug (the manifest's `slug`, else the folder name). */
	slug: string;
	/** The folder, relative to the project root. */
	folder: string;
	/** The manifest's path relative to the project root, for messages. */
	manifestPath: string;
	manifest: StoryManifest;
	/** The raw article files, by file name. */
	files: Map<string, RawArticleFile>;
}

/** Reads one story folder; paths in messages are relative to `root`. */
export function readStoryFolder(folder: string, root: string = process.cwd()): StoryFolder {
	const relative = (p: string): string => path.relative(root, p).split(path.sep).join('/');
	const name = path.basename(folder);
	const manifestPath = relative(path.join(folder, MANIFEST_FILE));
	const folderFiles = readdirSync(folder).sort();
	if (!folderFiles.includes(MANIFEST_FILE)) {
		throw new ManifestError(
			`the story folder has no ${MANIFEST_FILE}`,
			{ file: relative(folder) },
			`Add ${MANIFEST_FILE} listing the folder's article files (see README.md, "Add a story").`,
		);
	}
	const manifest = parseManifest(readFileSync(path.join(folder, MANIFEST_FILE), 'utf8'), {
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
	const files = new Map<string, RawArticleFile>();
	for (const article of manifest.articles) {
		const filePath = path.join(folder, article.file);
		if (!statSync(filePath).isFile()) {
			throw new ManifestError(
				`"${article.file}" is not a regular file`,
				{ file: manifestPath, field: 'articles' },
				'Point `file` at a plain text file in the story folder.',
			);
		}
		const bytes = new Uint8Array(readFileSync(filePath));
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		files.set(article.file, { path: relative(filePath), bytes, sha256 });
	}
	return { slug, folder: relative(folder), manifestPath, manifest, files };
}

/** Reads every story folder under a content directory, in name order; slugs must be unique. */
export function readStoryFolders(contentDir: string, root: string = process.cwd()): StoryFolder[] {
	const relative = (p: string): string => path.relative(root, p).split(path.sep).join('/');
	let names: string[];
	try {
		names = readdirSync(contentDir, { withFileTypes: true })
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
	const slugs = new Map<string, string>();
	return names.map((name) => {
		const story = readStoryFolder(path.join(contentDir, name), root);
		const clash = slugs.get(story.slug);
		if (clash !== undefined) {
			throw new StoryCollectionError(
				`two stories have the slug "${story.slug}": ${clash} and ${story.manifestPath}`,
				{ file: story.manifestPath, field: 'slug' },
				'Give one of them another `slug` in its manifest, or rename its folder.',
			);
		}
		slugs.set(story.slug, story.manifestPath);
		return story;
	});
}
