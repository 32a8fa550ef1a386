/** Reads the seed story and fixture stories for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
	readStoryFolder as readFolder,
	type StoryFolder,
} from '../../src/loaders/read-story-folder.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEED_SLUG = 'han-dong-leaves-liberal-caucus';
export const SEED_DIR = path.join(ROOT, 'content', SEED_SLUG);
export const FIXTURE_CONTENT = path.join(ROOT, 'tests/fixtures/content');

/** Reads one story folder (manifest and raw files) as the loader does. */
export function readStoryFolder(dir: string): StoryFolder {
	return readFolder(dir, ROOT);
}

/** The raw bytes of one seed file. */
export function seedBytes(prefix: string): Uint8Array {
	const name = readdirSync(SEED_DIR).find((n) => n.startsWith(prefix))!;
	return new Uint8Array(readFileSync(path.join(SEED_DIR, name)));
}
