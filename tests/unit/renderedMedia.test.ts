/**
 * The media index made from the pages as they are rendered (publisher/astro/renderedMedia.ts) is the
 * index made by reading the built site (cms/storage/linkedMedia.ts mediaIndexOfSite): rendered files
 * are not read again, every other file (reused, copied, or changed since) is.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AstroPrerenderer, RouteData } from 'astro'
import { afterAll, describe, expect, it } from 'vitest'
import { mediaIndexOfSite } from '../../cms/storage/linkedMedia.ts'
import { renderedMedia } from '../../publisher/astro/renderedMedia.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rendered-media-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const page = { type: 'page' } as RouteData
const endpoint = { type: 'endpoint' } as RouteData
const bodies: Record<string, string> = {
  '/bulletins/a/': '<main><img src="/media/a.jpg" alt="甲"></main>',
  '/bulletins/b/': '<main>无图</main>',
  '/rss.xml': '<rss version="2.0"><enclosure url="http://localhost/media/c.mp4"/></rss>',
}
const astro = (): AstroPrerenderer => ({
  name: 'fake',
  getStaticPaths: async () => [],
  render: async (request) => new Response(bodies[new URL(request.url).pathname] ?? ''),
})

describe('media index from rendered pages', () => {
  it('should equal the index read from disk, reading only what was not rendered or changed since', async () => {
    const media = renderedMedia(undefined)
    const tapped = media.tap(astro())
    for (const [pathname, route] of [
      ['/bulletins/a/', page],
      ['/bulletins/b/', page],
      ['/rss.xml', endpoint],
    ] as const) {
      const result = await tapped.render(new Request(new URL(pathname, 'http://localhost')), { routeData: route })
      const response = result instanceof Response ? result : result.response
      const file = path.join(dir, route === endpoint ? 'rss.xml' : `${pathname.slice(1)}index.html`)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()))
    }
    // Reused from the cache (never rendered) and rewritten after the render (another size): both read from disk.
    fs.mkdirSync(path.join(dir, 'units/x'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'units/x/index.html'), '<img src="/media/d.png">')
    fs.writeFileSync(path.join(dir, 'bulletins/b/index.html'), '<main><img src="/media/e.png"></main>')
    const index = await media.indexOf(dir, undefined)
    expect(index).toEqual(await mediaIndexOfSite(dir, undefined))
    expect(Object.keys(index).sort()).toEqual(['bulletins/a/index.html', 'bulletins/b/index.html', 'rss.xml', 'units/x/index.html'])
    expect(index['rss.xml']?.local).toEqual(['c.mp4'])
  })
})
