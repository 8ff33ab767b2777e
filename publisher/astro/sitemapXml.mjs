import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * `/sitemap.xml`, the address crawlers and robots.txt expect: one <urlset> of every page built, from
 * the same page list Astro hands @astrojs/sitemap (which writes only sitemap-index.xml + sitemap-0.xml
 * and cannot be told to write sitemap.xml). Pages reused by the incremental build are in the list too.
 */

/**
 * Pages left out of every sitemap: the search page (no content of its own), the error pages (404, 410), the embeds and the
 * 异议反馈 form pages of every notice, a nominee's or a civility title's (noindex; they exist only during a 公示).
 */
const LEFT_OUT = new Set(['search', '404', '500', '410'])
const LEFT_OUT_PATTERN = /^(good-people|titles)\/[^/]+\/objection$/
/** The partners' embeds (/embed/…, noindex): the full pages they link to are in the sitemap. */
const EMBED_PATTERN = /^embed(\/|$)/

/** @param {string} url an absolute page URL */
export const inSitemap = (url) => {
  const name = new URL(url).pathname.replace(/^\/+|\/+$/g, '')
  return !LEFT_OUT.has(name) && !LEFT_OUT_PATTERN.test(name) && !EMBED_PATTERN.test(name)
}

/** @param {string} text */
const escapeXml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * The sitemap for absolute page URLs (sorted, de-duplicated, filtered).
 * @param {readonly string[]} urls
 */
export function sitemapXml(urls) {
  const locs = [...new Set(urls)].filter(inSitemap).sort()
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locs.map((loc) => `<url><loc>${escapeXml(loc)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n')
}

/** @returns {import('astro').AstroIntegration} */
export function sitemapXmlFile() {
  /** @type {URL | undefined} */
  let base
  return {
    name: 'campaign:sitemap-xml',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.site ? new URL(config.base, config.site) : undefined
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!base) return logger.warn('no `site` configured: sitemap.xml not written')
        const root = base.href.endsWith('/') ? base.href : `${base.href}/`
        const urls = pages.map(({ pathname }) => new URL(pathname.replace(/^\//, ''), root).href)
        await fs.writeFile(path.join(fileURLToPath(dir), 'sitemap.xml'), sitemapXml(urls))
        logger.info(`sitemap.xml: ${urls.filter(inSitemap).length} pages`)
      },
    },
  }
}
