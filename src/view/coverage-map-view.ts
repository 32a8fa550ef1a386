/** What the coverage map shows: one row per passage two or more outlets carry, a column per outlet. */
import { crossOutletRows } from '../coverage/cross-outlet.ts';
import type { MatchKind } from '../schemas/alignment.ts';
import type { Story } from '../schemas/story.ts';
import {
	articleLabel,
	excerpt,
	getGroup,
	groupLabel,
	MAX_COLUMN_OUTLETS,
	outletColor,
} from './story-view.ts';

/** Longest passage label in a row of the map, in characters. */
const ROW_LABEL_CHARS = 110;

/** How one outlet carries a row's passage. */
export interface MapCell {
	articleId: string;
	passageId: string;
	kind: MatchKind;
	/** Earlier captures of the article that carry it too, as labels; null if none. */
	alsoIn: string | null;
}

/** One row of the map. */
export interface MapRow {
	groupId: string;
	label: string;
	outletCount: number;
	/** For compact maps: how many outlets word it each way, kinds with none left out. */
	kindCounts: { kind: MatchKind; count: number }[];
	/** One per column outlet; null where the outlet does not carry it. */
	cells: (MapCell | null)[];
}

/** The coverage map of a story. */
export interface CoverageMapView {
	/** Too many outlets to read across: a count per kind replaces the outlet columns. */
	compact: boolean;
	columns: { id: string; name: string; color: number }[];
	rows: MapRow[];
	/** Passage groups only two captures of one outlet's article share (not on the map). */
	versionOnly: number;
}

/** The rows and columns of a story's coverage map. */
export function buildCoverageMap(story: Story): CoverageMapView {
	// Columns: one per outlet, in manifest order; too many outlets to read across get counts.
	const compact = story.outlets.length > MAX_COLUMN_OUTLETS;
	const outlets = compact ? [] : story.outlets;
	const rows = crossOutletRows(story.coverage);
	return {
		compact,
		columns: outlets.map((o) => ({ id: o.id, name: o.name, color: outletColor(story, o.id) })),
		rows: rows.map((row) => ({
			groupId: row.groupId,
			label: excerpt(groupLabel(story, getGroup(story, row.groupId)), ROW_LABEL_CHARS),
			outletCount: row.outletCount,
			kindCounts: compact
				? (['verbatim', 'near-verbatim', 'reworded'] as const)
						.map((kind) => ({ kind, count: row.cells.filter((c) => c.kind === kind).length }))
						.filter((k) => k.count > 0)
				: [],
			cells: outlets.map((o) => {
				const cell = row.cells.find((c) => c.outletId === o.id);
				if (!cell) return null;
				return {
					articleId: cell.articleId,
					passageId: cell.passageId,
					kind: cell.kind,
					alsoIn:
						cell.alsoIn.length > 0
							? cell.alsoIn.map((id) => articleLabel(story, id)).join(', ')
							: null,
				};
			}),
		})),
		versionOnly: story.coverage.groups.length - rows.length,
	};
}
