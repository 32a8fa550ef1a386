/**
 * The labelled gold sets the benchmark scores against: the seed story's hand alignment and the
 * hand-labelled sentence pairs of the development corpus. Reads the story folders and the gold
 * files, builds each story as the site does, and turns every labelled sentence into
 * `article:sentenceIndex` keys of the built story. `embedGoldStories` then adds the sentence
 * vectors of the semantic check, from a cache of the benchmark's own.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/schemas/article.ts';
import { listUnitTexts, type UnitVectors } from '../../src/align/meaning.ts';
import { embedTexts, type Embed } from '../../src/loaders/embed-units.ts';
import type { LabelKind, LabelledPair } from '../../src/align/score-alignment.ts';
import { readStoryFolder } from '../../src/loaders/read-story-folder.ts';
import { buildStory, listStoryUnitTexts, type StoryInput } from '../../src/pipeline/build-story.ts';
import { measurePair } from '../../src/align/classify.ts';
import { contentWeights, findMainNames, prepare } from '../../src/align/prepare.ts';
import { STOP_WORD_WEIGHT } from '../../src/text/lexicon.ts';
import { tokenize, type Token } from '../../src/text/tokenize.ts';
import { GOLD, ROOT, SEED_DIR } from './config.ts';

/** The real-text gold: ECB+ development events, labelled by `<file>:<line>`. */
export const DEV_GOLD = path.join(ROOT, 'tests/fixtures/gold/alignment-dev.json');
/**
 * Held-out real-text gold: the development corpus's other events, labelled the same way once the
 * engine's thresholds were set, and never used to choose them: how the engine does on events its
 * tuning did not see.
 */
export const HELD_OUT_GOLD = path.join(ROOT, 'tests/fixtures/gold/alignment-held-out.json');
/** The development corpus: one folder per event. */
export const DEV_CORPUS = path.join(ROOT, 'tests/fixtures/dev-corpus');
/**
 * The benchmark's own vector cache, one file per gold story: apart from the site build's, so a
 * benchmark never rewrites the cache a build relies on, and a second run reads every vector.
 */
export const MEANING_BENCH_CACHE = path.join(ROOT, 'node_modules/.cache/same-story/meaning-bench');

/** A story's articles with the labelled pairs over their sentences. */
export interface GoldStory {
	name: string;
	articles: Article[];
	pairs: LabelledPair[];
	/** For a gold set that lists every true pair (the seed's): all of them, so that every other predicted pair is a false positive. */
	exhaustive?: [string, string][];
	/** The folder's contents, from which the story was built (and its units listed for embedding). */
	input: StoryInput;
	/** Sentence vectors of the semantic check, keyed by unit text (after `embedGoldStories`). */
	vectors?: UnitVectors;
}

interface SeedGoldFile {
	pairs: [string, string][];
	/** Kind of each pair, keyed by the pair's sorted keys joined with `|`; unlisted pairs are as `defaultKind`. */
	kinds?: Record<string, LabelKind>;
	negatives?: [string, string][];
}

interface DevGoldFile {
	events: Record<string, { pairs: { a: string; b: string; kind: LabelKind }[] }>;
}

/**
 * The seed story and its gold pairs. The seed gold says which sentences pair, not how; each
 * pair's kind is read off its two sentences with the published thresholds (classify.ts), and a
 * labelled pair that meets none of them counts as reworded (the labeller judged it the same
 * statement in other words).
 */
export function loadSeedGold(): GoldStory {
	const input = readStoryFolder(SEED_DIR, ROOT);
	const story = buildStory(input);
	const data = JSON.parse(readFileSync(GOLD, 'utf8')) as SeedGoldFile;
	const articles = prepare(story.articles);
	const weight = contentWeights(articles.flatMap((a) => a.units));
	const w = (t: Token) => (t.stop ? STOP_WORD_WEIGHT : (weight.get(t.stem) ?? 1));
	const mainNames = findMainNames(articles);
	const tokensOf = (key: string) => {
		const [id, index] = key.split(':');
		const article = story.articles.find((a) => a.id === id);
		const span = article?.sentences[Number(index)];
		return article && span ? tokenize(article.text, span.start, span.end) : [];
	};
	const kindOf = (a: string, b: string): LabelKind =>
		data.kinds?.[[a, b].sort().join('|')] ??
		measurePair(tokensOf(a), tokensOf(b), w, mainNames).kind ??
		'reworded';
	const pairs: LabelledPair[] = [
		...data.pairs.map(([a, b]) => ({ a: [a], b: [b], kind: kindOf(a, b) })),
		...(data.negatives ?? []).map(([a, b]) => ({ a: [a], b: [b], kind: 'negative' as const })),
	];
	return { name: 'seed', articles: story.articles, pairs, exhaustive: data.pairs, input };
}

/** The folder of the development corpus that an ECB+ event key names (`ecbplus_t23_…` → `t23-…`). */
function eventFolder(event: string): string | undefined {
	const topic = /^ecbplus_(t\d+)_/.exec(event)?.[1];
	if (!topic || !existsSync(DEV_CORPUS)) return undefined;
	return path.join(
		DEV_CORPUS,
		`${topic}-${event.slice(`ecbplus_${topic}_`.length).replaceAll('_', '-')}`,
	);
}

/** Sentence keys (`article:index`) of the paragraph taken from `<file>:<line>`; empty if cleaning dropped the line. */
function sentencesOfLine(articles: readonly Article[], ref: string): string[] {
	const [file, line] = ref.split(':');
	const article = articles.find((a) => a.sourceFile === file);
	const paragraph = article?.paragraphs.find((p) => p.line === Number(line));
	if (!article || !paragraph) return [];
	return article.sentences.flatMap((s, i) =>
		s.start < paragraph.end && paragraph.start < s.end ? [`${article.id}:${i}`] : [],
	);
}

/** Every labelled development event, built as the site builds a story. */
export function loadDevGold(): GoldStory[] {
	return loadEventGold(DEV_GOLD);
}

/** Every labelled held-out event, built as the site builds a story. */
export function loadHeldOutGold(): GoldStory[] {
	return loadEventGold(HELD_OUT_GOLD);
}

/** The events of one gold file of ECB+ sentence pairs, each built as the site builds a story. */
function loadEventGold(file: string): GoldStory[] {
	if (!existsSync(file)) return [];
	const data = JSON.parse(readFileSync(file, 'utf8')) as DevGoldFile;
	return Object.entries(data.events).flatMap(([event, { pairs }]) => {
		const folder = eventFolder(event);
		if (!folder || !existsSync(folder)) return [];
		const input = readStoryFolder(folder, ROOT);
		const story = buildStory(input);
		return [
			{
				name: event,
				input,
				articles: story.articles,
				pairs: pairs.map((p) => ({
					a: sentencesOfLine(story.articles, p.a),
					b: sentencesOfLine(story.articles, p.b),
					kind: p.kind,
				})),
			},
		];
	});
}

/** The cache file of one gold story's vectors. */
export function meaningCacheFile(name: string): string {
	return path.join(MEANING_BENCH_CACHE, `${name}.json`);
}

/**
 * Each story with the vectors of its passage units, as the site build gets them (listed from the
 * folder's contents, embedded through the cache). Throws when a unit the engine aligns has no
 * vector: the engine would then silently align on words alone and the row would mislabel itself.
 */
export async function embedGoldStories(
	stories: readonly GoldStory[],
	getEncoder?: () => Promise<Embed>,
): Promise<GoldStory[]> {
	const out: GoldStory[] = [];
	for (const story of stories) {
		const { vectors } = await embedTexts(
			listStoryUnitTexts(story.input),
			meaningCacheFile(story.name),
			getEncoder,
		);
		const lacking = listUnitTexts(story.articles).filter((text) => !vectors.has(text));
		if (lacking.length > 0)
			throw new Error(`${story.name}: ${lacking.length} passage units have no sentence vector`);
		out.push({ ...story, vectors });
	}
	return out;
}
