// @ts-check
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { readSettings } from './cms/config/settings.ts'
import { buildRequestModule } from './publisher/astro/buildRequestModule.mjs'
import { contentStore } from './publisher/astro/contentStore.mjs'
import { publicMedia } from './publisher/astro/publicMedia.ts'
import { searchIndex } from './publisher/astro/searchIndex.mjs'
import { inSitemap, sitemapXmlFile } from './publisher/astro/sitemapXml.mjs'
import { targetedBuild } from './publisher/astro/targetedBuild.mjs'
import { DEFAULT_BUILD_REQUEST } from './site/lib/buildRequest.ts'

/** This process's settings, read once (README "Configuration"). */
const settings = readSettings(process.env)

/** A plain build's snapshot: there is none (only the site builder's targeted builds take one). */
const noSnapshot = () => Promise.reject(new Error('a targeted build needs the site builder (its snapshot of the live build)'))

/**
 * The public site: static HTML built from the CMS (published content only). What a build is for
 * is data, given to the integrations as arguments: a plain `astro build` (this file's default export)
 * builds everything; the build process (publisher/buildWorker.ts) calls siteConfig with each build's
 * request and the promise of its snapshot, and passes the result as inline config (configFile: false).
 * @param {{ request: import('./site/lib/buildRequest.ts').BuildRequest, snapshotReady?: () => Promise<void> }} build
 * @returns {import('astro').AstroUserConfig}
 */
export function siteConfig({ request, snapshotReady = noSnapshot } = { request: DEFAULT_BUILD_REQUEST }) {
  return {
    srcDir: './site',
    // A plain `astro build`'s output folder. The site builder passes outDir and cacheDir per build as inline config.
    outDir: settings.paths.siteOutDir,
    publicDir: './site/public',
    site: settings.site.siteUrl,
    trailingSlash: 'always',
    // concurrency: pages render while earlier ones are written (about 12 % faster at 10,000 items here).
    build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
    cacheDir: './node_modules/.astro',
    integrations: [
      buildRequestModule(request),
      contentStore(),
      sitemapXmlFile(),
      sitemap({ filter: inSitemap }),
      searchIndex(request),
      publicMedia(request),
      targetedBuild(request, snapshotReady),
    ],
    // Pages whose getStaticPaths() returns a cacheKey (the document's updatedAt) are reused from the
    // previous build when neither the key nor the page's code changed.
    experimental: { incrementalBuild: true },
    devToolbar: { enabled: false },
    // @ts-expect-error not in Astro's config schema (Astro drops it; ASTRO_TELEMETRY_DISABLED turns telemetry off): kept as it was.
    telemetry: false,
  }
}

export default defineConfig(siteConfig())
