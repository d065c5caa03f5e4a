/** A resolved theme: where it lives and what it supplies (Jekyll's Theme). */
import type { Gemspec } from './gemspec.js'

/** Where a theme was found. */
export type ThemeOrigin = 'local' | 'npm' | 'gem'

export interface Theme {
  /** The name as configured, lower-cased and stripped (Jekyll's Theme#name). */
  name: string
  /** Real path of the theme's root folder. */
  root: string
  origin: ThemeOrigin
  /** Version from the gemspec or package.json, when known. */
  version?: string
  /** `_includes`, `_layouts`, `_sass`, `assets`, `_data` inside the root, when they are folders. */
  includesPath?: string
  layoutsPath?: string
  sassPath?: string
  assetsPath?: string
  dataPath?: string
  /** The theme's gemspec, when one was found (gem specification or a `*.gemspec` in the root). */
  gemspec?: Gemspec
  /** Plugins the theme depends on (gemspec runtime dependencies other than `jekyll`), enabled like Jekyll does. */
  plugins: string[]
}
