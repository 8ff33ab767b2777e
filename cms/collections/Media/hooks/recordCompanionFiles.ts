import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { idOf } from '../../../domain/ids.ts'
import { slugs } from '../../../slugs.ts'

type Stored = { filename?: string | null; sizes?: { card?: { filename?: string | null } } }

/** The file a page links for a poster (its 800 px card rendition when there is one) or captions. */
export async function companionFile(req: PayloadRequest, value: unknown, rendition: boolean): Promise<string | null> {
  const id = idOf(value)
  if (id === null) return null
  const doc = (await req.payload.findByID({
    collection: slugs.media,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Stored | null
  if (!doc?.filename) return null
  return (rendition ? doc.sizes?.card?.filename : null) ?? doc.filename
}

/**
 * Keep the file names of a video's poster and captions on the video itself (`posterFile`,
 * `captionsFile`), so the site and feeds, which read content at depth 1, can link them.
 */
export const recordCompanionFiles: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const poster = data.poster !== undefined ? data.poster : originalDoc?.poster
  const captions = data.captions !== undefined ? data.captions : originalDoc?.captions
  data.posterFile = await companionFile(req, poster, true)
  data.captionsFile = await companionFile(req, captions, false)
  return data
}
