// Compares src/site/url.ts with Jekyll::URL & co. as recorded by test/compat/record-permalinks.rb.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  addPermalinkSuffix,
  destinationPath,
  escapePath,
  generateUrl,
  permalinkTemplate,
  PERMALINK_STYLES,
  unescapePath,
  type PlaceholderValue,
} from "../../src/site/url.js";

type Outcome<K extends string> = { [key in K]?: string } & { error?: string };

interface Recorded {
  escape_path: Array<{ input: string } & Outcome<"output">>;
  unescape_path: Array<{ input: string; output: string; valid_utf8: boolean }>;
  urls: Array<
    {
      style: "drop" | "hash";
      template: string;
      permalink: string | null;
      placeholders: Record<string, PlaceholderValue>;
    } & Outcome<"url">
  >;
  destinations: Array<{ dest: string; url: string; output_ext: string; kind: "document" | "page" } & Outcome<"path">>;
  add_permalink_suffix: Array<{ template: string; style: string; output: string }>;
  style_to_permalink: Array<{ style: string; output: string }>;
}

const table = JSON.parse(
  readFileSync(new URL("../compat/permalinks.json", import.meta.url), "utf8"),
) as Recorded;

/** Asserts `run()` returns `expected.value`, or throws exactly `expected.error`. */
function assertOutcome(run: () => string, value: string | undefined, error: string | undefined, label: string): void {
  if (error !== undefined) {
    assert.throws(run, (e: unknown) => e instanceof Error && e.message === error, `${label} should throw ${error}`);
  } else {
    assert.equal(run(), value, label);
  }
}

test("escapePath matches Jekyll::URL.escape_path", () => {
  assert.ok(table.escape_path.length >= 40);
  for (const c of table.escape_path) {
    assertOutcome(() => escapePath(c.input), c.output, c.error, `escapePath(${JSON.stringify(c.input)})`);
  }
});

test("unescapePath matches Jekyll::URL.unescape_path (valid UTF-8 results)", () => {
  for (const c of table.unescape_path.filter((x) => x.valid_utf8)) {
    assert.equal(unescapePath(c.input), c.output, `unescapePath(${JSON.stringify(c.input)})`);
  }
});

test("unescapePath turns invalid UTF-8 into U+FFFD where Ruby keeps raw bytes (as Ruby's scrub shows them)", () => {
  const invalid = table.unescape_path.filter((x) => !x.valid_utf8);
  assert.ok(invalid.length > 0);
  for (const c of invalid) {
    assert.equal(unescapePath(c.input), c.output, `unescapePath(${JSON.stringify(c.input)})`);
  }
});

for (const style of ["drop", "hash"] as const) {
  test(`generateUrl matches Jekyll::URL#to_s with ${style} placeholders`, () => {
    const cases = table.urls.filter((c) => c.style === style);
    assert.ok(cases.length > 5);
    for (const c of cases) {
      const run = () =>
        generateUrl({
          template: c.template,
          placeholders: c.placeholders,
          permalink: c.permalink,
          placeholderStyle: style,
        });
      const label = `${c.permalink ?? c.template} with ${JSON.stringify(c.placeholders.title ?? c.placeholders)}`;
      assertOutcome(run, c.url, c.error, label);
    }
  });
}

test("generateUrl defaults to drop placeholders", () => {
  const c = table.urls.find((x) => x.style === "drop" && x.template === "/:year/:month_:day/:title")!;
  assert.equal(generateUrl({ template: c.template, placeholders: c.placeholders }), c.url);
  assert.equal(c.url, "/2024/03_05/hello-world");
});

test("destinationPath matches Document#destination and Page#destination", () => {
  for (const c of table.destinations) {
    const run = () => destinationPath(c.dest, c.url, c.output_ext, c.kind);
    if (c.error !== undefined) {
      assert.throws(run, (e: unknown) => e instanceof Error && e.message.includes(JSON.stringify(c.url)), c.url);
    } else {
      assert.equal(run(), c.path, `${c.kind} ${c.url} ${c.output_ext}`);
    }
  }
});

test("destinationPath defaults to document semantics", () => {
  assert.equal(destinationPath("/out", "/feed/", ".xml"), "/out/feed/index.html");
  assert.equal(destinationPath("/out", "/feed/", ".xml", "page"), "/out/feed/index.xml");
});

test("destinationPath never leaves the destination", () => {
  const attempts = ["/../../etc/passwd", "/%2e%2e/%2E%2E/x", "/a/../../../b/", "/..%2f..%2fx", "/~/x"];
  for (const url of attempts) {
    const path = destinationPath("/srv/out", url, ".html");
    assert.ok(path.startsWith("/srv/out/") && !path.split("/").includes(".."), `${url} -> ${path}`);
  }
  // Jekyll would write /srv/out.html here (sanitized_path returns the base itself); we refuse.
  assert.throws(() => destinationPath("/srv/out", "/srv/out", ".html"), /"\/srv\/out"/);
});

test("addPermalinkSuffix matches Utils.add_permalink_suffix", () => {
  for (const c of table.add_permalink_suffix) {
    assert.equal(addPermalinkSuffix(c.template, c.style), c.output, `${c.template} + ${c.style}`);
  }
});

test("permalinkTemplate and PERMALINK_STYLES match Configuration#style_to_permalink", () => {
  for (const c of table.style_to_permalink) {
    assert.equal(permalinkTemplate(c.style), c.output, c.style);
  }
  const builtIn = table.style_to_permalink.filter((c) => c.output !== c.style);
  assert.deepEqual(Object.fromEntries(builtIn.map((c) => [c.style, c.output])), { ...PERMALINK_STYLES });
  assert.equal(permalinkTemplate(undefined), PERMALINK_STYLES.date);
});
