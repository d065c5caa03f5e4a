/**
 * Records what each page or document reads while it renders, with the value it read: every property of
 * `site`, `page` and the other drops (`site.posts`, `post.title`, `page.next`, `post.content`, …), every
 * layout and include by name, and the raw site lists that tags such as `post_url` and `link` search.
 * Before the next build renders an item, each recorded read is evaluated again against the new site;
 * when every value is the same (and the item's own source is the same) the item would render to the same
 * output, so its previous output is reused. This is a "verifying trace": it needs no list of which pages
 * list which posts, because the listing page's own reads say so.
 *
 * Reads of another item's `content`/`output` depend on how far the build has got (Jekyll renders documents,
 * then pages, in order); items are checked at their turn in that same order, so the values match.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Liquid } from 'liquidjs'
import type { Renderer, RenderObserver } from '../render/renderer.js'
import type { Document, Layout, Page, Renderable, Site, StaticFile } from '../site/types.js'
import { type Fingerprint, Fingerprinter, GONE } from './fingerprint.js'

type Subject = Document | Page | StaticFile

/** subject → property → fingerprint of the value read. */
export type Trace = Map<string, Map<string, Fingerprint>>

const SITE = 'site'
/** Top-level keys of `site.data` (a data file's change re-renders only the pages that read that file). */
const DATA = 'site-data'
const DATA_KEYS = '()keys'
const LAYOUT = 'layout\0'
const INCLUDE = 'include\0'
const RAW = 'raw-site'
/** Values that change while the build runs (an item's content is converted when it renders). */
const ORDER_DEPENDENT = new Set(['content', 'output', '()toJSON'])
/** Properties of the engine's site that tags read directly. */
const RAW_PROPS = new Set(['collections', 'pages', 'staticFiles', 'data', 'layouts'])

/** Identity of a page, document or static file across builds. */
export function subjectKey(item: Subject): string {
  return `${item.kind}\0${item.path}\0${item.url}`
}

function isSubject(obj: object): obj is Subject {
  const kind = (obj as { kind?: unknown }).kind
  return (kind === 'document' || kind === 'page' || kind === 'static') && typeof (obj as { path?: unknown }).path === 'string'
}

type Getter = (this: object) => unknown
const getterCache = new WeakMap<object, Map<string, Getter | null>>()

/** The getter named `prop` on the object's prototype chain (drop properties are getters). */
function getterOf(obj: object, prop: string): Getter | undefined {
  const proto = Object.getPrototypeOf(obj) as object | null
  if (!proto) return undefined
  let byName = getterCache.get(proto)
  if (!byName) getterCache.set(proto, (byName = new Map()))
  let getter = byName.get(prop)
  if (getter === undefined) {
    getter = null
    for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
      const desc = Object.getOwnPropertyDescriptor(p, prop)
      if (desc) {
        getter = (desc.get as Getter | undefined) ?? null
        break
      }
    }
    byName.set(prop, getter)
  }
  return getter ?? undefined
}

/** All getter names of a drop (for `jsonify` of the page being rendered). */
function getterNames(obj: object): string[] {
  const names = new Set<string>()
  for (let p = Object.getPrototypeOf(obj) as object | null; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const [name, desc] of Object.entries(Object.getOwnPropertyDescriptors(p))) if (desc.get) names.add(name)
  }
  return [...names]
}

export class DependencyRecorder implements RenderObserver {
  readonly fingerprints: Fingerprinter
  private readonly subjects = new Map<string, Subject>()
  private readonly ids = new WeakMap<object, string>()
  private readonly layoutMemo = new WeakMap<Layout, Fingerprint>()
  private readonly includeMemo = new Map<string, Fingerprint>()
  private readonly rawMemo = new Map<string, Fingerprint>()
  private readonly verified = new Map<string, Map<string, Fingerprint>>()
  private trace: Trace | undefined
  private self: string | undefined
  private renderer: Renderer | undefined
  private siteData: (() => unknown) | undefined
  private readonly dataProxies = new WeakMap<object, object>()

  constructor(private readonly site: Site) {
    this.fingerprints = new Fingerprinter((obj) => this.ids.get(obj) ?? (isSubject(obj) ? subjectKey(obj) : undefined))
    for (const collection of site.collections.values()) {
      for (const doc of collection.docs) this.subjects.set(subjectKey(doc), doc)
    }
    for (const page of site.pages) this.subjects.set(subjectKey(page), page)
    for (const file of site.staticFiles) this.subjects.set(subjectKey(file), file)
  }

  /** Connects the renderer whose drops are evaluated when checking traces, and watches its includes. */
  attach(renderer: Renderer): void {
    this.renderer = renderer
    const liquid: Liquid = renderer.engine.liquid
    const parsePartial = liquid._parsePartialFile.bind(liquid)
    liquid._parsePartialFile = (file, sync, currentFile) => {
      this.recordValue(INCLUDE + file, '', this.includeFingerprint(file))
      return parsePartial(file, sync, currentFile)
    }
  }

  // ---- RenderObserver ----------------------------------------------------------------------------

  wrapDrop<T extends object>(drop: T, subject?: Subject): T {
    const key = subject ? subjectKey(subject) : SITE
    if (subject) this.subjects.set(key, subject)
    const proxy = new Proxy(drop, {
      get: (target, prop) => {
        if (typeof prop !== 'string') return Reflect.get(target, prop, target)
        const getter = getterOf(target, prop)
        if (key === SITE && prop === 'data' && getter) {
          this.siteData ??= () => getter.call(target)
          return this.dataProxy(getter.call(target))
        }
        if (getter) {
          const value = getter.call(target)
          this.record(key, prop, value)
          return value
        }
        const own = Reflect.get(target, prop, target) as unknown
        if (prop === 'liquidMethodMissing' && typeof own === 'function') {
          return (name: string, ...rest: unknown[]) => {
            const value = (own as (...args: unknown[]) => unknown).call(target, name, ...rest)
            this.record(key, `?${name}`, value)
            return value
          }
        }
        if (prop === 'toJSON' && typeof own === 'function') {
          return () => {
            const value = (own as () => unknown).call(target)
            if (key === this.self) for (const name of getterNames(target)) this.record(key, name, getterOf(target, name)?.call(target))
            else this.record(key, '()toJSON', value)
            return value
          }
        }
        return own
      },
    })
    this.ids.set(proxy, key)
    this.ids.set(drop, key)
    return proxy
  }

  /** `site.data` as templates see it: reads of each top-level key (and of the key list) are recorded. */
  private dataProxy(data: unknown): unknown {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      this.record(SITE, 'data', data)
      return data
    }
    let proxy = this.dataProxies.get(data)
    if (!proxy) {
      proxy = new Proxy(data, {
        get: (target, prop) => {
          const value = Reflect.get(target, prop, target) as unknown
          if (typeof prop === 'string' && Object.prototype.hasOwnProperty.call(target, prop)) this.record(DATA, prop, value)
          else if (typeof prop === 'string' && prop !== 'toJSON' && prop !== 'constructor') this.record(DATA, prop, undefined)
          return value
        },
        ownKeys: (target) => {
          const keys = Reflect.ownKeys(target)
          this.record(DATA, DATA_KEYS, keys.map(String))
          return keys
        },
        has: (target, prop) => {
          this.record(DATA, DATA_KEYS, Reflect.ownKeys(target).map(String))
          return Reflect.has(target, prop)
        },
      })
      this.dataProxies.set(data, proxy)
      this.ids.delete(proxy)
    }
    return proxy
  }

  wrapSite(site: Site): Site {
    return new Proxy(site, {
      get: (target, prop) => {
        if (typeof prop === 'string' && RAW_PROPS.has(prop)) this.recordValue(RAW, prop, this.rawFingerprint(prop))
        return Reflect.get(target, prop, target)
      },
    })
  }

  layout(name: string, layout: Layout | undefined): void {
    this.recordValue(LAYOUT + name, '', this.layoutFingerprint(layout))
  }

  // ---- Recording ---------------------------------------------------------------------------------

  /** Starts recording the reads of `item`'s render; returns the trace that fills up. */
  begin(item: Renderable): Trace {
    this.trace = new Map()
    this.self = subjectKey(item)
    return this.trace
  }

  end(): void {
    this.trace = undefined
    this.self = undefined
  }

  private record(subject: string, prop: string, value: unknown): void {
    if (!this.trace) return
    if (subject === this.self && ORDER_DEPENDENT.has(prop)) return
    const props = this.trace.get(subject)
    if (props?.has(prop)) return
    this.recordValue(subject, prop, this.fingerprints.of(value))
  }

  private recordValue(subject: string, prop: string, fingerprint: Fingerprint): void {
    if (!this.trace) return
    let props = this.trace.get(subject)
    if (!props) this.trace.set(subject, (props = new Map()))
    if (!props.has(prop)) props.set(prop, fingerprint)
  }

  /** What an item is before it renders: every field but the output (its source, front matter, URL, …). */
  snapshot(item: Renderable): Fingerprint[] {
    const out: Fingerprint[] = []
    for (const [key, value] of Object.entries(item)) {
      if (key === 'output') continue
      out.push(key, this.fingerprints.of(value))
    }
    return out
  }

  // ---- Checking ----------------------------------------------------------------------------------

  /** True when every read in `trace` gives the recorded value now, for `item` about to render. */
  isCurrent(item: Renderable, trace: Trace): boolean {
    const saved = this.trace
    this.trace = undefined
    try {
      for (const [subject, props] of trace) {
        for (const [prop, recorded] of props) {
          if (!Object.is(this.currentValue(subject, prop, item), recorded)) return false
        }
      }
      return true
    } finally {
      this.trace = saved
    }
  }

  private currentValue(subject: string, prop: string, item: Renderable): Fingerprint {
    const perItem = ORDER_DEPENDENT.has(prop) || (subject === SITE && prop === 'related_posts')
    let memo = this.verified.get(subject)
    if (!perItem && memo?.has(prop)) return memo.get(prop)
    let value: Fingerprint
    try {
      value = this.evaluate(subject, prop, item)
    } catch {
      value = GONE
    }
    if (!perItem) {
      if (!memo) this.verified.set(subject, (memo = new Map()))
      memo.set(prop, value)
    }
    return value
  }

  private evaluate(subject: string, prop: string, item: Renderable): Fingerprint {
    if (subject.startsWith(LAYOUT)) return this.layoutFingerprint(this.site.layouts.get(subject.slice(LAYOUT.length)))
    if (subject.startsWith(INCLUDE)) return this.includeFingerprint(subject.slice(INCLUDE.length))
    if (subject === RAW) return this.rawFingerprint(prop)
    if (subject === DATA) {
      const data = this.siteData?.() ?? this.site.config.data ?? this.site.data
      if (data === null || typeof data !== 'object') return GONE
      if (prop === DATA_KEYS) return this.fingerprints.of(Reflect.ownKeys(data).map(String))
      return this.fingerprints.of(Object.prototype.hasOwnProperty.call(data, prop) ? (data as Record<string, unknown>)[prop] : undefined)
    }
    const renderer = this.renderer
    if (!renderer) return GONE
    let drop: object
    if (subject === SITE) {
      drop = renderer.siteDrop
      if (prop === 'related_posts') renderer.siteDrop.currentDocument = item.kind === 'document' ? item : undefined
    } else {
      const found = this.subjects.get(subject)
      if (!found) return GONE
      drop = found.kind === 'document' ? renderer.dropFor(found) : found.kind === 'page' ? renderer.dropFor(found) : renderer.dropFor(found)
    }
    const target = drop as Record<string, unknown> & { liquidMethodMissing(key: string): unknown; toJSON(): unknown }
    if (prop.startsWith('?')) return this.fingerprints.of(target.liquidMethodMissing(prop.slice(1)))
    if (prop === '()toJSON') return this.fingerprints.of(target.toJSON())
    return this.fingerprints.of(target[prop])
  }

  // ---- Fingerprints of templates and site lists --------------------------------------------------

  private layoutFingerprint(layout: Layout | undefined): Fingerprint {
    if (!layout) return null
    let fp = this.layoutMemo.get(layout)
    if (fp === undefined) {
      fp = this.fingerprints.of({ path: layout.path, content: layout.content, data: layout.data, offset: layout.bodyLineOffset, source: layout.sourceText })
      this.layoutMemo.set(layout, fp)
    }
    return fp
  }

  /** The file an include name resolves to (first include folder that has it) and its text; null when none. */
  private includeFingerprint(name: string): Fingerprint {
    let fp = this.includeMemo.get(name)
    if (fp === undefined) {
      fp = null
      for (const dir of this.site.includesDirs) {
        const file = path.resolve(dir, name)
        try {
          fp = `${file}\0${readFileSync(file, 'utf8')}`
          break
        } catch {
          // not in this folder (or not a file): try the next
        }
      }
      this.includeMemo.set(name, fp)
    }
    return fp
  }

  private rawFingerprint(prop: string): Fingerprint {
    const site = this.site
    const memoKey = prop === 'pages' ? `pages:${site.pages.length}` : prop
    let fp = this.rawMemo.get(memoKey)
    if (fp !== undefined) return fp
    const item = (s: Subject) => [subjectKey(s), s.relativePath, s.data, s.kind === 'document' ? s.date : null]
    switch (prop) {
      case 'collections':
        fp = this.fingerprints.of(
          [...site.collections.values()].map((c) => [c.label, c.output, c.metadata, c.docs.map(item), c.files.map(item)]),
        )
        break
      case 'pages':
        fp = this.fingerprints.of(site.pages.map(item))
        break
      case 'staticFiles':
        fp = this.fingerprints.of(site.staticFiles.map(item))
        break
      case 'data':
        fp = this.fingerprints.of(site.data)
        break
      default:
        fp = this.fingerprints.of([...site.layouts].map(([name, layout]) => [name, this.layoutFingerprint(layout)]))
    }
    this.rawMemo.set(memoKey, fp)
    return fp
  }
}
