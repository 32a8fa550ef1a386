import { describe, expect, test } from 'vitest';
import { escapeXml } from '../../src/export/escape-xml.ts';

describe('escapeXml', () => {
	test('escapes markup characters', () => {
		expect(escapeXml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
	});

	test('drops characters XML 1.0 cannot carry and keeps tabs, newlines and emoji', () => {
		expect(escapeXml('a\u0000b\u0007c\u000Cd\uFFFEe\uFFFFf\uD800g\tn\n😀')).toBe('abcdefg\tn\n😀');
	});

	test('yields text an XML parser accepts for any input', () => {
		const all =
			Array.from({ length: 0x30 }, (_, i) => String.fromCharCode(i)).join('') + '\uFFFE\uDC00';
		const xml = `<feed><summary>${escapeXml(all)}</summary></feed>`;
		expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
	});
});
