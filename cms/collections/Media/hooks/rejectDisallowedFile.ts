import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import { judgeUpload, maxUploadBytes } from '../../../domain/uploadRules.ts'

type IncomingFile = { data?: Buffer; size?: number; tempFilePath?: string }

async function detectMime(file: IncomingFile): Promise<string | undefined> {
  if (file.data && file.data.length > 0) return (await fileTypeFromBuffer(file.data))?.mime
  if (file.tempFilePath) return (await fileTypeFromFile(file.tempFilePath))?.mime
  return undefined
}

/** Check an incoming file by its content and size before Payload stores anything. */
export const rejectDisallowedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as IncomingFile | undefined
  if (!file) return args
  const verdict = judgeUpload({
    detectedMime: await detectMime(file),
    size: file.size ?? file.data?.length ?? 0,
    maxBytes: maxUploadBytes(process.env),
  })
  if (!verdict.ok) {
    throw new ValidationError({ collection: 'media', errors: [{ path: 'file', message: verdict.message }] })
  }
  return args
}
