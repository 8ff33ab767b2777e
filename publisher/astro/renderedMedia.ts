/**
 * The media index of a build from its pages and feeds as Astro renders them (through the prerender
 * taps, prerenderTaps.ts), so placing /media/ after the build does not read every page it just wrote
 * again (about 9,000 files at 10,000 items). Files Astro did not render — reused from its incremental
 * cache, copied from site/public, written by an integration — and any file whose size on disk is not
 * the size rendered are read from disk as before (cms/storage/linkedMedia.ts), so the index is the
 * one mediaIndexOfSite() would make.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { AstroPrerenderer } from 'astro'
import { isMediaLinkingFile, type MediaIndex, mediaIndexOf, mediaLinksIn, textFiles } from '../../cms/storage/linkedMedia.ts'
import { pageTarget } from './pageTarget.ts'
import { type PrerenderTap, renderedBody } from './prerenderTaps.ts'

type Links = { local: string[]; atBase: string[] }

export type RenderedMedia = {
  tap: PrerenderTap
  /** The media index of the built site in `dir`: rendered files from what was rendered, the others read. */
  indexOf(dir: string, base: string | undefined): Promise<MediaIndex>
}

/** `base`: S3_PUBLIC_BASE_URL when the uploads are in a bucket (links at it are indexed apart). */
export function renderedMedia(base: string | undefined): RenderedMedia {
  const rendered = new Map<string, { size: number; links: Links }>()
  const tap: PrerenderTap = (prerenderer: AstroPrerenderer) => {
    const render = prerenderer.render.bind(prerenderer)
    prerenderer.render = async (request, options) => {
      const result = await render(request, options)
      const response = result instanceof Response ? result : result.response
      if (!response.body || (response.status >= 300 && response.status < 400)) return result
      const { file } = pageTarget(decodeURIComponent(new URL(request.url).pathname), options.routeData)
      if (!isMediaLinkingFile(file)) return result
      const body = await renderedBody(result)
      rendered.set(file, { size: body.bytes.length, links: mediaLinksIn(body.text, base) })
      return body.result
    }
    return prerenderer
  }
  return {
    tap,
    async indexOf(dir, indexBase) {
      const index: MediaIndex = {}
      const unread: string[] = []
      for await (const rel of textFiles(dir)) {
        const known = indexBase === base ? rendered.get(rel) : undefined
        const size = known ? (await fs.stat(path.join(dir, rel)).catch(() => null))?.size : undefined
        if (!known || size !== known.size) unread.push(rel)
        else if (known.links.local.length > 0 || known.links.atBase.length > 0) index[rel] = known.links
      }
      return Object.assign(index, await mediaIndexOf(dir, unread, indexBase))
    },
  }
}
