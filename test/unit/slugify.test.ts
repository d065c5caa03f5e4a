// Compares slugify() with Jekyll::Utils.slugify output recorded by test/compat/record-slugify.rb.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { slugify, transliterateLatin } from "../../src/util/slugify.js";

interface SlugifyCase {
  input: string;
  mode: string | null;
  cased: boolean;
  output: string;
}

interface SlugifyTable {
  nil_input: null;
  cases: SlugifyCase[];
  transliterate: Record<string, string>;
}

const table = JSON.parse(
  readFileSync(new URL("../compat/slugify.json", import.meta.url), "utf8"),
) as SlugifyTable;

test("the recorded table is not empty", () => {
  assert.ok(table.cases.length > 600);
  assert.ok(Object.keys(table.transliterate).length > 600);
});

const modes = [...new Set(table.cases.map((c) => c.mode))];
for (const mode of modes) {
  test(`slugify matches Jekyll in mode ${JSON.stringify(mode)}`, () => {
    for (const c of table.cases.filter((x) => x.mode === mode)) {
      assert.equal(
        slugify(c.input, c.mode, c.cased),
        c.output,
        `slugify(${JSON.stringify(c.input)}, ${JSON.stringify(c.mode)}, cased=${c.cased})`,
      );
    }
  });
}

test("undefined mode behaves like nil (default)", () => {
  for (const c of table.cases.filter((x) => x.mode === null)) {
    assert.equal(slugify(c.input, undefined, c.cased), c.output, JSON.stringify(c.input));
  }
});

test("nil input gives an empty string (Jekyll gives nil)", () => {
  assert.equal(table.nil_input, null);
  assert.equal(slugify(null), "");
  assert.equal(slugify(undefined, "pretty"), "");
});

test("transliterateLatin matches I18n.transliterate for U+0080..U+02FF and samples", () => {
  for (const [char, expected] of Object.entries(table.transliterate)) {
    const codes = [...char].map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(" ");
    assert.equal(transliterateLatin(char), expected, `${codes} ${char}`);
  }
});
