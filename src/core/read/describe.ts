/** Values described in messages: short, and safe for any value YAML can hold. */
import { isRecord } from "../values";

/**
 * JSON text of a value, cut once it passes `limit` characters. Unlike JSON.stringify it
 * stops early, so a YAML alias bomb (a small file that expands to billions of values)
 * costs no more than a short value.
 */
function jsonPrefix(value: unknown, limit: number): string {
	let out = "";
	const leaf = (v: unknown): string => {
		try {
			return JSON.stringify(v) ?? String(v);
		} catch {
			return String(v); // a BigInt
		}
	};
	const visit = (v: unknown, inList: boolean): void => {
		if (out.length > limit) return;
		if (Array.isArray(v)) {
			out += "[";
			for (let i = 0; i < v.length && out.length <= limit; i++) {
				if (i > 0) out += ",";
				visit(v[i], true);
			}
			out += "]";
		} else if (isRecord(v)) {
			out += "{";
			let first = true;
			for (const key of Object.keys(v)) {
				if (out.length > limit) break;
				const item = v[key];
				if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
				out += `${first ? "" : ","}${JSON.stringify(key)}:`;
				first = false;
				visit(item, false);
			}
			out += "}";
		} else if (inList && (v === undefined || typeof v === "function" || typeof v === "symbol")) {
			out += "null";
		} else out += leaf(v);
	};
	visit(value, false);
	return out;
}

/** A short, safe rendering of a value for a message. */
export function describe(value: unknown): string {
	const text = typeof value === "string" ? value : jsonPrefix(value, 60);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
