import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { judgeUpload, storedUploadName } from '../../../domain/uploadRules.ts'

type IncomingFile = { data?: Buffer; size?: number; tempFilePath?: string; name?: string; mimetype?: string }

async function detectMime(file: IncomingFile): Promise<string | undefined> {
  if (file.data && file.data.length > 0) return (await fileTypeFromBuffer(file.data))?.mime
  if (file.tempFilePath) return (await fileTypeFromFile(file.tempFilePath))?.mime
  return undefined
}

/**
 * Check an incoming file by its content and size before Payload stores anything, then name it by
 * what it is: the stored extension and type come from the detected content, never from the
 * uploader (`notice.html` that is a PDF is stored as `notice.pdf`, served as application/pdf).
 */
export const rejectDisallowedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as IncomingFile | undefined
  if (!file) return args
  const detectedMime = await detectMime(file)
  const verdict = judgeUpload({
    detectedMime,
    size: file.size ?? file.data?.length ?? 0,
    maxBytes: settingsOf(req.payload).limits.mediaMaxBytes,
  })
  if (!verdict.ok || !detectedMime) {
    const message = verdict.ok ? '无法识别文件类型。 / Unknown file type.' : verdict.message
    throw new ValidationError({ collection: 'media', errors: [{ path: 'file', message }] })
  }
  file.name = storedUploadName(file.name, detectedMime)
  file.mimetype = detectedMime
  return args
}
