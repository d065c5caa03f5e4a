/**
 * URL path escaping compatible with `Jekyll::URL.escape_path` / `unescape_path`,
 * which delegate to Addressable 2.8 (`Addressable::URI.encode` / `unencode`).
 *
 * Addressable's `encode` parses its input as a whole URI (scheme, authority,
 * path, query, fragment) and percent-encodes each part with that part's
 * allowed characters, so a value such as `a b?c#d` keeps its `?` and a value
 * such as `12:30` is rejected as a bad scheme. We reproduce that, including
 * the errors, because Jekyll fails the build in those cases.
 */

const ALPHA_DIGIT = "a-zA-Z0-9";
const UNRESERVED = `${ALPHA_DIGIT}\\-._~`;
const SUB_DELIMS = "!$&'()*+,;=";
const PCHAR = `${UNRESERVED}${SUB_DELIMS}:@`;

/** Characters each URI part may keep unencoded (Addressable's CharacterClasses). */
const ALLOWED = {
  scheme: new RegExp(`[${ALPHA_DIGIT}\\-+.]`),
  authority: new RegExp(`[${PCHAR}\\[\\]]`),
  path: new RegExp(`[${PCHAR}/]`),
  query: new RegExp(`[${PCHAR}/?]`),
  fragment: new RegExp(`[${PCHAR}/?]`),
};

/** RFC 3986 appendix B, as Addressable uses it (`^`/`$` are line anchors in Ruby). */
const URI_PARTS = /^(([^:/?#]+):)?(\/\/([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$/m;
const IP_BASED_SCHEMES = new Set([
  "http", "https", "ftp", "tftp", "sftp", "ssh", "svn+ssh", "telnet", "nntp", "gopher", "wais", "ldap", "prospero",
]);

/** Values made only of these characters are used as-is by `escape_path`. */
const SAFE_VALUE = /^[a-zA-Z0-9./-]+$/;

/**
 * `Jekyll::URL.escape_path`: percent-encode a URL placeholder value.
 * Throws an Error with Addressable's message when Addressable would raise.
 */
export function escapePath(path: string): string {
  // Ruby's `^...$` match any single line, so one safe line exempts the value.
  if (path === "" || SAFE_VALUE.test(path) || path.split("\n").some((line) => SAFE_VALUE.test(line))) return path;
  return addressableEncode(path).replace("#", "%23");
}

/**
 * `Jekyll::URL.unescape_path`: decode every `%XX` byte and read the result as
 * UTF-8 (invalid byte sequences become U+FFFD; Ruby would keep the raw bytes).
 */
export function unescapePath(path: string): string {
  if (!path.includes("%")) return path;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < path.length; ) {
    const hex = path.slice(i + 1, i + 3);
    if (path[i] === "%" && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 3;
    } else {
      const char = String.fromCodePoint(path.codePointAt(i)!);
      bytes.push(...encoder.encode(char));
      i += char.length;
    }
  }
  return new TextDecoder("utf-8").decode(new Uint8Array(bytes));
}

interface UriParts {
  scheme?: string;
  authority?: string;
  path: string;
  query?: string;
  fragment?: string;
}

/** `Addressable::URI.encode(uri)`: parse and validate, encode each part, validate and reassemble. */
function addressableEncode(uri: string): string {
  const parsed = validateUri(parseUri(uri)).parts;
  return validateUri({
    scheme: encodeComponent(parsed.scheme, ALLOWED.scheme),
    authority: encodeComponent(parsed.authority, ALLOWED.authority),
    path: encodeComponent(parsed.path, ALLOWED.path) ?? "",
    query: encodeComponent(parsed.query, ALLOWED.query),
    fragment: encodeComponent(parsed.fragment, ALLOWED.fragment),
  }).serialized;
}

function parseUri(uri: string): UriParts {
  const match = URI_PARTS.exec(uri);
  if (!match) throw new Error(`Cannot parse URI: '${uri}'`);
  return { scheme: match[2], authority: match[4], path: match[5] ?? "", query: match[7], fragment: match[9] };
}

/**
 * Validate like `Addressable::URI.new` (raising the same messages) and
 * serialize like `URI#to_s`; the authority comes back rebuilt from its parts.
 */
function validateUri(input: UriParts): { parts: UriParts; serialized: string } {
  const { scheme, path, query, fragment } = input;
  if (scheme !== undefined && !/^[a-z][a-z0-9.+-]*$/i.test(scheme)) {
    throw new Error(`Invalid scheme format: '${scheme}'`);
  }
  const authority = input.authority === undefined ? undefined : splitAuthority(input.authority);
  const parts: UriParts = { scheme, authority: authority?.rebuilt, path, query, fragment };
  const serialized =
    (scheme !== undefined ? `${scheme}:` : "") +
    (authority !== undefined ? `//${authority.rebuilt}` : "") +
    path +
    (query !== undefined ? `?${query}` : "") +
    (fragment !== undefined ? `#${fragment}` : "");
  const ipBased = scheme !== undefined && IP_BASED_SCHEMES.has(scheme.trim().toLowerCase());
  if (ipBased && !authority?.host && path === "") {
    throw new Error(`Absolute URI missing hierarchical segment: '${serialized}'`);
  }
  if (scheme === undefined && path !== "" && /^(?!\/)[^/:]*:/.test(path)) {
    throw new Error(`Cannot assemble URI string with ambiguous path: '${path}'`);
  }
  return { parts, serialized };
}

/** Split an authority into userinfo/host/port, validate them, and rebuild it. */
function splitAuthority(authority: string): { host: string; rebuilt: string } {
  const userinfo = /^([^[\]]*)@/.exec(authority)?.[1]?.trim();
  const host = authority.replace(/^([^[\]]*)@/, "").replace(/:([^:@[\]]*?)$/, "");
  let port = /:([^:@[\]]*?)$/.exec(authority)?.[1] || undefined;
  if (port !== undefined) {
    const decoded = unescapePath(port);
    if (!/^\d+$/.test(decoded)) throw new Error(`Invalid port number: ${JSON.stringify(decoded)}`);
    port = Number(decoded) === 0 ? undefined : String(Number(decoded));
  }
  const ipLiteral = /^\[(.*)\]$/.exec(host)?.[1];
  if (/[<>{}/\\?#@"\s]/.test(host) || (ipLiteral !== undefined && !/^[a-zA-Z0-9\-._~!$&'()*+,;=:]*$/.test(ipLiteral))) {
    throw new Error(`Invalid character in host: '${host}'`);
  }
  let info: string | undefined;
  if (userinfo !== undefined) {
    const user = /^([^:]*)/.exec(userinfo)?.[1] ?? "";
    const password = /:(.*)$/.exec(userinfo)?.[1];
    info = password !== undefined ? `${user}:${password}` : user;
  }
  const rebuilt = (info !== undefined ? `${info}@` : "") + host + (port !== undefined ? `:${port}` : "");
  return { host, rebuilt };
}

const UTF8 = new TextEncoder();

/** `Addressable::URI.encode_component`: percent-encode every byte outside `allowed`. */
function encodeComponent(component: string | undefined, allowed: RegExp): string | undefined {
  if (component === undefined) return undefined;
  let out = "";
  for (const char of component) {
    if (char.length === 1 && allowed.test(char)) {
      out += char;
    } else {
      for (const byte of UTF8.encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
  }
  return out;
}
