/**
 * Where plugins meet the build: loading them before the first stage, and the site hooks and
 * `post_init`/`post_write` document hooks after each stage. Render-time hooks live in the renderer.
 */
import type { BuildContext } from '../pipeline/context.js'
import type { Document, Page } from '../site/types.js'
import { loadPlugins } from './load.js'
import type { PluginRegistry } from './registry.js'
import { createPluginSite } from './site-api.js'
import type { PluginSite } from './types.js'

/** Loads the plugins of the build once (the theme's dependencies, then `plugins:`) and runs `site:after_init`. */
export async function setupPlugins(ctx: BuildContext): Promise<void> {
  if (ctx.plugins) return
  const registry = await loadPlugins(ctx.config, { extraNames: ctx.site.theme?.plugins ?? [] })
  ctx.plugins = registry
  if (registry.converters.length > 0) {
    ctx.converters = ctx.converters.with(registry.converters)
  }
  ctx.pluginSite = createPluginSite(ctx)
  await registry.hooks.trigger('site:after_init', ctx.pluginSite)
}

/** The plugin view of the site, made on first use. */
export function pluginSite(ctx: BuildContext): PluginSite {
  ctx.pluginSite ??= createPluginSite(ctx)
  return ctx.pluginSite
}

/** The payload of `site:pre_render` and `site:post_render`: the site and `jekyll` (version, environment). */
function renderPayload(ctx: BuildContext): Record<string, unknown> {
  ctx.renderPayload ??= { site: ctx.site, jekyll: { version: '4.3.1', environment: ctx.environment } }
  return ctx.renderPayload
}

/** Hooks that come before a stage: `site:pre_render`. */
export async function beforeStage(ctx: BuildContext, stage: string): Promise<void> {
  if (stage === 'render' && ctx.plugins) await ctx.plugins.hooks.trigger('site:pre_render', pluginSite(ctx), renderPayload(ctx))
}

/** Hooks that follow a stage: after_reset, post_init + post_read, post_render, post_write. */
export async function afterStage(ctx: BuildContext, stage: string): Promise<void> {
  const plugins = ctx.plugins
  if (!plugins) return
  if (stage === 'reset') {
    ctx.pluginSite = createPluginSite(ctx) // a fresh view for each build (watch mode rebuilds one context)
    await plugins.hooks.trigger('site:after_reset', ctx.pluginSite)
  }
  if (stage === 'read') {
    for (const page of ctx.site.pages) plugins.hooks.triggerSync('pages:post_init', page)
    for (const doc of allDocuments(ctx)) triggerDocument(plugins, doc, 'post_init')
    await plugins.hooks.trigger('site:post_read', pluginSite(ctx))
  }
  if (stage === 'render') await plugins.hooks.trigger('site:post_render', pluginSite(ctx), renderPayload(ctx))
  if (stage === 'write') {
    for (const collection of ctx.site.collections.values()) {
      if (!collection.output) continue
      for (const doc of collection.docs) triggerDocument(plugins, doc, 'post_write')
    }
    for (const page of ctx.site.pages) plugins.hooks.triggerSync('pages:post_write', page)
    await plugins.hooks.trigger('site:post_write', pluginSite(ctx))
  }
}

/** Runs a document hook for its collection's owner (`posts`) and then for `documents`, as Jekyll does. */
export function triggerDocument(
  plugins: PluginRegistry,
  doc: Document,
  event: 'post_init' | 'post_convert' | 'post_render' | 'post_write',
): void {
  if (doc.collection === 'posts') plugins.hooks.triggerSync(`posts:${event}`, doc)
  plugins.hooks.triggerSync(`documents:${event}`, doc)
}

/** `pre_render` with the Liquid payload, for a page or a document. */
export function triggerPreRender(plugins: PluginRegistry, item: Page | Document, payload: Record<string, unknown>): void {
  if (item.kind === 'page') {
    plugins.hooks.triggerSync('pages:pre_render', item, payload)
    return
  }
  if (item.collection === 'posts') plugins.hooks.triggerSync('posts:pre_render', item, payload)
  plugins.hooks.triggerSync('documents:pre_render', item, payload)
}

/** `post_convert` or `post_render` for a page or a document. */
export function triggerRendered(plugins: PluginRegistry, item: Page | Document, event: 'post_convert' | 'post_render'): void {
  if (item.kind === 'page') plugins.hooks.triggerSync(`pages:${event}`, item)
  else triggerDocument(plugins, item, event)
}

function allDocuments(ctx: BuildContext): Document[] {
  return [...ctx.site.collections.values()].flatMap((c) => c.docs)
}
