import path from 'node:path'
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { type FocalPoint, renditionFilename, sameFocalPoint } from '../../../domain/renditionPlan.ts'
import { decode, isResizable, makeRenditions, type Rendition, readSource } from '../../../media/renditions.ts'
import { IMAGE_SIZES } from '../imageSizes.ts'
import { holdRenditionFiles, type PreparedUpload, payloadFocalPoint, takePrepared } from '../preparedUpload.ts'

const EMPTY = { filename: null, filesize: null, height: null, mimeType: null, url: null, width: null }

/**
 * The renditions of the image Payload made them from: the upload as cleanImageUpload read and decoded
 * it (usually already made, for the focal point Payload gave it), when Payload stored that very cleaned
 * file; otherwise (a new focal point, a crop, a duplicate) the file Payload is storing, decoded here.
 */
async function renditionsOf(
  prepared: PreparedUpload | undefined,
  stored: Buffer,
  mimeType: string,
  focal: FocalPoint | undefined,
): Promise<(Rendition | null)[]> {
  if (prepared && (prepared.original === undefined || prepared.original === stored)) {
    if (prepared.early && sameFocalPoint(prepared.early.focal, focal)) return prepared.early.renditions
    return makeRenditions(prepared.source, IMAGE_SIZES, focal)
  }
  const source = await readSource(stored, mimeType)
  return makeRenditions({ ...source, decoded: await decode(source) }, IMAGE_SIZES, focal)
}

/** Whenever Payload processes a file for this document, give it the renditions Payload would have made. */
export const attachRenditions: CollectionBeforeChangeHook = async ({ collection, data, req }) => {
  const stored = req.file?.data
  if (!stored || typeof data.filename !== 'string' || !isResizable(data.mimeType)) return data
  const focal = payloadFocalPoint(req)?.point
  const made = await renditionsOf(takePrepared(req), stored, data.mimeType, focal).catch((error) => {
    req.payload.logger.error({ err: error, msg: `renditions of ${data.filename} failed` })
    throw new ValidationError({
      collection: 'media',
      errors: [{ path: 'file', message: '图片无法处理，请换一张。 / The image could not be processed; please choose another.' }],
    })
  })
  const named = made
    .filter((rendition) => rendition !== null)
    .map((rendition) => ({
      ...rendition,
      filename: renditionFilename(data.filename, { width: rendition.width, height: rendition.nameHeight }, rendition.extension),
    }))
  data.sizes = Object.fromEntries(IMAGE_SIZES.map(({ name }) => [name, { ...EMPTY }]))
  for (const { name, filename, filesize, height, mimeType, width } of named)
    data.sizes[name] = { filename, filesize, height, mimeType, url: null, width }
  req.payloadUploadSizes = Object.fromEntries(named.map((rendition) => [rendition.name, rendition.data]))
  const staticDir = collection.upload.staticDir
  if (!collection.upload.disableLocalStorage && staticDir)
    holdRenditionFiles(req, {
      filename: data.filename,
      files: named.map((rendition) => ({ path: path.join(staticDir, rendition.filename), data: rendition.data })),
    })
  return data
}
