import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { VIDEO_MIME } from '../../../domain/video.ts'
import { posterFrame } from '../../../media/ffmpeg.ts'
import { slugs } from '../../../slugs.ts'
import { companionFile } from './recordCompanionFiles.ts'

type IncomingFile = { data?: Buffer; tempFilePath?: string; name?: string }
type Id = number | string
const MAKING = 'makingVideoPoster'

/** The uploaded video as a file ffmpeg can seek in. */
async function withVideoFile<T>(file: IncomingFile, use: (file: string) => Promise<T>): Promise<T> {
  if (file.tempFilePath) return use(file.tempFilePath)
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'poster-'))
  try {
    const at = path.join(dir, 'video.mp4')
    await fs.writeFile(at, file.data ?? Buffer.alloc(0))
    return await use(at)
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/** A media image from the frame, saved in the same request (transaction); the request's own upload is put back after. */
async function savePoster(req: PayloadRequest, jpeg: Buffer, name: string, alt: string): Promise<Id> {
  const saved = { file: req.file, sizes: req.payloadUploadSizes }
  try {
    const poster = await req.payload.create({
      collection: slugs.media,
      data: { alt: alt.slice(0, 200) },
      file: { data: jpeg, mimetype: 'image/jpeg', name: `${name}-poster.jpg`, size: jpeg.length },
      req,
      context: { [MAKING]: true },
    })
    return poster.id
  } finally {
    req.file = saved.file
    req.payloadUploadSizes = saved.sizes
  }
}

/**
 * A video uploaded without a poster gets one: the frame at 1 s (or the first) taken with the ffmpeg
 * that @ffmpeg-installer ships, stored as an ordinary media image (same renditions, same privacy:
 * public only while a published item shows the video). Without ffmpeg, or if it fails, the upload
 * stands and the editor can choose a poster by hand.
 */
export const makeVideoPoster: CollectionAfterChangeHook = async ({ doc, req }) => {
  const file = req.file as IncomingFile | undefined
  if (!file || doc.mimeType !== VIDEO_MIME || doc.poster || req.context?.[MAKING]) return doc
  try {
    const jpeg = await withVideoFile(file, (at) => posterFrame(at, 1))
    const base = String(doc.filename ?? 'video').replace(/\.mp4$/i, '')
    const poster = await savePoster(req, jpeg, base, `${doc.alt ?? ''}（视频封面）`)
    const posterFile = await companionFile(req, poster, true)
    await req.payload.db.updateOne({ collection: slugs.media, id: doc.id, data: { poster, posterFile }, req })
    return { ...doc, poster, posterFile }
  } catch (error) {
    req.payload.logger.warn(`video poster for media ${doc.id} not made: ${(error as Error).message}`)
    return doc
  }
}
