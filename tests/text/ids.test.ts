import { describe, expect, test } from 'vitest';
import { createIdAllocator, hashText } from '../../src/text/ids.ts';

describe('hashText', () => {
	test('gives a stable seven-character base-36 hash', () => {
		expect(hashText('let me be clear')).toBe(hashText('let me be clear'));
		expect(hashText('let me be clear')).toMatch(/^[0-9a-z]{7}$/);
		expect(hashText('let me be clear')).not.toBe(hashText('let me be clearer'));
	});
});

describe('createIdAllocator', () => {
	test('numbers repeated ids', () => {
		const allocate = createIdAllocator();
		expect(['g-a', 'g-a', 'g-b', 'g-a'].map(allocate)).toEqual(['g-a', 'g-a-2', 'g-b', 'g-a-3']);
	});
});
