import { describe, expect, it } from "vitest";
import { splitPeopleText } from "../../src/core/people-text";
import { relationInTitle, relationOf, relationOfFolders } from "../../src/core/relations";

describe("people written as one text value", () => {
	const cases: [string, { name: string; title?: string | null; email?: string | null }[]][] = [
		[
			"Grace Kim (Director), Omar Haddad (Engineer)",
			[
				{ name: "Grace Kim", title: "Director" },
				{ name: "Omar Haddad", title: "Engineer" },
			],
		],
		["Jane Doe; Raj Patel", [{ name: "Jane Doe" }, { name: "Raj Patel" }]],
		["Jane Doe and Raj Patel", [{ name: "Jane Doe" }, { name: "Raj Patel" }]],
		["Ana Pérez (Jefa de Plataforma) y Luis Gómez", [{ name: "Ana Pérez", title: "Jefa de Plataforma" }, { name: "Luis Gómez" }]],
		["Jane Doe & Raj Patel / Lee Wong", [{ name: "Jane Doe" }, { name: "Raj Patel" }, { name: "Lee Wong" }]],
		["Jane Doe\nRaj Patel\n", [{ name: "Jane Doe" }, { name: "Raj Patel" }]],
		["Jane Doe <jane@acme.example>", [{ name: "Jane Doe", email: "jane@acme.example", title: null }]],
		// Markdown reads `<jane@acme.example>` as a link: its text comes without the brackets.
		["Jane Doe (Recruiter) jane@acme.example", [{ name: "Jane Doe", email: "jane@acme.example", title: "Recruiter" }]],
		["Raj Patel - Acme", [{ name: "Raj Patel", title: null }]],
		["Raj Patel @ Acme", [{ name: "Raj Patel" }]],
		["Raj Patel (Engineer) – Acme", [{ name: "Raj Patel", title: "Engineer" }]],
		["Priya Raman (Eng - Platform, Payments)", [{ name: "Priya Raman", title: "Eng - Platform, Payments" }]],
		["Jane Doe, PhD (Director)", [{ name: "Jane Doe, PhD", title: "Director" }]],
		["Jane Doe, PhD", [{ name: "Jane Doe, PhD" }]],
		["[[People/Lee Wong|Lee]] (Recruiter), Sam", [{ name: "[[People/Lee Wong|Lee]]", title: "Recruiter" }, { name: "Sam" }]],
		["Mary-Jane Watson", [{ name: "Mary-Jane Watson" }]],
		["jane@acme.example", [{ name: "jane@acme.example", email: "jane@acme.example" }]],
		[" , ; ", []],
		// A form's empty answer names no one.
		["None", []],
		["none", []],
		["Sandra (HR) and the CTO", [{ name: "Sandra", title: "HR" }, { name: "the CTO" }]],
		[
			"王磊（数据组负责人）、陈静（HR）",
			[
				{ name: "王磊", title: "数据组负责人" },
				{ name: "陈静", title: "HR" },
			],
		],
		["田中 太郎，佐藤花子", [{ name: "田中 太郎" }, { name: "佐藤花子" }]],
		// An address inside the brackets, after the title: the title, then the email.
		[
			"Dara Whelan (Head of Design, dara@corbel.example)",
			[{ name: "Dara Whelan", title: "Head of Design", email: "dara@corbel.example" }],
		],
		["林晓（分析组组长，lin.xiao@lanzhou.example）", [{ name: "林晓", title: "分析组组长", email: "lin.xiao@lanzhou.example" }]],
		["Sam Ode (sam@ode.example)", [{ name: "Sam Ode", title: null, email: "sam@ode.example" }]],
	];
	it.each(cases)("%j", (text, expected) => {
		expect(splitPeopleText(text)).toMatchObject(expected);
		expect(splitPeopleText(text)).toHaveLength(expected.length);
	});
	it("keeps a suffix after a comma with the name before it", () => {
		expect(splitPeopleText("Ann Lee, Jr.")).toEqual([{ name: "Ann Lee, Jr.", title: null, email: null }]);
	});
	it("does not stall on a very long line", () => {
		const long = `${"Jane Doe (x), ".repeat(5000)}Raj`;
		expect(splitPeopleText(long)).toHaveLength(5001);
	});
});

describe("relations from words, titles, fields and folders", () => {
	it("reads the built-in words and the defaults of existing-vaults.md", () => {
		expect(relationOf("Hiring_Manager", {})).toBe("hiring-manager");
		expect(relationOf("HM", {})).toBe("hiring-manager");
		expect(relationOf("Talent Partner", {})).toBe("recruiter");
		expect(relationOf("recruiting coordinator", {})).toBe("staff");
		expect(relationOf("Personal Connection", {})).toBe("referrer");
		expect(relationOf("Panelist", {})).toBe("interviewer");
		expect(relationOf("Director", {})).toBeNull();
	});
	it("takes the user's relation aliases first", () => {
		const aliases = { Personal_Connection: "referrer", Employee: "hiring-manager" };
		expect(relationOf("personal connection", aliases)).toBe("referrer");
		expect(relationOf("Employee", aliases)).toBe("hiring-manager");
	});
	it("finds a relation named inside a title, but not from a vague word", () => {
		expect(relationInTitle("Senior Technical Recruiter", {})).toBe("recruiter");
		expect(relationInTitle("HR Business Partner", {})).toBe("hr");
		expect(relationInTitle("Talent Acquisition Lead", {})).toBe("recruiter");
		expect(relationInTitle("(hiring manager)", {})).toBe("hiring-manager");
		expect(relationInTitle("Engineering Manager", {})).toBeNull();
		expect(relationInTitle("Staff Engineer", {})).toBeNull();
		expect(relationInTitle("Director of Product", {})).toBeNull();
		expect(relationInTitle("Chief Friend Officer", { friend: "referrer" })).toBe("referrer");
	});
	it("reads a relation from the nearest folder named after one, singular or plural", () => {
		expect(relationOfFolders("People/Recruiters/Jane Doe.md", {})).toBe("recruiter");
		expect(relationOfFolders("People/Staff/Front desk.md", {})).toBe("staff");
		expect(relationOfFolders("People/Jane Doe.md", {})).toBeNull();
		expect(relationOfFolders("Jane Doe.md", {})).toBeNull();
	});
});
