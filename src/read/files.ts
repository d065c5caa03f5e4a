/** Small file-system helpers shared by the readers. */
import { closeSync, lstatSync, openSync, readSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs'
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

/** Ruby String#<=> (byte order), which is how Ruby 3 sorts directory listings. */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}

/** Entries of a directory in byte order ([] when it cannot be read). */
export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort(compareBytes)
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
    for (const name of listDir(path.join(dir, rel))) {
      if (!dotMatch && name.startsWith('.')) continue
      const relPath = rel ? `${rel}/${name}` : name
      const full = path.join(dir, relPath)
      const stat = statOrNull(full)
      if (stat?.isDirectory()) {
        if (!isSymlink(full)) walk(relPath)
      } else out.push(relPath)
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
