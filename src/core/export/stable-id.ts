/**
 * Deterministic ids for exported items: the same inputs give the same id on every
 * machine and every day, so a calendar that sees the item again updates it.
 * Pure TypeScript (no TextEncoder, no crypto): the core runs without DOM or Node.
 */

const FNV_OFFSET_64 = BigInt("0xcbf29ce484222325");
const FNV_PRIME_64 = BigInt("0x100000001b3");
const MASK_64 = BigInt("0xffffffffffffffff");

/** How many bytes a code point takes in UTF-8 (a lone surrogate counts as U+FFFD: 3). */
export function utf8Length(codePoint: number): number {
	if (codePoint < 0x80) return 1;
	if (codePoint < 0x800) return 2;
	if (codePoint < 0x10000) return 3;
	return 4;
}

/** The UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8Bytes(text: string): number[] {
	const bytes: number[] = [];
	for (const char of text) {
		let cp = char.codePointAt(0) ?? 0xfffd;
		if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
		if (cp < 0x80) bytes.push(cp);
		else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
		else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
		else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
	}
	return bytes;
}

/** FNV-1a 64-bit hash of the string's UTF-8 bytes, as 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
	let hash = FNV_OFFSET_64;
	for (const byte of utf8Bytes(text)) {
		hash ^= BigInt(byte);
		hash = (hash * FNV_PRIME_64) & MASK_64;
	}
	return hash.toString(16).padStart(16, "0");
}
