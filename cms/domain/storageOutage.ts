/**
 * Whether an error is the object storage (S3) not answering — a refused or timed-out connection or a
 * 5xx from the bucket — rather than a bad upload. Errors from the AWS SDK carry `$metadata` (attempts,
 * HTTP status); the cause chain is followed. Pure: README "Hosts that fail: the drill".
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EPIPE'])
const NETWORK_NAMES = new Set(['TimeoutError', 'NetworkingError', 'RequestTimeout', 'ServiceUnavailable', 'SlowDown', 'InternalError'])

type Shape = { name?: unknown; code?: unknown; cause?: unknown; $metadata?: { httpStatusCode?: unknown } }

export const STORAGE_OUTAGE_MESSAGE =
  '对象存储（S3）暂时无法访问，文件没有保存，请稍后再试。/ The object storage (S3) cannot be reached: the file was not saved, please try again later.'

export function isStorageOutage(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const shape = error as Shape
  if (shape.$metadata) {
    const status = Number(shape.$metadata.httpStatusCode ?? 0)
    if (status >= 500 || NETWORK_CODES.has(String(shape.code)) || NETWORK_NAMES.has(String(shape.name))) return true
    if (status === 0) return true
  }
  return isStorageOutage(shape.cause, depth + 1)
}
