// @ts-check
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { readSettings } from './cms/config/settings.ts'
import { contentStore } from './site/integrations/contentStore.mjs'
import { publicMedia } from './site/integrations/publicMedia.ts'
import { searchIndex } from './site/integrations/searchIndex.mjs'
import { inSitemap, sitemapXmlFile } from './site/integrations/sitemapXml.mjs'
import { targetedBuild } from './site/integrations/targetedBuild.mjs'

/** This build's settings, read once (README "Configuration"). */
const settings = readSettings(process.env)

/** The public site: static HTML built from the CMS (published content only). */
export default defineConfig({
  srcDir: './site',
  // A plain `astro build`'s output folder. The site builder passes outDir and cacheDir per build as inline config.
  outDir: settings.paths.siteOutDir,
  publicDir: './site/public',
  site: settings.site.siteUrl,
  trailingSlash: 'always',
  // concurrency: pages render while earlier ones are written (about 12 % faster at 10,000 items here).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  cacheDir: './node_modules/.astro',
  integrations: [contentStore(), sitemapXmlFile(), sitemap({ filter: inSitemap }), searchIndex(), publicMedia(), targetedBuild()],
  // Pages whose getStaticPaths() returns a cacheKey (the document's updatedAt) are reused from the
  // previous build when neither the key nor the page's code changed.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  telemetry: false,
})
