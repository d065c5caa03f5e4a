/** Small file-system helpers shared by the readers. */
import { isUtf8 } from 'node:buffer'
import { closeSync, lstatSync, openSync, readSync, readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs'
import path from 'node:path'
import { ErrorCatalog } from '../errors/catalog.js'
import { BuildError } from '../util/errors.js'

/** A file that is not valid text in the site's `encoding`. */
export class InvalidEncodingError extends BuildError {}

/**
 * Reads a text file the way Jekyll does (`File.read` with `bom|<encoding>`): decoded from the site's
 * `encoding` (default UTF-8), a byte-order mark dropped. Invalid bytes raise an InvalidEncodingError
 * naming the file and the line (`relativePath` is the name shown).
 */
export function readText(file: string, encoding = 'utf-8', relativePath = file): string {
  return decodeText(readFileSync(file), encoding, relativePath)
}

/** Decodes file bytes from `encoding`; see readText. */
export function decodeText(bytes: Uint8Array, encoding: string, relativePath: string): string {
  const label = normalizeEncoding(encoding)
  // The common case without a TextDecoder: valid UTF-8 (checked first, so an invalid file still gets the error below).
  if ((label === 'utf-8' || label === 'utf8') && isUtf8(bytes)) {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const bom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf
    return buffer.toString('utf8', bom ? 3 : 0)
  }
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label, { fatal: true })
  } catch {
    throw new BuildError({
      topic: 'Fatal',
      message: `Unknown encoding '${encoding}' (the 'encoding' setting in _config.yml).`,
      hint: "Use an encoding name such as 'utf-8', 'utf-16le' or 'iso-8859-1'.",
    })
  }
  try {
    return decoder.decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    const line = at === -1 ? undefined : countLines(bytes, at)
    throw new InvalidEncodingError({
      topic: 'Encoding Error',
      code: ErrorCatalog.InvalidEncoding.code,
      message: `${relativePath} is not valid ${encoding.toUpperCase()}: invalid byte sequence${at === -1 ? '' : ` at byte ${at}`}`,
      file: relativePath,
      line,
      hint: "Save the file as UTF-8, or set 'encoding:' in _config.yml to the encoding the files use.",
    })
  }
}

/** Ruby encoding names with an optional `bom|` prefix → WHATWG labels. */
function normalizeEncoding(encoding: string): string {
  return encoding.replace(/^bom\|/i, '').trim().toLowerCase()
}

/** Offset of the first byte that is not part of valid UTF-8 (-1 when all valid or not UTF-8-checkable). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let lo = 0
  let hi = bytes.length
  // Binary search for the shortest invalid prefix.
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true })
      decoder.decode()
      lo = mid + 1
    } catch {
      hi = mid
    }
  }
  return lo < bytes.length ? lo : -1
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++
  return line
}

export function statOrNull(file: string): Stats | null {
  try {
    return statSync(file)
  } catch {
    return null
  }
}

/**
 * Ruby String#<=> (byte order), which is how Ruby 3 sorts directory listings. Below U+D800, UTF-16 code
 * units sort as UTF-8 bytes do, so the strings are compared without encoding them unless they first differ
 * at a surrogate or above (then Buffer.compare decides). A string that is a prefix of the other comes first.
 */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    if (x >= 0xd800 || y >= 0xd800) return Buffer.compare(Buffer.from(a), Buffer.from(b))
    return x - y
  }
  return a.length - b.length
}

/** Entries of a directory in byte order ([] when it cannot be read). */
export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort(compareBytes)
  } catch {
    return []
  }
}

/** Entries of a directory with their types, in byte order ([] when it cannot be read). */
export function listDirents(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareBytes(a.name, b.name))
  } catch {
    return []
  }
}

/**
 * Ruby's `Dir.glob("**\/*")` below `dir`: paths relative to `dir` with `/`, each folder's entries in byte
 * order and a folder's contents right after it. Dot-entries only with `dotMatch` (File::FNM_DOTMATCH).
 * Folders reached through a symbolic link are listed but not walked into, as Ruby's `**` does.
 * Only files are returned (Jekyll drops the folders right after globbing).
 */
export function listFilesRecursive(dir: string, dotMatch = false): string[] {
  const out: string[] = []
  const walk = (rel: string): void => {
    for (const entry of listDirents(path.join(dir, rel))) {
      const name = entry.name
      if (!dotMatch && name.startsWith('.')) continue
      const relPath = rel ? `${rel}/${name}` : name
      // The entry's type saves a stat; a link (or an unknown type) is looked up: a link to a folder is skipped.
      if (entry.isDirectory()) walk(relPath)
      else if (entry.isFile()) out.push(relPath)
      else {
        const full = path.join(dir, relPath)
        if (statOrNull(full)?.isDirectory()) {
          if (!isSymlink(full)) walk(relPath)
        } else out.push(relPath)
      }
    }
  }
  walk('')
  return out
}

export function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}

/**
 * The bytes of a file whose head (the first 256 bytes, as readHead gives them) passes `isPage`, else null.
 * One open: the head is read first, the rest only for a page, so a page is not read twice and a static
 * file is not read beyond its head.
 */
export function readIfPage(file: string, isPage: (head: string) => boolean): Buffer | null {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(HEAD_BYTES)
    const n = readSync(fd, head, 0, HEAD_BYTES, null)
    if (!isPage(head.toString('latin1', 0, n))) return null
    if (n < HEAD_BYTES) return head.subarray(0, n)
    return Buffer.concat([head, readFileSync(fd)]) // the rest, from where the first read stopped
  } finally {
    closeSync(fd)
  }
}

const HEAD_BYTES = 256

/**
 * The first line of a file as text, undecoded beyond Latin-1 and with any byte-order mark kept:
 * Jekyll's `has_yaml_header?` reads it in binary, so a file starting with a BOM has no front matter.
 */
export function readHead(file: string, bytes = 256): string {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const n = readSync(fd, buffer, 0, bytes, 0)
    return buffer.subarray(0, n).toString('latin1')
  } finally {
    closeSync(fd)
  }
}
