/**
 * kramdown extensions (src/markup/markdown/plugins/*) against real kramdown:
 * every case of test/compat/kramdown-extensions.json (recorded by
 * test/compat/record-kramdown-extensions.rb through Jekyll 4.3.1's
 * KramdownParser) is rendered by createMarkdownConverter with Jekyll's default
 * kramdown options plus the case's overrides and the Rouge-compatible
 * highlighter, and compared after whitespace, attribute-order and
 * character-reference normalization.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { DEFAULTS } from "../../src/config/defaults.js";
import { createMarkdownConverter } from "../../src/markup/markdown/index.js";
import { kramdownOptions, markdownHighlighter } from "../../src/markup/markdown-converter.js";
import type { SiteConfig } from "../../src/config/load.js";

interface RecordedCase {
  name: string;
  plugin: string;
  markdown: string;
  kramdown: Record<string, unknown>;
  site: Record<string, unknown>;
  html: string;
}

const cases = JSON.parse(
  readFileSync(new URL("../compat/kramdown-extensions.json", import.meta.url), "utf8"),
) as RecordedCase[];

const NAMED: Record<string, string> = { quot: '"', apos: "'", nbsp: "\u00A0" };

/** Whitespace-, attribute-order- and character-reference-insensitive form of an HTML fragment. */
function normalize(html: string): string {
  return html
    .replace(/&#(\d+);|&#x([\da-f]+);|&(quot|apos|nbsp);/gi, (whole, dec?: string, hex?: string, name?: string) => {
      const char = name ? NAMED[name.toLowerCase()]! : String.fromCodePoint(dec ? Number(dec) : Number.parseInt(hex!, 16));
      return char === "<" ? "&lt;" : char === ">" ? "&gt;" : char === "&" ? "&amp;" : char;
    })
    .replace(/<([a-z][\w-]*)((?:\s+[^\s=>\/]+(?:="[^"]*")?)*)\s*(\/?)>/gi, (_whole, tag: string, attrs: string, slash: string) => {
      const list = (attrs.match(/[^\s=>\/]+(?:="[^"]*")?/g) ?? []).map((a) => (a.includes("=") ? a : `${a}=""`));
      list.sort();
      return `<${tag}${list.map((a) => ` ${a}`).join("")}${slash ? " /" : ""}>`;
    })
    .replace(/[ \t\r\n]+/g, " ")
    .replace(/> </g, "><")
    .trim();
}

const defaults = DEFAULTS.kramdown as Record<string, unknown>;

describe("kramdown extensions match recorded kramdown output", () => {
  for (const recorded of cases) {
    test(`${recorded.plugin}: ${recorded.name}`, () => {
      // The options Jekyll's KramdownParser builds for a site with these settings.
      const kramdown = kramdownOptions({ ...DEFAULTS, ...recorded.site, kramdown: { ...defaults, ...recorded.kramdown } } as unknown as SiteConfig);
      const converter = createMarkdownConverter({ kramdown, highlighter: markdownHighlighter(kramdown) });
      assert.equal(normalize(converter.convert(recorded.markdown)), normalize(recorded.html));
    });
  }
});
