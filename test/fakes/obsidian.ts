/**
 * A small fake of the `obsidian` module, for tests (aliased in vitest.config.ts) and
 * for the browser e2e page (aliased by esbuild in test/e2e/run.mjs).
 *
 * `obsidian` on npm ships types only; the app provides the runtime. This file stands in
 * for the few pieces the plugin uses, each commented with what it imitates and where it
 * is simpler. A note's text is the source of truth: the metadata cache parses it (with
 * js-yaml's core schema, so dates stay text as they do in Obsidian). By default a write
 * re-parses at once and fires `changed` inside it, a shortcut most tests are written
 * against; `createFakeApp({ cache: "honest" })` times the cache as Obsidian does (see
 * `MetadataCache`): notes have no cache until it has indexed them, after the layout is
 * ready and over several tasks, and `changed` comes after a write, never inside it.
 *
 * Test helpers that Obsidian lacks are marked "fake only".
 */
import { CORE_SCHEMA, dump, load } from "js-yaml";
import { findFrontmatter } from "../../src/core/markdown/frontmatter-span";

// ---------------------------------------------------------------------------------
// DOM helpers: Obsidian adds these to every element's prototype.

/** Obsidian's element options: classes, text, attributes, parent. */
export interface DomElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function applyInfo(el: Element, o: DomElementInfo | string | undefined): void {
	const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	const classes = Array.isArray(info.cls) ? info.cls : info.cls ? info.cls.split(" ") : [];
	for (const c of classes) if (c) el.classList.add(c);
	if (info.text !== undefined) {
		if (typeof info.text === "string") el.textContent = info.text;
		else el.appendChild(info.text);
	}
	for (const [k, v] of Object.entries(info.attr ?? {})) {
		if (v === null || v === false) el.removeAttribute(k);
		else el.setAttribute(k, v === true ? "" : String(v));
	}
	if (info.title !== undefined) el.setAttribute("title", info.title);
	if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
	if (info.parent) {
		if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
		else info.parent.appendChild(el);
	}
}

function makeEl<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	o?: DomElementInfo | string,
	cb?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	applyInfo(el, o);
	cb?.(el);
	return el;
}

function hiddenUpwards(el: HTMLElement | null): boolean {
	if (!el) return false;
	if (el.hidden || el.style.display === "none" || el.classList.contains("is-hidden")) return true;
	return hiddenUpwards(el.parentElement);
}

/** Installs createEl, createDiv, setText, empty… on Node/Element, as Obsidian does at start. */
export function installDomHelpers(): void {
	if (typeof HTMLElement === "undefined") return;
	const proto = Node.prototype as unknown as Record<string, unknown>;
	if (proto.createEl) return;
	proto.createEl = function (this: Node, tag: keyof HTMLElementTagNameMap, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		const el = makeEl(tag, o, cb);
		const info = typeof o === "object" ? o : undefined;
		if (!info?.parent) {
			if (info?.prepend) this.insertBefore(el, this.firstChild);
			else this.appendChild(el);
		}
		return el;
	};
	proto.createDiv = function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return (this as unknown as { createEl: (t: string, o?: unknown, cb?: unknown) => HTMLElement }).createEl("div", o, cb);
	};
	proto.createSpan = function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return (this as unknown as { createEl: (t: string, o?: unknown, cb?: unknown) => HTMLElement }).createEl("span", o, cb);
	};
	proto.createSvg = function (this: Node, tag: string, o?: DomElementInfo | string, cb?: (el: SVGElement) => void) {
		const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
		applyInfo(el, o);
		this.appendChild(el);
		cb?.(el);
		return el;
	};
	proto.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	proto.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	proto.setText = function (this: Node, text: string) {
		this.textContent = text;
	};
	proto.instanceOf = function (this: Node, type: new () => unknown) {
		return this instanceof type;
	};
	const el = Element.prototype as unknown as Record<string, unknown>;
	el.addClass = function (this: Element, ...c: string[]) {
		this.classList.add(...c);
	};
	el.addClasses = function (this: Element, c: string[]) {
		this.classList.add(...c);
	};
	el.removeClass = function (this: Element, ...c: string[]) {
		this.classList.remove(...c);
	};
	el.toggleClass = function (this: Element, c: string, on: boolean) {
		this.classList.toggle(c, on);
	};
	el.hasClass = function (this: Element, c: string) {
		return this.classList.contains(c);
	};
	el.setAttr = function (this: Element, k: string, v: string | number | boolean | null) {
		if (v === null || v === false) this.removeAttribute(k);
		else this.setAttribute(k, String(v));
	};
	el.getText = function (this: Element) {
		return this.textContent ?? "";
	};
	// Obsidian: true when the element is attached and not inside a hidden (display:none) ancestor.
	el.isShown = function (this: HTMLElement) {
		return this.isConnected && !hiddenUpwards(this);
	};
	const w = window as unknown as Record<string, unknown>;
	w.createEl = (tag: keyof HTMLElementTagNameMap, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => makeEl(tag, o, cb);
	w.createDiv = (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => makeEl("div", o, cb);
	w.createSpan = (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => makeEl("span", o, cb);
	w.createFragment = (cb?: (f: DocumentFragment) => void) => {
		const f = document.createDocumentFragment();
		cb?.(f);
		return f;
	};
	w.activeWindow = window;
	w.activeDocument = document;
}
installDomHelpers();

// ---------------------------------------------------------------------------------
// Events and components.

/** Returned by `on`; pass to `offref` (or `registerEvent`) to unsubscribe. */
export interface EventRef {
	e: Events;
	name: string;
	fn: (...args: unknown[]) => unknown;
	ctx?: unknown;
}

/** Obsidian's event emitter: handlers run synchronously, in the order registered. */
export class Events {
	private handlers = new Map<string, EventRef[]>();
	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback as (...args: unknown[]) => unknown, ctx };
		this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
		return ref;
	}
	off(name: string, callback: (...data: never[]) => unknown): void {
		this.handlers.set(
			name,
			(this.handlers.get(name) ?? []).filter((r) => r.fn !== callback),
		);
	}
	offref(ref: EventRef): void {
		this.handlers.set(
			ref.name,
			(this.handlers.get(ref.name) ?? []).filter((r) => r !== ref),
		);
	}
	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) ref.fn.apply(ref.ctx, data);
	}
	tryTrigger(ref: EventRef, args: unknown[]): void {
		ref.fn.apply(ref.ctx, args);
	}
	/** Fake only: how many handlers listen to an event (tests check unload unsubscribes). */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}

/** Obsidian's Component: load/unload with children and registered clean-ups. */
export class Component {
	private loaded = false;
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];
	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.onload();
		for (const child of [...this.children]) child.load();
	}
	onload(): void {}
	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Component>(component: T): T {
		this.children.push(component);
		if (this.loaded) component.load();
		return component;
	}
	removeChild<T extends Component>(component: T): T {
		this.children = this.children.filter((c) => c !== component);
		component.unload();
		return component;
	}
	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.e.offref(ref));
	}
	registerDomEvent(el: EventTarget, type: string, cb: (evt: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, cb, options);
		this.register(() => el.removeEventListener(type, cb, options));
	}
	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
	/** Fake only: whether load() ran and unload() did not. */
	get isLoaded(): boolean {
		return this.loaded;
	}
}

// ---------------------------------------------------------------------------------
// Files, vault, metadata cache, file manager.

/** A file or folder of the vault. */
export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

/** A file; `basename` without, `extension` without the dot. */
export class TFile extends TAbstractFile {
	basename = "";
	extension = "";
	stat = { ctime: 0, mtime: 0, size: 0 };
}

/** A folder (the fake keeps folders only as names). */
export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/" || this.path === "";
	}
}

function setPath(file: TFile, path: string): void {
	file.path = path;
	file.name = path.split("/").pop() ?? path;
	const dot = file.name.lastIndexOf(".");
	file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
	file.extension = dot > 0 ? file.name.slice(dot + 1) : "";
}

/**
 * The vault: files in memory. Events `create`, `modify`, `delete`, `rename` like
 * Obsidian's. Every change is counted in `writes` so tests can assert which API wrote.
 */
export class Vault extends Events {
	/** Obsidian's config folder name. */
	configDir = ".obsidian";
	/** Fake only: the vault's name, as `getName()` returns it. */
	name = "Job search";
	getName(): string {
		return this.name;
	}
	/** Fake only: the last text per path. */
	readonly texts = new Map<string, string>();
	private readonly files = new Map<string, TFile>();
	private readonly folders = new Set<string>();
	/** Fake only: which write API was used, in order (`process`, `modify`, `create`). */
	readonly writes: { api: string; path: string }[] = [];
	/** Fake only: the paths whose text was read (`read` or `cachedRead`), in order. */
	readonly reads: string[] = [];
	metadataCache!: MetadataCache;
	private clock = 1;
	private markdownList: TFile[] | null = null;

	getAbstractFileByPath(path: string): TAbstractFile | null {
		const file = this.files.get(path);
		if (file) return file;
		if (this.folders.has(path)) {
			const folder = new TFolder();
			folder.path = path;
			folder.name = path.split("/").pop() ?? path;
			return folder;
		}
		return null;
	}
	getFileByPath(path: string): TFile | null {
		return this.files.get(path) ?? null;
	}
	getFolderByPath(path: string): TFolder | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFolder ? f : null;
	}
	/** In no particular order (creation order here), as Obsidian's; kept between changes of the file list. */
	getMarkdownFiles(): TFile[] {
		this.markdownList ??= [...this.files.values()].filter((f) => f.extension === "md");
		return [...this.markdownList];
	}
	getFiles(): TFile[] {
		return [...this.files.values()];
	}
	async read(file: TFile): Promise<string> {
		this.reads.push(file.path);
		return this.text(file.path);
	}
	async cachedRead(file: TFile): Promise<string> {
		this.reads.push(file.path);
		return this.text(file.path);
	}
	/** Atomic read-modify-write, as Obsidian's `process`. */
	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const next = fn(this.text(file.path));
		this.writes.push({ api: "process", path: file.path });
		this.write(file, next);
		return next;
	}
	/** Present so tests can assert the plugin never calls it. */
	async modify(file: TFile, data: string): Promise<void> {
		this.writes.push({ api: "modify", path: file.path });
		this.write(file, data);
	}
	async create(path: string, data: string): Promise<TFile> {
		if (this.files.has(path)) throw new Error(`File already exists: ${path}`);
		this.writes.push({ api: "create", path });
		return this.put(path, data);
	}
	async createFolder(path: string): Promise<TFolder> {
		this.folders.add(path);
		return this.getAbstractFileByPath(path) as TFolder;
	}
	async delete(file: TAbstractFile): Promise<void> {
		this.remove(file.path);
	}

	/** Fake only: adds or replaces a note, firing `create` (new) and the cache's `changed`. */
	put(path: string, data: string): TFile {
		const existing = this.files.get(path);
		if (existing) {
			this.write(existing, data);
			return existing;
		}
		const file = new TFile();
		file.vault = this;
		setPath(file, path);
		const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
		if (folder) this.folders.add(folder);
		this.files.set(path, file);
		this.listChanged();
		this.metadataCache.linkable(file, true);
		this.texts.set(path, data);
		this.touch(file, data);
		this.trigger("create", file);
		this.metadataCache.reparse(file);
		return file;
	}
	/** Fake only: deletes a note, firing `delete` and the cache's `deleted`. */
	remove(path: string): void {
		const file = this.files.get(path);
		if (!file) return;
		this.files.delete(path);
		this.listChanged();
		this.metadataCache.linkable(file, false);
		this.texts.delete(path);
		this.trigger("delete", file);
		this.metadataCache.forget(file);
	}
	/** Fake only: renames a note, firing `rename` (file, oldPath) like Obsidian. */
	move(oldPath: string, newPath: string): void {
		const file = this.files.get(oldPath);
		if (!file) return;
		const text = this.text(oldPath);
		this.files.delete(oldPath);
		this.texts.delete(oldPath);
		this.metadataCache.linkable(file, false);
		setPath(file, newPath);
		this.files.set(newPath, file);
		this.listChanged();
		this.metadataCache.linkable(file, true);
		this.texts.set(newPath, text);
		this.metadataCache.move(oldPath, newPath);
		this.trigger("rename", file, oldPath);
	}
	/** Fake only: the current text of a path. */
	text(path: string): string {
		const t = this.texts.get(path);
		if (t === undefined) throw new Error(`No such file: ${path}`);
		return t;
	}
	private write(file: TFile, data: string): void {
		this.texts.set(file.path, data);
		this.touch(file, data);
		this.trigger("modify", file);
		this.metadataCache.reparse(file);
	}
	private listChanged(): void {
		this.markdownList = null;
	}
	private touch(file: TFile, data: string): void {
		file.stat = { ctime: file.stat.ctime || this.clock, mtime: ++this.clock, size: data.length };
	}
}

/** A position in a file, as the cache reports it. */
export interface Loc {
	line: number;
	col: number;
	offset: number;
}

/** What the metadata cache knows about one file (the parts the plugin reads). */
export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: { start: Loc; end: Loc };
	tags?: { tag: string; position: { start: Loc; end: Loc } }[];
	sections?: { type: string; position: { start: Loc; end: Loc } }[];
	headings?: { heading: string; level: number; position: { start: Loc; end: Loc } }[];
}

/**
 * Splits a note into its YAML block (or null) and the rest, where the plugin's own
 * reader finds the block; one marked with a language (`---js`) is not YAML.
 */
export function splitFrontmatter(text: string): { yaml: string | null; end: number } {
	const span = findFrontmatter(text);
	if (span === null || span.language !== "") return { yaml: null, end: 0 };
	return { yaml: text.slice(span.contentStart, span.contentEnd), end: span.bodyStart };
}

function pos(offset: number): Loc {
	return { line: 0, col: offset, offset };
}

/** How the fake's metadata cache times its work (fake only; see MetadataCache). */
export type CacheTiming = "immediate" | "honest";

/**
 * The metadata cache: parses each note's frontmatter (a YAML map, else nothing, as
 * Obsidian does for broken YAML), its sections (a `yaml` section for a frontmatter
 * block, then headings and paragraphs, roughly) and inline tags (a simple `#tag` scan
 * outside code). Fires `changed` (file, data, cache), `resolve` (file), `resolved` and
 * `deleted` (file, prevCache).
 *
 * Timing "immediate" (the default) parses inside each write. Timing "honest" behaves as
 * Obsidian does: a note present at start has no cache (`getFileCache` gives null) until
 * the cache has indexed it, which starts when the layout is ready (or `start()`) and
 * goes `batch` notes per task; indexing a note present at start fires `resolve` but not
 * `changed` (Obsidian loads most of them from its stored cache); a later write keeps the
 * old cache until a later task parses it and fires `changed`, then `resolve`; and
 * `resolved` fires each time nothing is left to index.
 */
export class MetadataCache extends Events {
	/** Fake only: "immediate" or "honest" (set by createFakeApp). */
	timing: CacheTiming = "immediate";
	/** Fake only (honest timing): notes indexed per task. */
	batch = 50;
	private readonly caches = new Map<string, CachedMetadata>();
	/** Honest timing: paths waiting to be indexed → true for a note present at start (no `changed`). */
	private readonly queued = new Map<string, boolean>();
	private started = false;
	private scheduled = false;
	private idleWaiters: (() => void)[] = [];
	/** Lower-case path → file, and lower-case basename → files: kept up to date as files come and go. */
	private readonly byPath = new Map<string, TFile>();
	private readonly byName = new Map<string, TFile[]>();
	constructor(private readonly vault: Vault) {
		super();
	}
	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}
	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}
	/** Obsidian's link resolution, simplified: path match, else basename match (shortest path, then alphabetical). */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		void sourcePath;
		const wanted = linkpath.replace(/#.*$/, "").trim().toLowerCase();
		const exact = this.byPath.get(wanted) ?? this.byPath.get(`${wanted}.md`);
		if (exact) return exact;
		const name = (wanted.split("/").pop() ?? wanted).replace(/\.md$/, "");
		const matches = [...(this.byName.get(name) ?? [])].sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1));
		if (wanted.includes("/")) return matches.find((f) => f.path.toLowerCase().endsWith(`/${wanted}.md`)) ?? null;
		return matches[0] ?? null;
	}
	/** Fake only: a write or a new note. Parsed now ("immediate"), or queued ("honest"). */
	reparse(file: TFile): void {
		if (this.timing === "immediate") {
			this.index(file.path, false);
			this.trigger("resolved");
			return;
		}
		if (!this.queued.has(file.path)) this.queued.set(file.path, !this.started);
		if (this.started) this.schedule();
	}
	/** Fake only (honest timing): starts indexing what is queued, a batch per task (setLayoutReady calls it). */
	start(): void {
		if (this.started) return;
		this.started = true;
		this.schedule();
	}
	/** Fake only: indexes everything queued now, as a warm start finds it (nothing fires but `resolved`). */
	fillNow(): void {
		this.started = true;
		for (const path of [...this.queued.keys()]) {
			this.queued.delete(path);
			this.caches.set(path, parse(this.vault.text(path)));
		}
		this.trigger("resolved");
		this.wakeIdle();
	}
	/** Fake only: resolves once nothing is left to index (at once with "immediate" timing). */
	settled(): Promise<void> {
		if (this.timing === "immediate" || (this.started && this.queued.size === 0)) return Promise.resolve();
		return new Promise((resolve) => this.idleWaiters.push(resolve));
	}
	/** Fake only: how many notes wait to be indexed. */
	get queuedCount(): number {
		return this.queued.size;
	}
	/** Fake only: drops a deleted file's cache and fires `deleted`. */
	forget(file: TFile): void {
		const prev = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		this.queued.delete(file.path);
		this.trigger("deleted", file, prev);
	}
	/** Fake only: moves a renamed file's cache (Obsidian does not fire `changed` on rename). */
	move(oldPath: string, newPath: string): void {
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(newPath, cache);
		const first = this.queued.get(oldPath);
		if (first !== undefined) {
			this.queued.delete(oldPath);
			this.queued.set(newPath, first);
		}
	}
	private schedule(): void {
		if (this.scheduled || this.queued.size === 0) return;
		this.scheduled = true;
		setTimeout(() => this.indexBatch(), 0);
	}
	private indexBatch(): void {
		this.scheduled = false;
		let n = 0;
		for (const [path, first] of [...this.queued]) {
			if (n++ >= this.batch) break;
			this.queued.delete(path);
			if (this.vault.getFileByPath(path)) this.index(path, first);
		}
		if (this.queued.size > 0) {
			this.schedule();
			return;
		}
		this.trigger("resolved");
		this.wakeIdle();
	}
	private index(path: string, first: boolean): void {
		const file = this.vault.getFileByPath(path);
		if (!file) return;
		const text = this.vault.text(path);
		const cache = parse(text);
		this.caches.set(path, cache);
		if (!first) this.trigger("changed", file, text, cache);
		this.trigger("resolve", file);
	}
	private wakeIdle(): void {
		for (const wake of this.idleWaiters.splice(0)) wake();
	}
	/** Fake only: the vault tells the link index a markdown file came (at its path) or went. */
	linkable(file: TFile, present: boolean): void {
		if (file.extension !== "md") return;
		const name = file.basename.toLowerCase();
		const others = (this.byName.get(name) ?? []).filter((f) => f !== file);
		if (present) {
			this.byPath.set(file.path.toLowerCase(), file);
			others.push(file);
		} else this.byPath.delete(file.path.toLowerCase());
		if (others.length > 0) this.byName.set(name, others);
		else this.byName.delete(name);
	}
}

/** What the fake cache knows of a note's text. */
function parse(text: string): CachedMetadata {
	const cache: CachedMetadata = {};
	const { yaml, end } = splitFrontmatter(text);
	const sections: { type: string; position: { start: Loc; end: Loc } }[] = [];
	if (yaml !== null) {
		cache.frontmatterPosition = { start: pos(0), end: pos(end) };
		sections.push({ type: "yaml", position: { start: pos(0), end: pos(end) } });
		try {
			const parsed: unknown = load(yaml, { schema: CORE_SCHEMA });
			if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) cache.frontmatter = parsed as Record<string, unknown>;
		} catch {
			// Obsidian keeps no frontmatter for YAML it cannot parse; the plugin must notice.
		}
	}
	// Blocks of the body, roughly: a heading line, else a run of lines up to a blank one.
	// A run whose last line is `---` under text is a setext heading, as in CommonMark.
	const headings: { heading: string; level: number; position: { start: Loc; end: Loc } }[] = [];
	const at = (offset: number, line: number): Loc => ({ line, col: 0, offset });
	let offset = end;
	let line = yaml === null ? 0 : text.slice(0, end).split("\n").length - 1;
	let block: { start: Loc; lines: string[] } | null = null;
	const close = (): void => {
		if (!block) return;
		const last = block.lines[block.lines.length - 1] ?? "";
		const setext = block.lines.length > 1 && /^(-+|=+)\s*$/.test(last);
		const position = { start: block.start, end: at(offset, line) };
		if (setext) {
			sections.push({ type: "heading", position });
			headings.push({ heading: block.lines.slice(0, -1).join(" "), level: last.startsWith("=") ? 1 : 2, position });
		} else sections.push({ type: "paragraph", position });
		block = null;
	};
	for (const row of text.slice(end).split("\n")) {
		const heading = /^(#{1,6})\s+(.*)$/.exec(row);
		if (heading) {
			close();
			const position = { start: at(offset, line), end: at(offset + row.length, line) };
			sections.push({ type: "heading", position });
			headings.push({ heading: heading[2] ?? "", level: heading[1]?.length ?? 1, position });
		} else if (row.trim() === "") close();
		else (block ??= { start: at(offset, line), lines: [] }).lines.push(row);
		offset += row.length + 1;
		line += 1;
	}
	offset = text.length;
	close();
	if (sections.length > 0) cache.sections = sections;
	if (headings.length > 0) cache.headings = headings;
	// Like Obsidian, no tags from code, %% comments %% or HTML comments.
	const body = text.slice(end).replace(/```[\s\S]*?```|`[^`\n]*`|%%[\s\S]*?%%|<!--[\s\S]*?-->/g, "");
	const tags = [...body.matchAll(/(^|\s)(#[\p{L}\p{N}_/-]+)/gu)].map((m) => ({
		tag: m[2] ?? "",
		position: { start: pos(0), end: pos(0) },
	}));
	if (tags.length > 0) cache.tags = tags;
	return cache;
}

/** The file manager: only `processFrontMatter`, which edits the YAML block of a note. */
export class FileManager {
	constructor(private readonly vault: Vault) {}
	/** Fake only: how many times processFrontMatter ran. */
	frontmatterWrites = 0;
	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		const text = this.vault.text(file.path);
		const { yaml, end } = splitFrontmatter(text);
		const fm = (yaml === null ? {} : (load(yaml, { schema: CORE_SCHEMA }) as Record<string, unknown> | null)) ?? {};
		fn(fm);
		this.frontmatterWrites += 1;
		const block = `---\n${dump(fm, { schema: CORE_SCHEMA, lineWidth: -1 })}---\n`;
		await this.vault.process(file, () => block + text.slice(end));
		this.vault.writes[this.vault.writes.length - 1] = { api: "processFrontMatter", path: file.path };
	}
	async trashFile(file: TAbstractFile): Promise<void> {
		this.vault.remove(file.path);
	}
}

// ---------------------------------------------------------------------------------
// Editor and views.

/** A line/column position in an editor. */
export interface EditorPosition {
	line: number;
	ch: number;
}

/** One text change of a transaction. */
export interface EditorChange {
	from: EditorPosition;
	to?: EditorPosition;
	text: string;
}

/** What `Editor.transaction` takes (the parts the fake honours). */
export interface EditorTransaction {
	changes?: EditorChange[];
	selection?: { from: EditorPosition; to?: EditorPosition };
}

/**
 * The editor of a Markdown view, over a plain string. `transaction` applies all changes
 * at once and maps the cursor through them (a cursor at an insertion point stays
 * before the inserted text, as CodeMirror does); each transaction is one undo step.
 * Like CodeMirror, it holds lines joined by `\n`: a CRLF note's text in the editor has
 * no `\r` (`getValue()` differs from the file's text).
 */
export class Editor {
	/** Fake only: the transactions applied, for "one transaction" assertions. */
	readonly transactions: EditorTransaction[] = [];
	private history: { text: string; cursor: number }[] = [];
	private cursor = 0;
	private text: string;
	constructor(text: string) {
		this.text = text.replace(/\r\n?/g, "\n");
	}
	getValue(): string {
		return this.text;
	}
	setValue(text: string): void {
		this.text = text.replace(/\r\n?/g, "\n");
		this.cursor = Math.min(this.cursor, this.text.length);
	}
	lineCount(): number {
		return this.text.split("\n").length;
	}
	lastLine(): number {
		return this.lineCount() - 1;
	}
	getLine(line: number): string {
		return this.text.split("\n")[line] ?? "";
	}
	getCursor(): EditorPosition {
		return this.offsetToPos(this.cursor);
	}
	setCursor(p: EditorPosition | number, ch?: number): void {
		this.cursor = this.posToOffset(typeof p === "number" ? { line: p, ch: ch ?? 0 } : p);
	}
	offsetToPos(offset: number): EditorPosition {
		const before = this.text.slice(0, offset).split("\n");
		return { line: before.length - 1, ch: (before[before.length - 1] ?? "").length };
	}
	posToOffset(p: EditorPosition): number {
		const lines = this.text.split("\n");
		let offset = 0;
		for (let i = 0; i < p.line && i < lines.length; i++) offset += (lines[i] ?? "").length + 1;
		return Math.min(offset + p.ch, this.text.length);
	}
	transaction(tx: EditorTransaction): void {
		this.transactions.push(tx);
		this.history.push({ text: this.text, cursor: this.cursor });
		const changes = (tx.changes ?? []).map((c) => ({
			from: this.posToOffset(c.from),
			to: this.posToOffset(c.to ?? c.from),
			text: c.text,
		}));
		changes.sort((a, b) => b.from - a.from);
		let cursor = this.cursor;
		for (const c of changes) {
			this.text = this.text.slice(0, c.from) + c.text + this.text.slice(c.to);
			if (cursor > c.from) cursor = cursor >= c.to ? cursor + c.text.length - (c.to - c.from) : c.from;
		}
		this.cursor = tx.selection ? this.posToOffset(tx.selection.from) : cursor;
	}
	replaceRange(text: string, from: EditorPosition, to?: EditorPosition): void {
		this.transaction({ changes: [{ from, to, text }] });
	}
	/** Fake only: Ctrl+Z. */
	undo(): void {
		const last = this.history.pop();
		if (last) {
			this.text = last.text;
			this.cursor = last.cursor;
		}
	}
}

/** Obsidian's View: a component with a container of two children (header, content). */
export abstract class View extends Component {
	app: App;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	icon = "";
	navigation = false;
	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
		this.containerEl.createDiv({ cls: "view-header" });
		this.containerEl.createDiv({ cls: "view-content" });
	}
	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getIcon(): string {
		return this.icon;
	}
	/** Obsidian calls it when the view's size changes, e.g. when its hidden tab is shown. */
	onResize(): void {}
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(state: unknown, result: unknown): Promise<void> {
		void state;
		void result;
	}
}

/** A view with a content element and header actions. */
export abstract class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
	}
	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = (this.containerEl.children[0] as HTMLElement).createEl("button", {
			cls: "clickable-icon view-action",
			attr: { "aria-label": title },
		});
		setIcon(el, icon);
		el.addEventListener("click", (e) => void callback(e));
		return el;
	}
}

/** A Markdown editor view on a file. */
export class MarkdownView extends ItemView {
	file: TFile | null;
	editor: Editor;
	constructor(leaf: WorkspaceLeaf, file: TFile) {
		super(leaf);
		this.file = file;
		this.editor = new Editor(file.vault.text(file.path));
	}
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
	/** Fake only: Obsidian saves the editor to disk a moment after typing. */
	async save(): Promise<void> {
		if (this.file) this.file.vault.put(this.file.path, this.editor.getValue());
	}
}

/**
 * What a background tab holds after Obsidian (1.7.2+) restores the workspace: the view
 * type and file it will show, and nothing built. `leaf.view instanceof ...` is false for
 * every real view class until the leaf is loaded.
 */
export class DeferredView extends View {
	constructor(
		leaf: WorkspaceLeaf,
		private readonly type: string,
		/** Fake only: the file a deferred Markdown tab will open. */
		readonly file: TFile | null,
	) {
		super(leaf);
	}
	getViewType(): string {
		return this.type;
	}
	getDisplayText(): string {
		return this.file?.basename ?? this.type;
	}
}

/** A pane. Holds one view; `setViewState` builds it through the registered creator. */
export class WorkspaceLeaf extends Events {
	view: View | null = null;
	/** Fake only: where the leaf sits. */
	side: "main" | "right" = "main";
	constructor(readonly app: App) {
		super();
	}
	async setViewState(state: { type: string; active?: boolean; state?: unknown }): Promise<void> {
		const creator = this.app.workspace.viewCreators.get(state.type);
		if (!creator) throw new Error(`No view registered for ${state.type}`);
		await this.replaceView(creator(this));
	}
	async openFile(file: TFile): Promise<void> {
		await this.replaceView(new MarkdownView(this, file));
		this.app.workspace.setActiveLeaf(this);
		this.app.workspace.trigger("file-open", file);
	}
	getViewState(): { type: string } {
		return { type: this.view?.getViewType() ?? "empty" };
	}
	/** True while the leaf holds a DeferredView (a background tab not loaded yet). */
	get isDeferred(): boolean {
		return this.view instanceof DeferredView;
	}
	/** Builds the real view of a deferred leaf (without making it active). */
	async loadIfDeferred(): Promise<void> {
		const deferred = this.view;
		if (!(deferred instanceof DeferredView)) return;
		if (deferred.file) await this.replaceView(new MarkdownView(this, deferred.file));
		else await this.setViewState({ type: deferred.getViewType() });
	}
	detach(): void {
		const view = this.view;
		this.view = null;
		if (view) {
			void view.onClose();
			view.unload();
			view.containerEl.remove();
		}
		this.app.workspace.removeLeaf(this);
	}
	private async replaceView(view: View): Promise<void> {
		if (this.view) {
			await this.view.onClose();
			this.view.unload();
			this.view.containerEl.remove();
		}
		this.view = view;
		this.app.workspace.containerFor(this.side).appendChild(view.containerEl);
		view.load();
		await view.onOpen();
		this.app.workspace.trigger("layout-change");
	}
}

type Constructor<T> = abstract new (...args: never[]) => T;

/** The workspace: leaves, the active one, and `onLayoutReady`. */
export class Workspace extends Events {
	layoutReady = false;
	/** Fake only: the registered view creators, by type. */
	readonly viewCreators = new Map<string, (leaf: WorkspaceLeaf) => View>();
	readonly leaves: WorkspaceLeaf[] = [];
	activeLeaf: WorkspaceLeaf | null = null;
	containerEl: HTMLElement;
	private readyCallbacks: (() => unknown)[] = [];
	private readonly areas: Record<"main" | "right", HTMLElement>;
	constructor(readonly app: App) {
		super();
		const doc = typeof document === "undefined" ? null : document;
		this.containerEl = doc ? doc.createElement("div") : (null as unknown as HTMLElement);
		// Attached, so views are "shown" (isShown) as they are in a real window.
		if (doc) {
			this.containerEl.className = "workspace";
			doc.body.appendChild(this.containerEl);
		}
		this.areas = {
			main: doc ? this.containerEl.createDiv({ cls: "workspace-main" }) : (null as unknown as HTMLElement),
			right: doc ? this.containerEl.createDiv({ cls: "workspace-right" }) : (null as unknown as HTMLElement),
		};
	}
	onLayoutReady(cb: () => unknown): void {
		if (this.layoutReady) cb();
		else this.readyCallbacks.push(cb);
	}
	/** Fake only: Obsidian finished loading the workspace (an honest cache starts indexing now, if not before). */
	setLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
		this.trigger("layout-ready");
		if (this.app.metadataCache.timing === "honest") this.app.metadataCache.start();
	}
	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view?.getViewType() === type);
	}
	getRightLeaf(split: boolean): WorkspaceLeaf | null {
		void split;
		const leaf = new WorkspaceLeaf(this.app);
		leaf.side = "right";
		this.leaves.push(leaf);
		return leaf;
	}
	getLeaf(newLeaf?: boolean | string): WorkspaceLeaf {
		const existing = this.leaves.find((l) => l.side === "main");
		if (existing && !newLeaf) return existing;
		const leaf = new WorkspaceLeaf(this.app);
		this.leaves.push(leaf);
		return leaf;
	}
	/** Brings a leaf forward; like Obsidian since 1.7.2, a deferred leaf is loaded first. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.revealed.push(leaf);
		await leaf.loadIfDeferred();
	}
	/**
	 * Fake only: a tab restored at start in the background. Its view is a DeferredView
	 * (the real view is not built) until `loadIfDeferred` or `revealLeaf`.
	 */
	restoreDeferredLeaf(side: "main" | "right", type: string, file?: TFile): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app);
		leaf.side = side;
		this.leaves.push(leaf);
		leaf.view = new DeferredView(leaf, type, file ?? null);
		this.containerFor(side).appendChild(leaf.view.containerEl);
		return leaf;
	}
	/** Fake only: leaves passed to revealLeaf. */
	readonly revealed: WorkspaceLeaf[] = [];
	/** Like Obsidian: the active file view's file, else the most recently active one. */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof MarkdownView) return view.file;
		return this.lastActiveFile;
	}
	private lastActiveFile: TFile | null = null;
	getActiveViewOfType<T extends View>(type: Constructor<T>): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}
	async openLinkText(linktext: string, sourcePath: string): Promise<void> {
		const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
		if (file) await this.getLeaf().openFile(file);
	}
	/** Fake only: makes a leaf the active one and fires `active-leaf-change`. */
	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.activeLeaf = leaf;
		if (leaf.view instanceof MarkdownView) this.lastActiveFile = leaf.view.file;
		this.trigger("active-leaf-change", leaf);
	}
	/** Fake only: where a leaf's view element goes. */
	containerFor(side: "main" | "right"): HTMLElement {
		return this.areas[side];
	}
	/** Fake only: forgets a detached leaf. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		const i = this.leaves.indexOf(leaf);
		if (i >= 0) this.leaves.splice(i, 1);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
	}
}

/** Fake only: how createFakeApp sets the app up. */
export interface FakeAppOptions {
	/** "immediate" (default): writes are parsed inside them. "honest": timed as Obsidian (see MetadataCache). */
	cache?: CacheTiming;
}

/** The app: vault, metadata cache, file manager, workspace. */
export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	/** Fake only: commands added by plugins, by full id. */
	readonly commands = new Map<string, Command>();
	/** Fake only: code block processors registered by plugins, by language. */
	readonly codeBlockProcessors = new Map<string, CodeBlockHandler>();
	/** Fake only: Bases view types registered by plugins, by id. */
	readonly basesViews = new Map<string, BasesViewRegistration>();
	constructor(options: FakeAppOptions = {}) {
		this.vault = new Vault();
		this.metadataCache = new MetadataCache(this.vault);
		this.metadataCache.timing = options.cache ?? "immediate";
		this.vault.metadataCache = this.metadataCache;
		this.fileManager = new FileManager(this.vault);
		this.workspace = new Workspace(this);
	}
}

// ---------------------------------------------------------------------------------
// Plugin, commands, settings.

/** A command, as `addCommand` takes it. */
export interface Command {
	id: string;
	name: string;
	icon?: string;
	hotkeys?: unknown[];
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
}

/** The manifest fields the plugin reads. */
export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	dir?: string;
}

/** Obsidian's Plugin: a component with data.json, commands, ribbon, status bar, views. */
export class Plugin extends Component {
	/** Fake only: what loadData returns and saveData stored. */
	data: unknown = null;
	/** Fake only: the ribbon icons and status-bar items added. */
	readonly ribbon: HTMLElement[] = [];
	readonly statusBar: HTMLElement[] = [];
	readonly settingTabs: PluginSettingTab[] = [];
	constructor(
		public app: App,
		public manifest: PluginManifest,
	) {
		super();
	}
	async loadData(): Promise<unknown> {
		return this.data === null ? null : JSON.parse(JSON.stringify(this.data));
	}
	async saveData(data: unknown): Promise<void> {
		this.data = JSON.parse(JSON.stringify(data));
	}
	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.app.commands.set(full.id, full);
		this.register(() => this.app.commands.delete(full.id));
		return full;
	}
	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = createDiv({ cls: "side-dock-ribbon-action", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (e) => void callback(e));
		this.ribbon.push(el);
		this.register(() => el.remove());
		return el;
	}
	addStatusBarItem(): HTMLElement {
		const el = createDiv({ cls: "status-bar-item" });
		this.statusBar.push(el);
		this.register(() => el.remove());
		return el;
	}
	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
	}
	registerView(type: string, creator: (leaf: WorkspaceLeaf) => View): void {
		this.app.workspace.viewCreators.set(type, creator);
		this.register(() => this.app.workspace.viewCreators.delete(type));
	}
	/** Obsidian runs the handler for each ```language block in reading view; see `renderCodeBlock`. */
	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): void {
		this.app.codeBlockProcessors.set(language, handler);
		this.register(() => this.app.codeBlockProcessors.delete(language));
	}
	/** Obsidian returns false when Bases is off in the vault; the fake always has it on. See `openBasesView`. */
	registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
		this.app.basesViews.set(viewId, registration);
		this.register(() => this.app.basesViews.delete(viewId));
		return true;
	}
	onExternalSettingsChange?(): unknown;
}

/** A settings tab: `display()` fills `containerEl`. */
export abstract class PluginSettingTab {
	containerEl: HTMLElement;
	constructor(
		public app: App,
		public plugin: Plugin,
	) {
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}
	abstract display(): void;
	hide(): void {}
}

/** A value control with `onChange`, the shape shared by text, toggle and dropdown. */
abstract class ValueComponent<T> {
	protected changeHandler: ((value: T) => unknown) | null = null;
	disabled = false;
	abstract getValue(): T;
	abstract setValue(value: T): this;
	onChange(cb: (value: T) => unknown): this {
		this.changeHandler = cb;
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

/** A one-line text input; typing fires `onChange` on `input`. */
export class TextComponent extends ValueComponent<string> {
	inputEl: HTMLInputElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.createEl("input", { type: "text" });
		this.inputEl.addEventListener("input", () => void this.changeHandler?.(this.inputEl.value));
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(p: string): this {
		this.inputEl.placeholder = p;
		return this;
	}
}

/** A multi-line text input. */
export class TextAreaComponent extends ValueComponent<string> {
	inputEl: HTMLTextAreaElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.createEl("textarea");
		this.inputEl.addEventListener("input", () => void this.changeHandler?.(this.inputEl.value));
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(p: string): this {
		this.inputEl.placeholder = p;
		return this;
	}
}

/** A toggle; clicking flips it and fires `onChange`. */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private on = false;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
		this.toggleEl.addEventListener("click", () => {
			this.setValue(!this.on);
			void this.changeHandler?.(this.on);
		});
	}
	getValue(): boolean {
		return this.on;
	}
	setValue(on: boolean): this {
		this.on = on;
		this.toggleEl.classList.toggle("is-enabled", on);
		return this;
	}
}

/** A select box. */
export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => void this.changeHandler?.(this.selectEl.value));
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { text: display, attr: { value } });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [v, d] of Object.entries(options)) this.addOption(v, d);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
}

/** A button. */
export class ButtonComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		this.buttonEl = containerEl.createEl("button");
	}
	setButtonText(text: string): this {
		this.buttonEl.textContent = text;
		return this;
	}
	setCta(): this {
		this.buttonEl.classList.add("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.classList.add("mod-warning");
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setTooltip(text: string): this {
		this.buttonEl.setAttribute("aria-label", text);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return this;
	}
	onClick(cb: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (e) => void cb(e));
		return this;
	}
}

/** One row of a settings tab: name, description, controls. */
export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string | DocumentFragment): this {
		if (typeof name === "string") this.nameEl.textContent = name;
		else this.nameEl.appendChild(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.textContent = "";
		if (typeof desc === "string") this.descEl.textContent = desc;
		else this.descEl.appendChild(desc);
		return this;
	}
	setHeading(): this {
		this.settingEl.classList.add("setting-item-heading");
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		cb(new TextComponent(this.controlEl));
		return this;
	}
	addTextArea(cb: (c: TextAreaComponent) => unknown): this {
		cb(new TextAreaComponent(this.controlEl));
		return this;
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		cb(new ToggleComponent(this.controlEl));
		return this;
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		cb(new DropdownComponent(this.controlEl));
		return this;
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		cb(new ButtonComponent(this.controlEl));
		return this;
	}
}

// ---------------------------------------------------------------------------------
// Notices, modals, menus, icons, platform.

/** A toast. The fake keeps every notice in `Notice.shown` and shows it in `Notice.container`. */
export class Notice {
	/** Fake only: every notice shown, oldest first. */
	static shown: Notice[] = [];
	/** Fake only: where notices are drawn (the e2e page sets it). */
	static container: HTMLElement | null = null;
	noticeEl: HTMLElement;
	messageEl: HTMLElement;
	hidden = false;
	constructor(
		message: string | DocumentFragment,
		readonly duration?: number,
	) {
		this.noticeEl = createDiv({ cls: "notice" });
		this.messageEl = this.noticeEl.createDiv({ cls: "notice-message" });
		this.setMessage(message);
		Notice.shown.push(this);
		Notice.container?.appendChild(this.noticeEl);
	}
	setMessage(message: string | DocumentFragment): this {
		this.messageEl.textContent = "";
		if (typeof message === "string") this.messageEl.textContent = message;
		else this.messageEl.appendChild(message);
		return this;
	}
	hide(): void {
		this.hidden = true;
		this.noticeEl.remove();
	}
	/** Fake only: the notice's text. */
	get text(): string {
		return this.messageEl.textContent ?? "";
	}
}

/** A dialog: `open()` attaches it to the document and calls `onOpen`. */
export class Modal {
	/** Fake only: the modal open right now. */
	static current: Modal | null = null;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	constructor(public app: App) {
		this.containerEl = createDiv({ cls: "modal-container" });
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}
	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}
	open(): void {
		document.body.appendChild(this.containerEl);
		Modal.current = this;
		this.onOpen();
	}
	close(): void {
		this.onClose();
		this.containerEl.remove();
		if (Modal.current === this) Modal.current = null;
	}
	onOpen(): void {}
	onClose(): void {}
}

/** One menu entry. */
export class MenuItem {
	title = "";
	icon = "";
	handler: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon ?? "";
		return this;
	}
	setSection(section: string): this {
		void section;
		return this;
	}
	onClick(cb: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.handler = cb;
		return this;
	}
}

/** A context menu. The fake records the last menu shown so tests can pick an item. */
export class Menu extends Component {
	/** Fake only: the last menu shown. */
	static last: Menu | null = null;
	readonly items: MenuItem[] = [];
	/** Fake only: where the menu was shown (a mouse event's client point, or the position given). */
	shownAt: { x: number; y: number } | null = null;
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(evt: MouseEvent): this {
		this.shownAt = { x: evt.clientX, y: evt.clientY };
		Menu.last = this;
		return this;
	}
	showAtPosition(p: { x: number; y: number }): this {
		this.shownAt = { x: p.x, y: p.y };
		Menu.last = this;
		return this;
	}
	/** Fake only: clicks the item with this title. */
	click(title: string): void {
		const item = this.items.find((i) => i.title === title);
		if (!item) throw new Error(`No menu item "${title}" in [${this.items.map((i) => i.title).join(", ")}]`);
		void item.handler?.(new MouseEvent("click"));
	}
}

/**
 * Fake only: rough 24×24 outlines for the icons the plugin names, so screenshots show
 * a shape where Obsidian would draw its Lucide icon. Unknown names draw a dot.
 */
const ICON_SHAPES: Record<string, string[]> = {
	"calendar-clock": [
		"M21 10V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h6",
		"M3 10h8",
		"M8 2v4",
		"M16 2v4",
		"M17 14v3l2 1",
		"M17 22a5 5 0 1 0 0-10 5 5 0 0 0 0 10z",
	],
	"file-input": ["M6 22h12a2 2 0 0 0 2-2V8l-6-6H6a2 2 0 0 0-2 2v4", "M14 2v6h6", "M2 15h10", "M9 12l3 3-3 3"],
	copy: [
		"M10 8h10a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H10a2 2 0 0 1-2-2V10a2 2 0 0 1 2-2z",
		"M4 16a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2",
	],
	check: ["M20 6L9 17l-5-5"],
	"message-square-reply": ["M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", "M11 7l-3 3 3 3", "M8 10h6a2 2 0 0 1 2 2v1"],
	"alarm-clock": ["M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16z", "M12 9v4l2 2", "M5 3L2 6", "M22 6l-3-3"],
	x: ["M18 6L6 18", "M6 6l12 12"],
	"file-text": ["M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z", "M14 2v6h6", "M8 13h8", "M8 17h8", "M8 9h2"],
	"chevron-right": ["M9 18l6-6-6-6"],
	"chevron-down": ["M6 9l6 6 6-6"],
	lightbulb: ["M9 18h6", "M10 22h4", "M12 2a7 7 0 0 0-4 12.7c.6.5 1 1.3 1 2.3v1h6v-1c0-1 .4-1.8 1-2.3A7 7 0 0 0 12 2z"],
	"alert-triangle": ["M10.3 3.9L1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z", "M12 9v4", "M12 17h.01"],
	calendar: ["M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z", "M16 2v4", "M8 2v4", "M3 10h18"],
};

/** Draws an icon: Obsidian inserts a Lucide SVG; the fake a rough outline of it. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.querySelector(":scope > .svg-icon")?.remove();
	const ns = "http://www.w3.org/2000/svg";
	const svg = document.createElementNS(ns, "svg");
	for (const [k, v] of Object.entries({
		viewBox: "0 0 24 24",
		width: "16",
		height: "16",
		fill: "none",
		stroke: "currentColor",
		"stroke-width": "2",
		"stroke-linecap": "round",
		"stroke-linejoin": "round",
		class: `svg-icon lucide-${iconId}`,
		"aria-hidden": "true",
		"data-icon": iconId,
	})) {
		svg.setAttribute(k, v);
	}
	for (const d of ICON_SHAPES[iconId] ?? ["M12 12h.01"]) {
		const path = document.createElementNS(ns, "path");
		path.setAttribute("d", d);
		svg.appendChild(path);
	}
	parent.appendChild(svg);
}

/** Keyboard helpers; only `isModEvent`: Ctrl/Cmd-click opens a link in a new tab. */
export class Keymap {
	static isModEvent(evt?: UIEvent | null): "tab" | false {
		const e = evt as MouseEvent | null | undefined;
		return e && (e.ctrlKey || e.metaKey) ? "tab" : false;
	}
}

/** Sets a hover tooltip (Obsidian shows a popover; the fake sets aria-label). */
export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute("aria-label", tooltip);
}

/** The platform flags; tests may flip them (fake only: mutable). */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
};

let momentLocale = "en";

/**
 * Obsidian's bundled moment.js, only `moment.locale()`: the locale Obsidian set for its
 * language, as moment names it (`en`, `en-gb`, `de`). "en" unless a test chooses another.
 */
export const moment = {
	locale: (): string => momentLocale,
};

/** Fake only: the locale moment reports, as choosing Obsidian's language sets it. */
export function setMomentLocale(locale: string): void {
	momentLocale = locale;
}

/** Obsidian's path normaliser: forward slashes, no doubled or edge slashes. */
export function normalizePath(path: string): string {
	const p = path
		.replace(/\\/g, "/")
		.replace(/\/+/g, "/")
		.replace(/^\/|\/$/g, "");
	return p === "" ? "/" : p;
}

/** A debounced function, with `cancel` and `run` as Obsidian's `Debouncer`. */
export interface Debouncer<T extends unknown[]> {
	(...args: T): void;
	cancel(): void;
	run(): void;
}

/** Obsidian's debounce: calls `cb` once `timeout` ms after the last call (`resetTimer` restarts the wait). */
export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0, resetTimer = false): Debouncer<T> {
	let timer: number | null = null;
	let pending: T | null = null;
	const fire = (): void => {
		timer = null;
		const args = pending;
		pending = null;
		if (args) cb(...args);
	};
	const debounced = ((...args: T) => {
		pending = args;
		if (timer !== null && !resetTimer) return;
		if (timer !== null) window.clearTimeout(timer);
		timer = window.setTimeout(fire, timeout);
	}) as Debouncer<T>;
	debounced.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		pending = null;
	};
	debounced.run = () => {
		if (timer !== null) window.clearTimeout(timer);
		fire();
	};
	return debounced;
}

/** Fake only: a fresh app, its layout not yet ready. */
export function createFakeApp(options: FakeAppOptions = {}): App {
	return new App(options);
}

// ---------------------------------------------------------------------------------
// YAML, code blocks and Bases.

/** Obsidian's YAML parser; the fake uses js-yaml's core schema, as the metadata cache does. Throws on bad YAML. */
export function parseYaml(yaml: string): unknown {
	return load(yaml, { schema: CORE_SCHEMA });
}

/** A component tied to an element of rendered markdown; Obsidian unloads it when the element goes. */
export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}

/** What a post processor learns about where it renders (the parts the plugin uses). */
export interface MarkdownPostProcessorContext {
	docId: string;
	sourcePath: string;
	frontmatter: unknown;
	addChild(child: MarkdownRenderChild): void;
	getSectionInfo(el: HTMLElement): null;
}

/** A code block handler, as `registerMarkdownCodeBlockProcessor` takes it. */
export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

/** Fake only: one rendered code block, and the children its handler added. */
export interface RenderedCodeBlock {
	el: HTMLElement;
	children: MarkdownRenderChild[];
	/** What Obsidian does when the block leaves the preview: unload its children. */
	unload(): void;
}

/**
 * Fake only: renders a ```language block as reading view would: a `div.block-language-…`
 * (attached to `parent`, or the workspace's main area), the registered handler, and a
 * context whose `addChild` loads the child at once.
 */
export async function renderCodeBlock(
	app: App,
	language: string,
	source: string,
	sourcePath: string,
	parent?: HTMLElement,
): Promise<RenderedCodeBlock> {
	const handler = app.codeBlockProcessors.get(language);
	if (!handler) throw new Error(`No code block processor for ${language}`);
	const el = (parent ?? app.workspace.containerFor("main")).createDiv({ cls: `block-language-${language}` });
	const children: MarkdownRenderChild[] = [];
	const ctx: MarkdownPostProcessorContext = {
		docId: "fake-doc",
		sourcePath,
		frontmatter: null,
		addChild: (child) => {
			children.push(child);
			child.load();
		},
		getSectionInfo: () => null,
	};
	await handler(source, el, ctx);
	return { el, children, unload: () => children.forEach((c) => c.unload()) };
}

/** Bases' query runner: the fake only carries the app and the view's config to the view. */
export class QueryController extends Component {
	constructor(
		readonly app: App,
		readonly config: BasesViewConfig,
	) {
		super();
	}
}

/** One row of a base: a file. The fake has no properties (`getValue` gives null). */
export class BasesEntry {
	constructor(public file: TFile) {}
	getValue(propertyId: string): null {
		void propertyId;
		return null;
	}
}

/** A group of rows by the base's groupBy; the fake's key is a plain value with toString. */
export class BasesEntryGroup {
	constructor(
		public entries: BasesEntry[],
		public key?: { toString(): string },
	) {}
	hasKey(): boolean {
		return this.key !== undefined;
	}
}

/** A query's result: rows (already filtered and sorted by Bases) and their groups. */
export class BasesQueryResult {
	constructor(
		public data: BasesEntry[],
		private readonly groups: BasesEntryGroup[] = [new BasesEntryGroup(data)],
	) {}
	get groupedData(): BasesEntryGroup[] {
		return this.groups;
	}
	get properties(): string[] {
		return [];
	}
}

/** A view's entry in the .base file: its name and the options the user set. */
export class BasesViewConfig {
	constructor(
		public name: string,
		private readonly values: Record<string, unknown> = {},
	) {}
	get(key: string): unknown {
		return this.values[key];
	}
	set(key: string, value: unknown): void {
		this.values[key] = value;
	}
	getOrder(): string[] {
		return [];
	}
	getSort(): unknown[] {
		return [];
	}
	getDisplayName(propertyId: string): string {
		return propertyId.replace(/^[a-z]+\./, "");
	}
}

/** A custom Bases view: a component given the controller; `onDataUpdated` runs after each new `data`. */
export abstract class BasesView extends Component {
	abstract type: string;
	app: App;
	config: BasesViewConfig;
	allProperties: string[] = [];
	data: BasesQueryResult = new BasesQueryResult([]);
	protected constructor(controller: QueryController) {
		super();
		this.app = controller.app;
		this.config = controller.config;
	}
	abstract onDataUpdated(): void;
}

/** What `registerBasesView` takes. */
export interface BasesViewRegistration {
	name: string;
	icon: string;
	factory: (controller: QueryController, containerEl: HTMLElement) => BasesView;
	options?: (config: BasesViewConfig) => unknown[];
}

/** Fake only: a base showing a registered view over some files. */
export interface OpenBase {
	view: BasesView;
	containerEl: HTMLElement;
	/** What Bases does when its query result changes: new `data`, then `onDataUpdated`. */
	setFiles(paths: string[], groups?: { key: string; paths: string[] }[]): void;
	close(): void;
}

/**
 * Fake only: opens a base's view of this type over the notes at `paths`, as Bases would
 * after running the base's filters (the test decides which notes they select).
 */
export function openBasesView(
	app: App,
	viewId: string,
	paths: string[],
	options: Record<string, unknown> = {},
	parent?: HTMLElement,
): OpenBase {
	const registration = app.basesViews.get(viewId);
	if (!registration) throw new Error(`No Bases view ${viewId}`);
	const containerEl = (parent ?? app.workspace.containerFor("main")).createDiv({ cls: "bases-view" });
	const controller = new QueryController(app, new BasesViewConfig(registration.name, { ...options }));
	const view = registration.factory(controller, containerEl);
	const entries = (list: string[]): BasesEntry[] =>
		list.map((p) => {
			const file = app.vault.getFileByPath(p);
			if (!file) throw new Error(`No such file: ${p}`);
			return new BasesEntry(file);
		});
	const setFiles = (list: string[], groups?: { key: string; paths: string[] }[]): void => {
		const data = entries(list);
		view.data = new BasesQueryResult(
			data,
			groups ? groups.map((g) => new BasesEntryGroup(entries(g.paths), { toString: () => g.key })) : undefined,
		);
		view.onDataUpdated();
	};
	controller.addChild(view);
	controller.load();
	setFiles(paths);
	return { view, containerEl, setFiles, close: () => controller.unload() };
}
