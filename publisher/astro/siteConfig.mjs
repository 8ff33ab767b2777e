// @ts-check
import sitemap from '@astrojs/sitemap'
import { DEFAULT_BUILD_REQUEST } from '../../site/lib/buildRequest.ts'
import { pageSettings } from '../../site/lib/pageSettings.ts'
import { buildRequestModule } from './buildRequestModule.mjs'
import { contentStore } from './contentStore.mjs'
import { feedTimes } from './feedTimes.ts'
import { keepRenderer } from './keptApp.ts'
import { liveSearch } from './pagefindLive.ts'
import { pageSettingsModule } from './pageSettingsModule.mjs'
import { prerenderTaps } from './prerenderTaps.ts'
import { publicMedia } from './publicMedia.ts'
import { renderedMedia } from './renderedMedia.ts'
import { searchIndex } from './searchIndex.mjs'
import { inSitemap, sitemapXmlFile } from './sitemapXml.mjs'
import { targetedBuild } from './targetedBuild.mjs'

/** A plain build's snapshot: there is none (only the site builder's targeted builds take one). */
const noSnapshot = () => Promise.reject(new Error('a targeted build needs the site builder (its snapshot of the live build)'))

/**
 * The public site's Astro config: static HTML built from the CMS (published content only). What a
 * build is for is data, given to the integrations as arguments, and so are the settings they need:
 * astro.config.mjs (a plain `astro build`) calls this with the settings it read once and the default
 * request (build everything); the build process (publisher/buildWorker.ts) with each build's request,
 * the promise of its snapshot and the settings its parent sent, and passes the result as inline config
 * (configFile: false). `onKept`: the build process's publish builds hand what they made to it (keptApp.ts).
 * `pageWrites`: the build process's full builds write their pages on a thread of their own while Astro
 * renders (publisher/buildWorker.ts threadedPageWrites), told of the render's start and end by this tap.
 * A full build with a search index indexes its pages while they render (pagefindLive.ts); the kept
 * renderer and the live index both watch Astro's one prerenderer (prerenderTaps.ts).
 * @param {{
 *   settings: import('../../cms/config/settings.ts').Settings,
 *   request?: import('../../site/lib/buildRequest.ts').BuildRequest,
 *   snapshotReady?: () => Promise<void>,
 *   onKept?: (kept: import('./keptApp.ts').Kept | null) => void,
 *   pageWrites?: import('./prerenderTaps.ts').PrerenderTap | null,
 * }} build
 * @returns {import('astro').AstroUserConfig}
 */
export function siteConfig({ settings, request = DEFAULT_BUILD_REQUEST, snapshotReady = noSnapshot, onKept, pageWrites = null }) {
  const media = { storage: settings.storage.media, mediaDir: settings.paths.mediaDir }
  const live = request.searchIndex && request.targeted === null && request.preview === null ? liveSearch() : null
  // What pages show of the settings (site/lib/pageSettings.ts): to the site as a module, to the kept renderer with what it keeps.
  const page = pageSettings(settings)
  const keep = onKept ? keepRenderer(onKept, page) : null
  // The media links of every page and feed as rendered, so /media/ is placed without reading them again.
  const rendered = renderedMedia(settings.storage.media.kind === 's3' ? settings.storage.media.publicBaseUrl : undefined)
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
      pageSettingsModule(page),
      contentStore(),
      sitemapXmlFile(),
      sitemap({ filter: inSitemap }),
      searchIndex(request, live),
      publicMedia(request, media, rendered),
      targetedBuild(request, snapshotReady, media),
      // Last: after a targeted build's assembly.
      feedTimes(request),
      ...(keep ? [keep.integration] : []),
      prerenderTaps([pageWrites, live?.tap, rendered.tap, keep?.tap]),
    ],
    // Pages whose getStaticPaths() returns a cacheKey (the document's updatedAt) are reused from the
    // previous build when neither the key nor the page's code changed.
    experimental: { incrementalBuild: true },
    devToolbar: { enabled: false },
    // @ts-expect-error not in Astro's config schema (Astro drops it; ASTRO_TELEMETRY_DISABLED turns telemetry off): kept as it was.
    telemetry: false,
  }
}
