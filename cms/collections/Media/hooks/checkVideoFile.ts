import fs from 'node:fs/promises'
import { type CollectionBeforeOperationHook, type PayloadRequest, ValidationError } from 'payload'
import { CAPTIONS_MIME, judgeCaptions, judgeVideo, VIDEO_MIME, type VideoFacts } from '../../../domain/video.ts'
import { probeVideo } from '../../../media/videoProbe.ts'

type IncomingFile = { data?: Buffer; tempFilePath?: string; mimetype?: string }
const KEY = 'videoFacts'
const DAMAGED =
  '“视频文件”无法读取：不是完整的 MP4 文件（文件名或浏览器报告的类型不算数，按内容检查）。 / Video file: not a readable MP4 (checked by content).'

const refuse = (message: string) => new ValidationError({ collection: 'media', errors: [{ path: 'file', message }] })

/** The facts read from this request's video, for recordVideoFacts (req.context: Payload's per-request channel for hooks). */
export const heldVideoFacts = (req: PayloadRequest): VideoFacts | undefined => req.context?.[KEY] as VideoFacts | undefined

/**
 * After rejectDisallowedFile named the file by its content: an MP4 must be H.264 video with AAC audio
 * (read from the file with mp4box), and a WebVTT file must be well-formed captions. The facts read
 * (duration, size, codecs) are kept for recordVideoFacts to store on the media item.
 */
export const checkVideoFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  req.context ??= {}
  req.context[KEY] = undefined
  const file = req.file as IncomingFile | undefined
  if (!file) return args
  if (file.mimetype === CAPTIONS_MIME) {
    const bytes = file.data?.length ? file.data : await fs.readFile(file.tempFilePath as string)
    const verdict = judgeCaptions(bytes)
    if (!verdict.ok) throw refuse(verdict.message)
    return args
  }
  if (file.mimetype !== VIDEO_MIME) return args
  const facts = await probeVideo(file).catch(() => null)
  if (!facts) throw refuse(DAMAGED)
  const verdict = judgeVideo(facts)
  if (!verdict.ok) throw refuse(verdict.message)
  req.context[KEY] = facts
  return args
}
