/** Stable ids: short hashes of content, made unique within one story. */

/**
 * FNV-1a hash of a string, base 36, seven characters: stable across rebuilds while the
 * hashed words stay the same, so permalinks survive unrelated edits.
 * @example hashText('let me be clear') // '1qx3j1k'
 */
export function hashText(s: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36).padStart(7, '0');
}

/** Returns a function that hands out `base`, then `base-2`, `base-3`… for repeated bases. */
export function createIdAllocator(): (base: string) => string {
	const used = new Set<string>();
	return (base) => {
		let id = base;
		for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
		used.add(id);
		return id;
	};
}
