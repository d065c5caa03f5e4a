/**
 * Slug generation compatible with `Jekyll::Utils.slugify` (Jekyll 4.3.1).
 *
 * Modes:
 * - `raw`     ASCII whitespace runs become `-`
 * - `default` (also null/undefined) runs of anything but letters, marks and decimal digits become `-`
 * - `pretty`  like default but also keeps `._~!$&'()+,;=@`
 * - `ascii`   runs of anything but `A-Za-z0-9` become `-`
 * - `latin`   ASCII-transliterate (Ruby i18n's default approximations), then `default`
 * - any other mode (including `""` and `none`): the input, downcased unless `cased`
 */

/** The modes that actually slugify; any other mode passes the input through. */
export const SLUGIFY_MODES = ["raw", "default", "pretty", "ascii", "latin"] as const;

// Ruby's `\s` on UTF-8 strings is ASCII-only, unlike JS `\s`.
const RAW_SEPARATORS = /[ \t\n\v\f\r]+/g;
const DEFAULT_SEPARATORS = /[^\p{M}\p{L}\p{Nd}]+/gu;
const PRETTY_SEPARATORS = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu;
const ASCII_SEPARATORS = /[^A-Za-z0-9]+/g;

/**
 * Slugify `input` like Jekyll's `Utils.slugify(input, mode:, cased:)`.
 * Jekyll returns nil for nil input; we return "".
 */
export function slugify(input: string | null | undefined, mode?: string | null, cased = false): string {
  if (input === null || input === undefined) return "";
  const effectiveMode = mode ?? "default";
  if (!(SLUGIFY_MODES as readonly string[]).includes(effectiveMode)) {
    return cased ? input : rubyDowncase(input);
  }
  const source = effectiveMode === "latin" ? transliterateLatin(input) : input;
  const slug = source.replace(separatorsFor(effectiveMode), "-").replace(/^-|-$/g, "");
  return cased ? slug : rubyDowncase(slug);
}

function separatorsFor(mode: string): RegExp {
  switch (mode) {
    case "raw":
      return RAW_SEPARATORS;
    case "pretty":
      return PRETTY_SEPARATORS;
    case "ascii":
      return ASCII_SEPARATORS;
    default:
      return DEFAULT_SEPARATORS;
  }
}

/**
 * Ruby's `String#downcase`: full Unicode mapping without context rules, so a
 * word-final capital sigma becomes `σ` (JS `toLowerCase` would give `ς`).
 */
export function rubyDowncase(text: string): string {
  return text.replace(/Σ/g, "σ").toLowerCase();
}

/**
 * Ruby i18n's `I18n.transliterate` with no locale rules: each non-ASCII code
 * point becomes its default approximation, or `?` when it has none.
 */
export function transliterateLatin(text: string, replacement = "?"): string {
  return text.replace(/[^\x00-\x7f]/gu, (char) => LATIN_APPROXIMATIONS.get(char) ?? replacement);
}

/**
 * The default approximation table of the i18n gem: Latin-1 Supplement and
 * Latin Extended-A. Each row is a run of consecutive code points starting at
 * `start`; `|` separates the approximations of successive code points.
 */
const APPROXIMATION_RUNS: ReadonlyArray<readonly [start: number, values: string]> = [
  [0xc0, "A|A|A|A|A|A|AE|C|E|E|E|E|I|I|I|I|D|N|O|O|O|O|O|x|O|U|U|U|U|Y|Th|ss"],
  [0xe0, "a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y"],
  [0x100, "A|a|A|a|A|a|C|c|C|c|C|c|C|c|D|d|D|d|E|e|E|e|E|e|E|e|E|e"],
  [0x11c, "G|g|G|g|G|g|G|g|H|h|H|h|I|i|I|i|I|i|I|i|I|i|IJ|ij|J|j|K|k|k"],
  [0x139, "L|l|L|l|L|l|L|l|L|l|N|n|N|n|N|n|'n|NG|ng"],
  [0x14c, "O|o|O|o|O|o|OE|oe|R|r|R|r|R|r|S|s|S|s|S|s|S|s|T|t|T|t|T|t"],
  [0x168, "U|u|U|u|U|u|U|u|U|u|U|u|W|w|Y|y|Y|Z|z|Z|z|Z|z"],
];

const LATIN_APPROXIMATIONS: ReadonlyMap<string, string> = buildApproximations();

function buildApproximations(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [start, values] of APPROXIMATION_RUNS) {
    values.split("|").forEach((value, offset) => {
      // An empty cell marks a code point without an approximation (÷).
      if (value !== "") table.set(String.fromCodePoint(start + offset), value);
    });
  }
  return table;
}
