/**
 * A content-keyed store on disk: values (strings) found by a digest of what produced them, kept between
 * builds in the site's cache folder (`cache_dir`, `.jekyll-cache` by default), like Jekyll's disk cache.
 *
 * One folder per store, two files: `data-<id>.bin`, where values are appended (UTF-8, each followed by
 * nothing: lengths are in the index), and `index.json`, the digest → (offset, length, checksum) table,
 * replaced in one rename after the data it points to is written. A build killed half-way leaves at worst
 * some unreferenced bytes at the end of the data file. Anything that does not check out (another format,
 * another fingerprint, an entry past the end of the data, a checksum that differs) reads as a miss, so
 * the folder is always safe to delete.
 *
 * Reading is lazy (one positioned read per hit), so a store of a 100,000-post site is not loaded into memory.
 * When more than half of the data file is dead (values no longer used), the next flush rewrites it.
 */
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs'
import { createHash, randomBytes } from 'node:crypto'
import path from 'node:path'
import { log } from '../util/log.js'
import { processIsAlive } from '../util/process-alive.js'

const FORMAT = 'utterson-content-store/1'

interface Entry {
  offset: number
  length: number
  checksum: number
}

interface IndexFile {
  format: string
  fingerprint: string
  data: string
  /** digest → [offset, length, checksum] */
  entries: Record<string, [number, number, number]>
}

export interface ContentStoreOptions {
  /** Values written under another fingerprint (other options, another version of the code) are ignored. */
  fingerprint: string
}

export class ContentStore {
  private readonly dir: string
  private readonly fingerprint: string
  private entries = new Map<string, Entry>()
  /** Digests read or written since the store was opened (the rest is dead weight when a full build prunes). */
  private readonly used = new Set<string>()
  private readonly pending = new Map<string, string>()
  private dataName = ''
  /** A data file replaced by compaction, deleted once the index no longer names it. */
  private staleData: string | undefined
  private fd: number | undefined
  /** Closed: nothing more is read or written (lookups miss). */
  private closed = false
  private dataSize = 0
  private hits = 0

  private constructor(dir: string, options: ContentStoreOptions) {
    this.dir = dir
    this.fingerprint = options.fingerprint
    this.load()
  }

  /** Opens (or starts) the store in `dir`; never throws: a store that cannot be read starts empty. */
  static open(dir: string, options: ContentStoreOptions): ContentStore {
    return new ContentStore(dir, options)
  }

  get size(): number {
    return this.entries.size + this.pending.size
  }

  get hitCount(): number {
    return this.hits
  }

  has(digest: string): boolean {
    return this.pending.has(digest) || this.entries.has(digest)
  }

  get(digest: string): string | undefined {
    const pending = this.pending.get(digest)
    if (pending !== undefined) {
      this.hits++
      return pending
    }
    const entry = this.entries.get(digest)
    if (!entry || this.fd === undefined) return undefined
    const buffer = Buffer.allocUnsafe(entry.length)
    try {
      if (readSync(this.fd, buffer, 0, entry.length, entry.offset) !== entry.length || checksumOf(buffer) !== entry.checksum) {
        this.entries.delete(digest)
        return undefined
      }
    } catch {
      this.entries.delete(digest)
      return undefined
    }
    this.used.add(digest)
    this.hits++
    return buffer.toString('utf8')
  }

  put(digest: string, value: string): void {
    if (this.entries.has(digest)) {
      this.used.add(digest)
      return
    }
    this.pending.set(digest, value)
  }

  /**
   * Writes what was added since the last flush. With `prune` (a full build), values this process did not
   * use are dropped from the index. Another process flushing the same store at the same moment makes this
   * one skip (the store is a cache: losing a flush costs only time).
   */
  flush(options: { prune?: boolean } = {}): void {
    if (this.closed || (this.pending.size === 0 && !options.prune)) return
    const lock = path.join(this.dir, 'lock')
    try {
      mkdirSync(this.dir, { recursive: true })
      if (!takeLock(lock)) return
    } catch (error) {
      log.debug('Cache:', `cannot write ${this.dir}: ${(error as Error).message}`)
      return
    }
    try {
      if (options.prune) for (const digest of [...this.entries.keys()]) if (!this.used.has(digest)) this.entries.delete(digest)
      let live = 0
      for (const entry of this.entries.values()) live += entry.length
      if (this.fd === undefined || this.dataSize > 2 * live + (1 << 20)) this.rewrite()
      this.append()
      this.writeIndex()
    } catch (error) {
      log.debug('Cache:', `cannot write ${this.dir}: ${(error as Error).message}`)
    } finally {
      rmSync(lock, { force: true })
    }
  }

  /** Lets go of the data file (after the last flush); later lookups miss and nothing more is written. */
  close(): void {
    this.closed = true
    this.closeData()
  }

  private closeData(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }

  private load(): void {
    let index: IndexFile
    try {
      index = JSON.parse(readFileSync(path.join(this.dir, 'index.json'), 'utf8')) as IndexFile
    } catch {
      return
    }
    if (index.format !== FORMAT || index.fingerprint !== this.fingerprint || !/^data-[0-9a-f]+\.bin$/.test(index.data)) return
    try {
      this.fd = openSync(path.join(this.dir, index.data), 'r+')
      this.dataSize = fstatSync(this.fd).size
    } catch {
      this.closeData()
      return
    }
    this.dataName = index.data
    for (const [digest, [offset, length, checksum]] of Object.entries(index.entries)) {
      if (offset + length <= this.dataSize) this.entries.set(digest, { offset, length, checksum })
    }
  }

  /** Starts a new data file holding only the live values (compaction, or the first flush). */
  private rewrite(): void {
    const name = `data-${randomBytes(6).toString('hex')}.bin`
    const fd = openSync(path.join(this.dir, name), 'w+')
    const moved = new Map<string, Entry>()
    let offset = 0
    for (const [digest, entry] of this.entries) {
      const buffer = Buffer.allocUnsafe(entry.length)
      if (this.fd === undefined || readSync(this.fd, buffer, 0, entry.length, entry.offset) !== entry.length) continue
      writeSync(fd, buffer, 0, buffer.length, offset)
      moved.set(digest, { ...entry, offset })
      offset += buffer.length
    }
    if (this.dataName) this.staleData = this.dataName
    this.closeData()
    this.fd = fd
    this.dataName = name
    this.dataSize = offset
    this.entries = moved
  }

  private append(): void {
    if (this.fd === undefined || this.pending.size === 0) return
    let chunks: Buffer[] = []
    let size = 0
    const writeChunks = () => {
      const buffer = Buffer.concat(chunks)
      writeSync(this.fd as number, buffer, 0, buffer.length, this.dataSize)
      this.dataSize += buffer.length
      chunks = []
      size = 0
    }
    for (const [digest, value] of this.pending) {
      const buffer = Buffer.from(value, 'utf8')
      this.entries.set(digest, { offset: this.dataSize + size, length: buffer.length, checksum: checksumOf(buffer) })
      this.used.add(digest)
      chunks.push(buffer)
      size += buffer.length
      if (size > 8 << 20) writeChunks()
    }
    writeChunks()
    this.pending.clear()
  }

  private writeIndex(): void {
    const entries: IndexFile['entries'] = {}
    for (const [digest, { offset, length, checksum }] of this.entries) entries[digest] = [offset, length, checksum]
    const index: IndexFile = { format: FORMAT, fingerprint: this.fingerprint, data: this.dataName, entries }
    const temp = path.join(this.dir, `index.json.${process.pid}.tmp`)
    writeFileSync(temp, JSON.stringify(index))
    renameSync(temp, path.join(this.dir, 'index.json'))
    if (this.staleData) unlinkQuietly(path.join(this.dir, this.staleData))
    this.staleData = undefined
  }
}

/** A lock file holding our pid; a lock left by a process that is gone is taken over. */
function takeLock(file: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(readFileQuietly(file))
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && processIsAlive(owner)) return false
      rmSync(file, { force: true })
    }
  }
  return false
}

function readFileQuietly(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

function unlinkQuietly(file: string): void {
  try {
    if (existsSync(file)) unlinkSync(file)
  } catch {
    // a later compaction tries again
  }
}

/** The first 32 bits of the value's SHA-1 (native, so cheap): a check that the bytes read are the bytes written. */
function checksumOf(bytes: Uint8Array): number {
  return createHash('sha1').update(bytes).digest().readUInt32BE(0)
}
