import type { RouteData } from 'astro'

/** Status pages Astro writes as `<name>.html` (build format 'directory'). */
const STATUS_PAGES = new Set(['/404', '/500'])

/**
 * The request URL and output file of one path, as `astro build` makes them for this site's config
 * (build.format 'directory', trailingSlash 'always', base '/'): pages at '<path>/index.html',
 * endpoints at their own name.
 */
export function pageTarget(pathname: string, route: Pick<RouteData, 'type'>): { url: string; file: string } {
  const bare = pathname.replace(/^\/+|\/+$/g, '')
  if (route.type === 'endpoint') return { url: `/${bare}`, file: bare }
  if (STATUS_PAGES.has(`/${bare}`)) return { url: `/${bare}/`, file: `${bare}.html` }
  return { url: bare ? `/${bare}/` : '/', file: bare ? `${bare}/index.html` : 'index.html' }
}
