/**
 * What a host (the Obsidian plugin or the CLI) hands the core about one markdown file.
 * The host parses frontmatter its own way (metadataCache, or gray-matter made safe);
 * the core never reads files.
 */
/** One markdown file of the vault, as the host read it. */
export interface SourceNote {
	/** Vault-relative path with `/` separators, e.g. `Interviews/Acme onsite.md`. */
	path: string;
	/** The parsed frontmatter map; null when the note has none or it could not be parsed. */
	frontmatter: Record<string, unknown> | null;
	/** Why the frontmatter could not be parsed (bad YAML, `---js`, not a map); else null. */
	frontmatterError: string | null;
	/**
	 * The text after the frontmatter (the whole text when there is none or it is
	 * broken). Used to find inline tags when `inlineTags` is absent.
	 */
	body?: string;
	/** The 1-based line of the file on which `body` starts (after the frontmatter); 1 when absent. */
	bodyLine?: number;
	/** Inline tags the host already extracted (Obsidian's cache), without code; `#` optional. */
	inlineTags?: readonly string[];
	/**
	 * Why the host could not read the file at all (too large, permission denied, a name
	 * that is not UTF-8, a path too long), in words; absent when it was read. Such a file
	 * may be an interview note, so the core always reports it.
	 */
	unreadable?: string;
}

/** A person note reached through a wikilink. */
export interface LinkedNote {
	/** Vault-relative path of the note the link resolved to. */
	path: string;
	/** Its frontmatter, or null. */
	frontmatter: Record<string, unknown> | null;
}

/**
 * Resolves a wikilink target (`Lee Wong`, `People/Lee Wong`, without brackets, alias or
 * heading) written in the note at `fromPath`, by Obsidian's rules. Null when nothing matches.
 */
export type LinkResolver = (target: string, fromPath: string) => LinkedNote | null;

/** Resolves nothing: every link is unresolved. */
export const NO_LINKS: LinkResolver = () => null;
