/** State shared by the stages of one build. */
import type { SiteConfig } from '../config/load.js'
import type { ConverterChain } from '../markup/converter.js'
import type { Renderer } from '../render/renderer.js'
import type { Site } from '../site/types.js'

export interface BuildContext {
  config: SiteConfig
  site: Site
  converters: ConverterChain
  /** Set by the render stage. */
  renderer?: Renderer
  /** `jekyll.environment` (JEKYLL_ENV, default "development"). */
  environment: string
  /** Absolute destination paths written by this build (filled by the write stage's planning). */
  outputs: Map<string, OutputFile>
  timings: Record<string, number>
}

export type OutputFile = { kind: 'text'; content: string } | { kind: 'copy'; from: string; mtime: Date }
