/** A minimal stand-in for Astro's LoaderContext, enough to run a loader in vitest. */
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';

export interface StoredEntry {
	id: string;
	data: Record<string, unknown>;
	filePath?: string;
	digest?: string | number;
}

export interface FakeContext {
	context: LoaderContext;
	entries: Map<string, StoredEntry>;
	messages: { level: string; message: string }[];
}

/** Builds a context whose store is a Map and whose parseData runs the given schema. */
export function createLoaderContext(root: string, schema: z.ZodType): FakeContext {
	const entries = new Map<string, StoredEntry>();
	const messages: { level: string; message: string }[] = [];
	const log = (level: string) => (message: string) => messages.push({ level, message });
	const store = {
		clear: () => entries.clear(),
		set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
		get: (id: string) => entries.get(id),
		entries: () => [...entries.entries()],
		values: () => [...entries.values()],
		keys: () => [...entries.keys()],
		delete: (id: string) => entries.delete(id),
		has: (id: string) => entries.has(id),
		addModuleImport: () => {},
	};
	const context = {
		collection: 'stories',
		store,
		meta: new Map(),
		logger: {
			info: log('info'),
			warn: log('warn'),
			error: log('error'),
			debug: log('debug'),
			options: {},
			label: 'test',
			fork: () => context.logger,
		},
		config: { root: pathToFileURL(`${root}/`) },
		parseData: async ({ data }: { data: unknown }) => schema.parseAsync(data),
		renderMarkdown: async () => ({ html: '' }),
		generateDigest: (data: unknown) => JSON.stringify(data).length.toString(36),
	} as unknown as LoaderContext;
	return { context, entries, messages };
}
