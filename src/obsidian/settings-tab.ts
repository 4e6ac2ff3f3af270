/**
 * The settings tab. One table of fields serves both of Obsidian's ways to draw a tab:
 * `display()` (Obsidian before 1.13) and `getSettingDefinitions()` (1.13 and later,
 * where settings are searchable). Every change is checked by the same migrateSettings
 * that reads data.json, so the tab can never save what loading would refuse.
 */
import {
	PluginSettingTab,
	Setting,
	type App,
	type TextAreaComponent,
	type TextComponent,
	type Plugin,
	type SettingDefinitionItem,
} from "obsidian";
import { DAY_NAMES } from "../core/dates";
import { migrateSettings, type Settings } from "../core/settings";
import { formatAliasLines, formatStatusLines, parseAliasLines, parseLines, parseStatusLines, parseWhole } from "./settings-fields";
import type { SettingsStore } from "./settings-store";
import { VaultFormatModal } from "./vault-format-modal";
import type { VaultIndexer } from "./vault-indexer";

type ControlValue = string | boolean;

/** Settings keys whose value has type V. */
type KeysOf<V> = { [K in keyof Settings]: Settings[K] extends V ? K : never }[keyof Settings];

/** One field of the tab: how to show a setting and how to read it back. */
interface Field {
	key: keyof Settings;
	name: string;
	desc: string;
	control: "text" | "textarea" | "toggle";
	placeholder?: string;
	show(settings: Settings): ControlValue;
	read(value: ControlValue): unknown;
}

/**
 * Fields of one kind: a control, how it shows the setting's value and how it reads the
 * control's value back.
 */
const fields =
	<V>(control: Field["control"], show: (value: V) => ControlValue, read: (value: string) => unknown) =>
	(key: KeysOf<V>, name: string, desc: string, placeholder?: string): Field => ({
		key,
		name,
		desc,
		control,
		placeholder,
		show: (s) => show(s[key] as V),
		read: (v) => read(String(v)),
	});

const text = fields<string>("text", String, String);
const whole = fields<number>("text", String, parseWhole);
/** A list setting written one item per line. */
const lines = fields<string[]>("textarea", (v) => v.join("\n"), parseLines);
/** A map setting written one entry per line. */
const aliasLines = fields<Record<string, string[]>>("textarea", formatAliasLines, parseAliasLines);
const statusLines = fields<Record<string, string>>("textarea", formatStatusLines, parseStatusLines);
const toggle = (key: KeysOf<boolean>, name: string, desc: string): Field => ({
	key,
	name,
	desc,
	control: "toggle",
	show: (s) => s[key],
	read: (v) => v === true,
});

function weekdayNumber(name: string): number {
	const lower = name.toLowerCase();
	const i = DAY_NAMES.findIndex((d) => d.toLowerCase() === lower || d.toLowerCase().slice(0, 3) === lower);
	return i >= 0 ? i : Number.NaN;
}

/** The row that opens "Read my vault's format", at the head of the interview notes section. */
const FORMAT_ROW = {
	name: "Your vault's format",
	desc: "Proposes the tag or folder, property names and status words that read your notes, with what they would find. Nothing changes until you apply it; your own values are kept.",
	button: "Read my vault's format",
};

const PROBLEMS_TITLE = "Some saved values could not be used; their defaults apply until you change them:";

/** The tab's sections and fields, in display order. */
const SECTIONS: { heading: string; fields: Field[] }[] = [
	{
		heading: "Interview notes",
		fields: [
			text(
				"interviewTag",
				"Interview tag",
				"Notes with this tag (or with type set to it) are interview notes. Nested tags such as job/interview count too.",
				"interview",
			),
			lines(
				"interviewFolders",
				"Interview folders",
				"Every note in these folders is an interview note. One folder per line.",
				"Job search/Interviews",
			),
			aliasLines(
				"fieldAliases",
				"Field aliases",
				"Your own property names, one field per line: interview_date: Interview-On, Met-On",
				"interview_date: Interview-On",
			),
			statusLines(
				"statusAliases",
				"Status aliases",
				"Your own status values and what they mean (active, ended, rejected or closed), one per line: Under_Review: active",
				"Under_Review: active",
			),
		],
	},
	{
		heading: "Business days",
		fields: [
			{
				key: "weekendDays",
				name: "Weekend days",
				desc: "Days that are not business days, separated by commas.",
				control: "text",
				placeholder: "Saturday, Sunday",
				// Monday-first, as a week reads: "Saturday, Sunday".
				show: (s) =>
					[...s.weekendDays]
						.sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
						.map((d) => DAY_NAMES[d] ?? "")
						.join(", "),
				read: (v) => parseLines(String(v)).map(weekdayNumber),
			},
			lines("holidays", "Holidays", "Extra days off, one date per line, written 2026-12-24.", "2026-12-24"),
			text(
				"holidayCountry",
				"Holiday country",
				"A country code such as US, GB or DE-BY. The command-line tool counts its public holidays as days off; inside Obsidian, list the ones you need under holidays.",
				"US",
			),
		],
	},
	{
		heading: "Follow-up rules",
		fields: [
			whole("minGapBusinessDays", "Minimum gap", "Business days to leave between two messages to the same person."),
			whole("stayInTouchWeeks", "Stay in touch every", "Weeks between stay-in-touch notes after a process ends."),
			whole("stayInTouchMax", "Stay-in-touch notes", "At most this many stay-in-touch notes per opportunity."),
		],
	},
	{
		heading: "Drafts",
		fields: [
			text("myName", "Your name", "Signed under every draft."),
			text(
				"followUpHeading",
				"Follow-up heading",
				"Drafts are inserted under this heading; it is added at the end of the note when missing.",
				"## Follow-ups",
			),
			text(
				"templateFolder",
				"Template folder",
				"A folder with your own draft templates, one note per kind (check-in.md, thank-you.md…). Leave empty for the built-in ones.",
			),
			whole("maxDraftWords", "Longest draft", "Drafts with more words than this get a warning: short messages get read."),
		],
	},
	{
		heading: "Panel and new notes",
		fields: [
			whole("horizonDays", "Days ahead", "Upcoming follow-ups due within this many days are listed."),
			toggle("startupNotice", "Summary when Obsidian starts", "One notice with the number of follow-ups due, when there are any."),
			text(
				"newNoteFolder",
				"Folder for new interview notes",
				"Where the new interview note command puts notes. A note named interview in the template folder is used as their template.",
				"Interviews",
			),
		],
	},
	{
		heading: "Dashboards",
		fields: [
			toggle(
				"writeBackProperties",
				"Write the next follow-up into notes",
				"Keeps the properties next_follow_up, next_follow_up_kind and next_follow_up_to in each interview note, for Dataview queries and Bases filters. A note is changed only when its next follow-up changes, a few notes at a time.",
			),
		],
	},
];

/** The settings tab. */
export class FollowUpSettingTab extends PluginSettingTab {
	readonly #store: SettingsStore;
	readonly #indexer: VaultIndexer;

	/** `store` validates and saves every change; `indexer` serves "Read my vault's format". */
	constructor(app: App, plugin: Plugin, store: SettingsStore, indexer: VaultIndexer) {
		super(app, plugin);
		this.#store = store;
		this.#indexer = indexer;
	}

	/** Obsidian before 1.13: draws the fields with Setting rows. */
	override display(): void {
		this.#draw();
	}

	#draw(): void {
		const { containerEl } = this;
		containerEl.empty();
		containerEl.addClass("ifu-settings");
		if (this.#store.problems.length > 0) {
			const box = containerEl.createDiv({ cls: "ifu-settings-problems" });
			box.createDiv({ text: PROBLEMS_TITLE });
			box.appendChild(this.#problemList());
		}
		for (const section of SECTIONS) {
			new Setting(containerEl).setName(section.heading).setHeading();
			if (section === SECTIONS[0]) this.#drawFormatRow();
			for (const field of section.fields) this.#drawField(field);
		}
	}

	/**
	 * Obsidian 1.13 and later: the same fields, declared, so they show up in settings
	 * search. `display()` is not called there, so the saved values that could not be used
	 * are declared too, as a row above the sections.
	 */
	override getSettingDefinitions(): SettingDefinitionItem[] {
		const problems: SettingDefinitionItem[] =
			this.#store.problems.length === 0
				? []
				: [{ name: PROBLEMS_TITLE, desc: createFragment((f) => f.appendChild(this.#problemList())), searchable: false }];
		return [...problems, ...this.#sections()];
	}

	#problemList(): HTMLElement {
		const list = createEl("ul", { cls: "ifu-settings-problem-list" });
		for (const p of this.#store.problems) list.createEl("li", { text: p.message });
		return list;
	}

	/** Opens the proposal dialog; after applying, the drawn fields show the new values. */
	#readFormat(): void {
		new VaultFormatModal(this.app, {
			store: this.#store,
			indexer: this.#indexer,
			onApplied: () => {
				if (this.containerEl.hasClass("ifu-settings")) this.#draw();
			},
		}).open();
	}

	#drawFormatRow(): void {
		new Setting(this.containerEl)
			.setName(FORMAT_ROW.name)
			.setDesc(FORMAT_ROW.desc)
			.addButton((b) => b.setButtonText(FORMAT_ROW.button).onClick(() => this.#readFormat()));
	}

	#sections(): SettingDefinitionItem[] {
		const formatRow: SettingDefinitionItem = { name: FORMAT_ROW.button, desc: FORMAT_ROW.desc, action: () => this.#readFormat() };
		return SECTIONS.map((section) => ({
			type: "group" as const,
			heading: section.heading,
			items: [
				...(section === SECTIONS[0] ? [formatRow] : []),
				...section.fields.map((field) => ({
					name: field.name,
					desc: field.desc,
					control:
						field.control === "toggle"
							? { type: "toggle" as const, key: field.key }
							: {
									type: field.control,
									key: field.key,
									placeholder: field.placeholder,
									validate: (value: string) => this.#check(field, value),
								},
				})),
			],
		}));
	}

	/** The control value of a setting (1.13 declarative API). */
	override getControlValue(key: string): unknown {
		const field = fieldFor(key);
		return field ? field.show(this.#store.get()) : undefined;
	}

	/** Saves a control value (1.13 declarative API). */
	override async setControlValue(key: string, value: unknown): Promise<void> {
		const field = fieldFor(key);
		if (field) await this.#store.update({ [field.key]: field.read(value as ControlValue) });
	}

	#check(field: Field, value: ControlValue): string {
		const candidate = { ...this.#store.get(), [field.key]: field.read(value) };
		return problemFor(field.key, candidate);
	}

	#drawField(field: Field): void {
		const setting = new Setting(this.containerEl).setName(field.name).setDesc(field.desc);
		const error = setting.descEl.createDiv({ cls: "ifu-setting-error" });
		const save = async (value: ControlValue): Promise<void> => {
			const problems = await this.#store.update({ [field.key]: field.read(value) });
			error.setText(problems.map((p) => p.message).join(" "));
		};
		const current = field.show(this.#store.get());
		if (field.control === "toggle") {
			setting.addToggle((t) => t.setValue(current === true).onChange((v) => void save(v)));
		} else {
			// A text box and a text area are filled and read the same way.
			const input = (t: TextComponent | TextAreaComponent): unknown =>
				t
					.setPlaceholder(field.placeholder ?? "")
					.setValue(String(current))
					.onChange((v) => void save(v));
			if (field.control === "textarea") setting.addTextArea(input);
			else setting.addText(input);
		}
	}
}

function fieldFor(key: string): Field | undefined {
	for (const section of SECTIONS) {
		const field = section.fields.find((f) => f.key === key);
		if (field) return field;
	}
	return undefined;
}

/** The message migrateSettings gives for one key of a candidate, or "". */
function problemFor(key: keyof Settings, candidate: Settings): string {
	return migrateSettings(candidate)
		.problems.filter((p) => p.key === key)
		.map((p) => p.message)
		.join(" ");
}
