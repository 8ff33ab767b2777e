import type { APIRoute } from 'astro'

/** Crawlers may read the public site, not the admin or the API; the sitemap is /sitemap.xml (publisher/astro/sitemapXml.mjs). */
export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api', '', `Sitemap: ${new URL('/sitemap.xml', site)}`, ''].join('\n'),
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  )
