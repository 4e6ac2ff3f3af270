/**
 * Property names that main.js gives short names (esbuild.config.mjs, terser's property
 * mangling), and that src/ must therefore never use (eslint.config.mjs). They are the
 * state and methods micromark and mdast-util-from-markdown keep on their own objects:
 * fields named `_lowercase` (`_bufferIndex`, `_tokenizer`), and the longer names below,
 * which neither Obsidian's API, the DOM, the mdast tree we read nor our saved data uses.
 * Each one is read and written only inside the parser, so renaming it everywhere in the
 * bundle changes nothing it does.
 */
const MICROMARK_FIELDS = [
	"atHardBreak",
	"attempt",
	"constructs",
	"consume",
	"containerState",
	"contentType",
	"currentConstruct",
	"defineSkip",
	"expectingFirstListItemValue",
	"flowCodeInside",
	"furtherBlankLines",
	"inReference",
	"initialBlankLine",
	"interrupt",
	"lazy",
	"parser",
	"partial",
	"previous",
	"resolveAll",
	"resolveTo",
	"setextHeadingSlurpLineEnding",
	"sliceSerialize",
	"sliceStream",
	"tokenStack",
];

/** The names, as one pattern. */
export const SHORT_FIELDS = new RegExp(`^(?:_[a-z]|(?:${MICROMARK_FIELDS.join("|")})$)`);
