/** State shared by the stages of one build. */
import type { SiteConfig } from '../config/load.js'
import type { ConversionCache } from '../markup/conversion-cache.js'
import type { ConverterChain } from '../markup/converter.js'
import type { RenderStats } from '../profile/render-stats.js'
import type { PluginRegistry } from '../plugins/registry.js'
import type { PluginSite } from '../plugins/types.js'
import type { ConversionWorkers } from '../render/conversion-workers.js'
import type { Renderer } from '../render/renderer.js'
import type { Site } from '../site/types.js'

export interface BuildContext {
  config: SiteConfig
  site: Site
  converters: ConverterChain
  /** Markdown already converted (ahead by worker threads, or by an earlier build: the disk cache). */
  conversionCache?: ConversionCache
  /** Worker threads the render stage may use to convert Markdown ahead (0: none). */
  threads?: number
  /** Threads converting Markdown ahead: started by runBuild, given work by the render stage. */
  conversionWorkers?: ConversionWorkers
  /**
   * The build has the process to itself (the CLI sets this; a program embedding Utterson does not): it lets
   * go of each page's `output` once written (kept when a post_write hook could read it), and on large sites
   * has V8 collect garbage sooner (src/pipeline/memory.ts).
   */
  ownsProcess?: boolean
  /** Start rendering only once the conversion threads are up (tests: a predictable share of work done ahead). */
  waitForThreads?: boolean
  /** Set by the render stage: how many conversions worker threads did ahead. */
  convertedAhead?: number
  /** Set by the render stage. */
  renderer?: Renderer
  /** `jekyll.environment` (JEKYLL_ENV, default "development"). */
  environment: string
  /** Absolute destination paths written by this build (filled by the write stage's planning). */
  outputs: Map<string, OutputFile>
  timings: Record<string, number>
  /** The plugins of the build (loaded by runBuild before the first stage). */
  plugins?: PluginRegistry
  /** The plugin view of the site handed to generators and site hooks. */
  pluginSite?: PluginSite
  /** The payload of the `site:pre_render` and `site:post_render` hooks. */
  renderPayload?: Record<string, unknown>
  /** `--profile`: per-template render statistics, filled by the render stage when present. */
  renderStats?: RenderStats
  /** Called after each page or document is rendered (the CLI's progress line). */
  onRendered?: (done: number, total: number) => void
  /**
   * How the write stage updates the destination (src/pipeline/write.ts): 'atomic' (default) builds a new
   * folder beside it and swaps it in, so a failed build leaves the previous site intact; 'in-place' updates
   * the existing folder file by file (watch mode: only changed files are rewritten).
   */
  writeMode?: WriteMode
}

export type WriteMode = 'atomic' | 'in-place'

/** A file to write; `source` is the absolute path of the page, document or static file it comes from. */
export type OutputFile =
  /** `release`: called once the text is on disk, to let go of it (see BuildContext.ownsProcess). */
  | { kind: 'text'; content: string; source: string; release?: () => void }
  | { kind: 'copy'; from: string; mtime: Date; source: string }
