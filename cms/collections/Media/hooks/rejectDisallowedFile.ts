import fs from 'node:fs/promises'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { judgeUpload, storedUploadName } from '../../../domain/uploadRules.ts'
import { CAPTIONS_MIME, looksLikeWebVtt } from '../../../domain/video.ts'

type IncomingFile = { data?: Buffer; size?: number; tempFilePath?: string; name?: string; mimetype?: string }

async function headOf(file: IncomingFile): Promise<Uint8Array> {
  if (file.data && file.data.length > 0) return file.data.subarray(0, 16)
  if (!file.tempFilePath) return new Uint8Array()
  const handle = await fs.open(file.tempFilePath)
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** The binary format of the bytes; text that no binary format matches may still be WebVTT captions (checked in full by checkVideoFile). */
async function detectMime(file: IncomingFile): Promise<string | undefined> {
  const binary =
    file.data && file.data.length > 0
      ? (await fileTypeFromBuffer(file.data))?.mime
      : file.tempFilePath
        ? (await fileTypeFromFile(file.tempFilePath))?.mime
        : undefined
  if (binary) return binary
  return looksLikeWebVtt(await headOf(file)) ? CAPTIONS_MIME : undefined
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
    videoMaxBytes: settingsOf(req.payload).limits.videoMaxBytes,
  })
  if (!verdict.ok || !detectedMime) {
    const message = verdict.ok ? '无法识别文件类型。 / Unknown file type.' : verdict.message
    throw new ValidationError({ collection: 'media', errors: [{ path: 'file', message }] })
  }
  file.name = storedUploadName(file.name, detectedMime)
  file.mimetype = detectedMime
  return args
}
