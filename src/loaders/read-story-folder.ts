/**
 * Reads story folders from disk: each folder's manifest and the raw bytes of the files it
 * lists. With the story loader, the only code that touches the files; the site build, the tests
 * and the benchmark all read stories through it.
 */
import { createHash } from 'node:crypto';
import {
	closeSync,
	fstatSync,
	lstatSync,
	openSync,
	readdirSync,
	readSync,
	realpathSync,
	type Stats,
} from 'node:fs';
import path from 'node:path';
import {
	ArticleParseError,
	ContentError,
	ManifestError,
	StoryCollectionError,
} from '../ingest/errors.ts';
import {
	decodeManifest,
	type FieldCleaning,
	MANIFEST_FILE,
	MAX_MANIFEST_BYTES,
	readManifest,
} from '../ingest/manifest.ts';
import { MAX_ARTICLE_BYTES, type RawArticleFile } from '../ingest/parse-article.ts';
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
	/** Changes made to the manifest's text fields when it was read, for the build log. */
	manifestCleanings: FieldCleaning[];
}

/** What kind of thing a non-regular directory entry is, in an author's words. */
function describeEntry(stats: Stats): string {
	if (stats.isSymbolicLink()) return 'a symbolic link';
	if (stats.isDirectory()) return 'a folder';
	if (stats.isFIFO()) return 'a named pipe (FIFO)';
	if (stats.isSocket()) return 'a socket';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
	return 'not a regular file';
}

/** A name as it appears in messages: quoted, with newlines and controls made visible. */
function shown(name: string): string {
	return JSON.stringify(name);
}

/**
 * Reads a regular file of at most `limit` bytes, checking size before reading (a huge file is
 * never loaded) and reading through one descriptor, so a file swapped or grown after the check
 * is still bounded. Returns null when the file is larger than `limit`, with its size.
 */
function readBounded(file: string, limit: number): { bytes: Uint8Array | null; size: number } {
	const fd = openSync(file, 'r');
	try {
		const size = fstatSync(fd).size;
		if (size > limit) return { bytes: null, size };
		const buffer = new Uint8Array(limit + 1);
		let length = 0;
		for (let n = 1; n > 0 && length <= limit; length += n) {
			n = readSync(fd, buffer, length, buffer.length - length, null);
		}
		if (length > limit) return { bytes: null, size: length };
		return { bytes: buffer.slice(0, length), size: length };
	} finally {
		closeSync(fd);
	}
}

/**
 * Checks a story folder's entry before it is read: it must be a regular file (not a symbolic
 * link, FIFO, device or folder) whose real path lies inside the story folder.
 */
function checkEntry(folder: string, name: string, place: { file: string; field?: string }): void {
	const full = path.join(folder, name);
	const stats = lstatSync(full);
	if (!stats.isFile()) {
		throw new ManifestError(
			`${shown(name)} in the story folder is ${describeEntry(stats)}; only plain files are read`,
			place,
			stats.isSymbolicLink()
				? 'Copy the real file into the story folder instead of linking to it: a link could publish a file from anywhere on the machine.'
				: 'Replace it with a plain text file, or remove it and its manifest entry.',
		);
	}
	const real = realpathSync(full);
	const relative = path.relative(realpathSync(folder), real);
	if (relative.startsWith('..') || path.isAbsolute(relative) || relative.includes(path.sep)) {
		throw new ManifestError(
			`${shown(name)} resolves to a file outside the story folder`,
			place,
			'Copy the file into the story folder.',
		);
	}
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
			`Add ${MANIFEST_FILE} listing the folder's article files (see README.md, "Use it for your own story").`,
		);
	}
	// Links and special files are refused wherever they sit in the folder, listed or not.
	for (const entry of folderFiles) {
		const stats = lstatSync(path.join(folder, entry));
		if (stats.isFile() || (stats.isDirectory() && entry !== MANIFEST_FILE)) continue;
		checkEntry(folder, entry, { file: relative(path.join(folder, entry)) });
	}
	checkEntry(folder, MANIFEST_FILE, { file: manifestPath });
	const manifestRead = readBounded(path.join(folder, MANIFEST_FILE), MAX_MANIFEST_BYTES);
	if (manifestRead.bytes === null) {
		throw new ManifestError(
			`the manifest is ${formatSize(manifestRead.size)}; a manifest may be at most ${formatSize(MAX_MANIFEST_BYTES)}`,
			{ file: manifestPath },
			"A manifest lists a story's fields and files in a few kilobytes; check that this is the right file.",
		);
	}
	const { manifest, cleanings } = readManifest(decodeManifest(manifestRead.bytes, manifestPath), {
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
	manifest.articles.forEach((article, i) => {
		const filePath = path.join(folder, article.file);
		checkEntry(folder, article.file, { file: manifestPath, field: `articles.${i}.file` });
		const { bytes, size } = readBounded(filePath, MAX_ARTICLE_BYTES);
		if (bytes === null) {
			throw new ArticleParseError(
				`the file is ${formatSize(size)}; an article file may be at most ${formatSize(MAX_ARTICLE_BYTES)}`,
				{ file: relative(filePath) },
				'A news article is a few kilobytes of text. Check that this is the right file (not a whole site dump or a binary), or trim it to the article.',
			);
		}
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		files.set(article.file, { path: relative(filePath), bytes, sha256 });
	});
	return {
		slug,
		folder: relative(folder),
		manifestPath,
		manifest,
		files,
		manifestCleanings: cleanings,
	};
}

/** Reads one story folder, turning file-system failures (permissions, races) into content errors. */
export function readStoryFolderSafely(folder: string, root: string = process.cwd()): StoryFolder {
	try {
		return readStoryFolder(folder, root);
	} catch (error) {
		if (ContentError.is(error)) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		const at = (error as NodeJS.ErrnoException).path;
		const file = path
			.relative(root, at ?? folder)
			.split(path.sep)
			.join('/');
		throw new StoryCollectionError(
			`the story folder cannot be read: ${code ?? (error as Error).message}`,
			{ file },
			code === 'EACCES' || code === 'EPERM'
				? 'Make the file readable by the user running the build.'
				: 'Check that the file exists, is readable and did not change during the build.',
		);
	}
}

/** A byte count in KB or MB, for messages. */
function formatSize(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${(bytes / 1024 / 1024).toFixed(1)} MB`
		: `${Math.ceil(bytes / 1024)} KB`;
}

/** Reads every story folder under a content directory, in name order; slugs must be unique. */
export function readStoryFolders(contentDir: string, root: string = process.cwd()): StoryFolder[] {
	const relative = (p: string): string => path.relative(root, p).split(path.sep).join('/');
	let names: string[];
	try {
		const entries = readdirSync(contentDir, { withFileTypes: true }).filter(
			(d) => !d.name.startsWith('.'),
		);
		// A linked story folder would publish whatever it points at; it is refused, not skipped.
		const link = entries.find((d) => d.isSymbolicLink());
		if (link) {
			throw new StoryCollectionError(
				`${shown(link.name)} in the content folder is a symbolic link; story folders are read only when they are real folders`,
				{ file: relative(path.join(contentDir, link.name)) },
				'Move or copy the story folder into the content folder instead of linking to it.',
			);
		}
		names = entries
			.filter((d) => d.isDirectory())
			.map((d) => d.name)
			.sort();
	} catch (error) {
		if (ContentError.is(error)) throw error;
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
		const story = readStoryFolderSafely(path.join(contentDir, name), root);
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
