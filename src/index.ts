/** Utterson's programmatic API. */
export { build, createBuildContext, runBuild, STAGES, type BuildOptions, type BuildResult } from './pipeline/index.js'
export { loadConfig, type SiteConfig, type ConfigOverrides } from './config/load.js'
export { BuildError } from './util/errors.js'
export type { Site, Page, Document, StaticFile, Layout, Collection } from './site/types.js'
export { serve, ServeSession, type ServeOptions } from './serve/session.js'
export { createSite, type NewSiteOptions } from './scaffold/index.js'
export { runDoctor, compareWithJekyll, type DoctorOptions, type DoctorResult, type CompareOptions, type CompareResult, type Finding } from './doctor/index.js'
export { diffSites, normalizeHtml, type FileDiff } from './compare/index.js'
export {
  definePlugin,
  type UttersonPlugin,
  type PluginApi,
  type PluginSite,
  type NewPage,
  type SimpleTag,
  type TagContext,
  type PluginConverter,
  type HookName,
  type HookPayloads,
  type Priority,
} from './plugins/types.js'
