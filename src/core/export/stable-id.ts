/**
 * Deterministic ids for exported items: the same inputs give the same id on every
 * machine and every day, so a calendar that sees the item again updates it.
 * Pure TypeScript (no TextEncoder, no crypto): the core runs without DOM or Node.
 */

/**
 * FNV-1a 64-bit hash of the string's UTF-8 bytes, as 16 lower-case hex digits. The 64-bit
 * state is kept as four 16-bit parts: BigInt arithmetic costs a few times as much, and
 * a calendar file hashes every follow-up it lists.
 */
export function fnv1a64(text: string): string {
	// The offset basis 0xcbf29ce484222325, lowest part first.
	let h0 = 0x2325;
	let h1 = 0x8422;
	let h2 = 0x9ce4;
	let h3 = 0xcbf2;
	const mix = (byte: number): void => {
		h0 ^= byte;
		// × 0x100000001b3 (2^40 + 0x1b3), modulo 2^64.
		const t0 = h0 * 0x1b3;
		const t1 = h1 * 0x1b3 + (t0 >>> 16);
		const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
		const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
		h0 = t0 & 0xffff;
		h1 = t1 & 0xffff;
		h2 = t2 & 0xffff;
		h3 = t3 & 0xffff;
	};
	for (let i = 0; i < text.length; i++) {
		let cp = text.charCodeAt(i);
		if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			cp = 0x10000 + ((cp - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
			i += 1;
		} else if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // a lone surrogate, as TextEncoder writes it
		if (cp < 0x80) mix(cp);
		else if (cp < 0x800) {
			mix(0xc0 | (cp >> 6));
			mix(0x80 | (cp & 0x3f));
		} else if (cp < 0x10000) {
			mix(0xe0 | (cp >> 12));
			mix(0x80 | ((cp >> 6) & 0x3f));
			mix(0x80 | (cp & 0x3f));
		} else {
			mix(0xf0 | (cp >> 18));
			mix(0x80 | ((cp >> 12) & 0x3f));
			mix(0x80 | ((cp >> 6) & 0x3f));
			mix(0x80 | (cp & 0x3f));
		}
	}
	const hex = (part: number): string => part.toString(16).padStart(4, "0");
	return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
