import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { idOf } from '../domain/ids.ts'
import { captionsMissing, type PublishedVideo } from '../domain/video.ts'
import { slugs } from '../slugs.ts'

/**
 * A TV episode or ad is published (by a reviewer's 通过, a direct publish, or any API) only when its
 * `video` — if it has one — is an MP4 with WebVTT captions; the refusal names the field (视频文件).
 * Drafts may be saved without captions.
 */
export const requireVideoCaptions: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const id = idOf(data.video !== undefined ? data.video : originalDoc?.video)
  if (id === null || id === '') return data
  const video = (await req.payload.findByID({
    collection: slugs.media,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as PublishedVideo
  const message = captionsMissing(video ?? { mimeType: null }, '视频文件')
  if (message) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'video', message }] }, req.t)
  return data
}
