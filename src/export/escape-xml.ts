/**
 * Characters XML 1.0 cannot carry at all, escaped or not: C0 controls other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates. One of them makes a whole
 * feed invalid and stops the share-image renderer ("PCDATA invalid Char"), so they are dropped.
 */
const NOT_XML =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for XML and HTML attribute values and text: &, <, > and " are escaped, and
 * characters XML cannot carry are dropped.
 */
export function escapeXml(text: string): string {
	return text
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
