/** Reads the seed story and fixture stories for tests. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseManifest, type StoryManifest } from '../../src/lib/manifest.ts';
import type { RawArticleFile } from '../../src/lib/parse-article.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEED_SLUG = 'han-dong-leaves-liberal-caucus';
export const SEED_DIR = path.join(ROOT, 'content', SEED_SLUG);
export const FIXTURE_CONTENT = path.join(ROOT, 'tests/fixtures/content');

/** A story folder read from disk, as the loader would hand it to the pipeline. */
export interface StoryFolderData {
	slug: string;
	manifestPath: string;
	manifest: StoryManifest;
	files: Map<string, RawArticleFile>;
}

/** Reads one story folder (manifest and raw files). */
export function readStoryFolder(dir: string): StoryFolderData {
	const slug = path.basename(dir);
	const manifestPath = path.relative(ROOT, path.join(dir, 'story.yaml'));
	const manifest = parseManifest(readFileSync(path.join(dir, 'story.yaml'), 'utf8'), {
		file: manifestPath,
		folderFiles: readdirSync(dir),
	});
	const files = new Map<string, RawArticleFile>();
	for (const article of manifest.articles) {
		const bytes = new Uint8Array(readFileSync(path.join(dir, article.file)));
		files.set(article.file, {
			path: path.relative(ROOT, path.join(dir, article.file)),
			bytes,
			sha256: createHash('sha256').update(bytes).digest('hex'),
		});
	}
	return { slug, manifestPath, manifest, files };
}

/** The raw bytes of one seed file. */
export function seedBytes(prefix: string): Uint8Array {
	const name = readdirSync(SEED_DIR).find((n) => n.startsWith(prefix))!;
	return new Uint8Array(readFileSync(path.join(SEED_DIR, name)));
}
