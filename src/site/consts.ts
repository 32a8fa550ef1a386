/** Site-wide constants. */
export const SITE_TITLE = 'Same Story';
export const SITE_DESCRIPTION =
	'How different news outlets told the same story, passage by passage: what they share word for word, what they reworded, how they quoted, and what only one reported.';
