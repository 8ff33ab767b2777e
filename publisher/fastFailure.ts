/**
 * What a route answered before Next (./fastApi.ts 点赞, ./fastReports.ts 随手拍) says when its endpoint
 * threw: 503 with Retry-After when the embedded database stayed busy longer than a write may wait
 * (cms/domain/writerBusy.ts; nothing was written), else 500. Never the error's text: it may name tables.
 */
import { isWriterBusy, WRITER_BUSY_MESSAGE, WRITER_BUSY_RETRY_SECONDS } from '../cms/domain/writerBusy.ts'

export type FailureAnswer = { status: number; headers: Record<string, string>; body: string }

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }

export function failureAnswer(error: unknown): FailureAnswer {
  if (isWriterBusy(error))
    return {
      status: 503,
      headers: { ...JSON_HEADERS, 'retry-after': String(WRITER_BUSY_RETRY_SECONDS) },
      body: JSON.stringify({ ok: false, message: WRITER_BUSY_MESSAGE }),
    }
  return { status: 500, headers: JSON_HEADERS, body: JSON.stringify({ ok: false, message: '系统暂时无法处理，请稍后重试。' }) }
}
