/** Utterson's programmatic API. */
export { build, createBuildContext, runBuild, STAGES, type BuildOptions, type BuildResult } from './pipeline/index.js'
export { loadConfig, type SiteConfig, type ConfigOverrides } from './config/load.js'
export { BuildError } from './util/errors.js'
export type { Site, Page, Document, StaticFile, Layout, Collection } from './site/types.js'
