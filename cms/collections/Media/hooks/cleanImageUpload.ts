import fs from 'node:fs/promises'
import { type CollectionBeforeOperationHook, type PayloadRequest, ValidationError } from 'payload'
import { expectedFocalPoint, MAX_INPUT_PIXELS, tooManyPixels } from '../../../domain/renditionPlan.ts'
import { cleanOriginal, decode, isResizable, makeRenditions, readSource, type SourceImage } from '../../../media/renditions.ts'
import { IMAGE_SIZES } from '../imageSizes.ts'
import { holdPrepared, type PreparedUpload } from '../preparedUpload.ts'

const refuse = (message: string) => new ValidationError({ collection: 'media', errors: [{ path: 'file', message }] })
const DAMAGED = '图片已损坏或无法读取，请换一张。 / The image is damaged or cannot be read; please choose another.'
const TOO_LARGE = (width: number, height: number) =>
  `图片像素过多（${width}×${height}），上限 ${MAX_INPUT_PIXELS / 1e8} 亿像素。 / The image has too many pixels (${width}×${height}); the limit is ${MAX_INPUT_PIXELS / 1e6} million.`

type Edits = { focalPoint?: { x?: unknown; y?: unknown }; crop?: unknown } | undefined
const editsOf = (req: PayloadRequest): Edits => (req.query as { uploadEdits?: Edits } | undefined)?.uploadEdits

/**
 * The photo worker (cms/jobs/processPhotos.ts) hands over a JPEG it has just re-encoded (orientation
 * applied, no metadata, sRGB) and names that very Buffer in `req.context.cleanImage`: encoding it again
 * would only cost time (a full-size JPEG encode per photo, session 13). Only that Buffer, by identity:
 * context is set by server code, never by a request.
 */
export const CLEAN_IMAGE = 'cleanImage'
const isCleanAlready = (req: PayloadRequest, bytes: Buffer): boolean =>
  (req.context as Record<string, unknown> | undefined)?.[CLEAN_IMAGE] === bytes

/** Start the renditions for the focal point Payload will give the file; attachRenditions checks that it did. */
function startEarly(
  source: SourceImage,
  req: PayloadRequest,
  args: { data?: unknown },
  operation: 'create' | 'update',
): PreparedUpload['early'] {
  const focal = expectedFocalPoint({ edits: editsOf(req), data: args.data as { focalX?: unknown; focalY?: unknown }, operation })
  const renditions = makeRenditions(source, IMAGE_SIZES, focal)
  renditions.catch(() => undefined) // awaited (and reported) by attachRenditions, if the operation gets that far
  return { focal, renditions }
}

/**
 * Read and decode an uploaded image once, before Payload sees it: Payload stores the cleaned original
 * made here (orientation applied, EXIF/GPS and all other metadata gone, the format and extension of
 * the bytes), and the renditions are made from the same pixels while Payload does its part. With crop
 * edits Payload crops the cleaned file and the renditions come from the crop. A create without a file
 * (Payload would fetch `data.url` and store it as fetched) is refused; duplicates copy a stored file.
 */
export const cleanImageUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  holdPrepared(req, undefined)
  const file = req.file
  if (!file) {
    if (operation === 'create' && (args as { duplicateFromID?: unknown }).duplicateFromID == null)
      throw refuse('请选择要上传的文件。 / Choose a file to upload.')
    return args
  }
  if (!isResizable(file.mimetype)) return args
  const bytes = file.data?.length ? file.data : await fs.readFile(file.tempFilePath as string)
  const source = await readSource(bytes, file.mimetype).catch(() => undefined)
  if (!source) throw refuse(DAMAGED)
  if (tooManyPixels({ ...source, frames: source.animated ? source.frames : 1 })) throw refuse(TOO_LARGE(source.width, source.height))
  const cropping = Boolean(editsOf(req)?.crop)
  if (source.animated) {
    // Payload re-encodes GIF and WebP itself (every frame); the renditions are made from the upload.
    if (!cropping) holdPrepared(req, { source, early: startEarly(source, req, args, operation) })
    return args
  }
  const decoded = cropping ? undefined : await decode(source).catch(() => undefined)
  const prepared = { ...source, decoded }
  // The original first: Payload waits for it, the renditions are only needed once Payload is done.
  // Bytes our own server code cleaned already (the photo worker's reencodePhoto) are kept as they are.
  const cleaning = isCleanAlready(req, bytes) ? Promise.resolve(bytes) : cleanOriginal(prepared).catch(() => undefined)
  const early = decoded ? startEarly(prepared, req, args, operation) : undefined
  const original = await cleaning
  if (!original) throw refuse(DAMAGED)
  req.file = { name: file.name, mimetype: file.mimetype, data: original, size: original.length }
  if (!cropping) holdPrepared(req, { source: prepared, original, early })
  return args
}
