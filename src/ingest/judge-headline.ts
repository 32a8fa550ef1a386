/**
 * Decides whether a line above an article's body can be its headline. A headline is never a
 * date, a time, a byline or a line naming only a place, whatever its position.
 */
import * as chrono from 'chrono-node';
import { BYLINE_ROLES } from '../text/lexicon.ts';
import { parseDateline } from './find-dateline.ts';

const BYLINE = new RegExp(
	`^(?:by|from)\\s+\\p{Lu}|,\\s*(?:${BYLINE_ROLES.join('|')})\\s*$|^(?:${BYLINE_ROLES.join('|')})\\s*:`,
	'iu',
);
const CLOCK_ONLY = /^[\d\s:.]+(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?$/i;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/**
 * A line of at most this many words, every one capitalised, with no digit and no verb-like
 * lowercase word, names a place or a section ("UNITED STATES", "Springfield, Mo."), not a story.
 * Headlines of three capitalised words exist ("Obama Wins Again"), so the rule keeps to two
 * words, or to lines in capitals or with a comma.
 */
const MAX_PLACE_WORDS = 3;

/**
 * A note to readers labelled as one ("Editor's note: …", "Correction: …"; not "Update: …", which
 * opens news): it may stand above the headline, but it is never the headline.
 */
const NOTE_LABEL = /^(?:editor['’]?s note|note to readers|correction|clarification)\s*:/i;

/** Why `line` cannot be a headline (`date`, `time`, `byline`, `place`, `note`), or null if it can. */
export function whyNotHeadline(line: string): 'date' | 'time' | 'byline' | 'place' | 'note' | null {
	const text = line.trim();
	if (NOTE_LABEL.test(text)) return 'note';
	if (parseDateline(text) !== null) return 'date';
	if (CLOCK_ONLY.test(text)) return 'time';
	const words = text.match(WORD) ?? [];
	// A line that is mostly a date ("Monday, 28 November") is a date even without a year.
	const dates = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
	const dateWords = dates.reduce((n, d) => n + (d.text.match(WORD)?.length ?? 0), 0);
	if (dates.length > 0 && dateWords * 2 >= words.length) return 'date';
	if (BYLINE.test(text)) return 'byline';
	if (isPlaceOnly(text, words)) return 'place';
	return null;
}

function isPlaceOnly(text: string, words: readonly string[]): boolean {
	if (words.length === 0 || words.length > MAX_PLACE_WORDS) return false;
	if (words.some((w) => /\d/.test(w) || !/^\p{Lu}/u.test(w))) return false;
	const shouted = words.every((w) => w === w.toUpperCase());
	return shouted || words.length <= 2 || text.includes(',');
}
