/** JSON answers for the round's custom endpoints: Chinese messages, the right status, never a stack trace. */
import { APIError, headersWithCors, type PayloadRequest, ValidationError } from 'payload'
import type { ImportPreview } from '../../../domain/scoreImport.ts'
import { ScoreImportError } from '../../../import/errors.ts'

export function json(req: PayloadRequest, body: Record<string, unknown>, status = 200): Response {
  return Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) })
}

/** The round id from the path, typed for the database (numbers on SQLite); null when it cannot be an id. */
export function routeId(req: PayloadRequest): number | string | null {
  const raw = String(req.routeParams?.id ?? '')
  if (req.payload.db.defaultIDType === 'number') return /^\d+$/.test(raw) ? Number(raw) : null
  return raw === '' ? null : raw
}

export const notFound = (req: PayloadRequest): Response =>
  json(req, { ok: false, message: '测评不存在或尚未发布 / Evaluation round not found or not published' }, 404)

/** The preview as the browser needs it: rows, problems and counts (the score rows to store stay on the server). */
export const publicPreview = ({ scores: _scores, ...rest }: ImportPreview): Omit<ImportPreview, 'scores'> => rest

/** Any failure as JSON: known refusals keep their status and message; anything else is logged and answered 500. */
export function errorResponse(req: PayloadRequest, error: unknown): Response {
  if (error instanceof ScoreImportError) {
    const preview = error.preview ? publicPreview(error.preview) : undefined
    return json(req, { ok: false, message: error.message, preview }, error.status)
  }
  if (error instanceof ValidationError) {
    const errors = (error.data?.errors ?? []).map(({ path, message }) => ({ path, message }))
    return json(req, { ok: false, message: error.message, errors }, 400)
  }
  if (error instanceof APIError && error.status < 500) {
    return json(req, { ok: false, message: `请求无效：${error.message} / Bad request: ${error.message}` }, error.status)
  }
  req.payload.logger.error({ err: error, msg: 'evaluation-rounds endpoint failed' })
  return json(req, { ok: false, message: '服务器处理出错，未写入任何数据，请稍后重试 / Server error; nothing was written' }, 500)
}
