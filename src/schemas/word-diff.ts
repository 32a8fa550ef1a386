/** Word-level comparison of two wordings. Part of the story model (see `story.ts`). */
import { z } from 'zod';

/** A run of a word-level comparison of two wordings. */
export const DiffPartSchema = z.discriminatedUnion('op', [
	z.object({ op: z.literal('equal'), a: z.string(), b: z.string() }),
	z.object({ op: z.literal('delete'), a: z.string() }),
	z.object({ op: z.literal('insert'), b: z.string() }),
]);
export type DiffPart = z.output<typeof DiffPartSchema>;
