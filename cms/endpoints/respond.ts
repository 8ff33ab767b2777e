/** JSON answers for the workbench endpoints: Chinese first, the right status, never a stack trace. */
import { APIError, headersWithCors, type PayloadRequest, ValidationError } from 'payload'
import { hasRole, type Role } from '../domain/roles.ts'

export function json(req: PayloadRequest, body: Record<string, unknown>, status = 200): Response {
  const headers = headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req })
  return Response.json(body, { status, headers })
}

/** The document id from the path, typed for the database (numbers on SQLite); null when it cannot be an id. */
export function routeId(req: PayloadRequest): number | string | null {
  const raw = String(req.routeParams?.id ?? '')
  if (req.payload.db.defaultIDType === 'number') return /^\d{1,15}$/.test(raw) ? Number(raw) : null
  return /^[\w-]{1,64}$/.test(raw) ? raw : null
}

/** 401 for anonymous callers, 403 for a role not on the list, null when the caller may go on. */
export function refuseUnless(req: PayloadRequest, roles: readonly Role[], what: string): Response | null {
  if (!req.user) return json(req, { ok: false, message: `请先登录 / Log in first` }, 401)
  if (!hasRole(req.user, ...roles)) return json(req, { ok: false, message: `您无权${what} / Not allowed` }, 403)
  return null
}

const MAX_BODY_BYTES = 16 * 1024

/** The JSON body of a small request (≤ 16 KB), or {} when there is none; a longer or broken body throws a 400. */
export async function smallJson(req: PayloadRequest): Promise<Record<string, unknown>> {
  const text = req.text ? await req.text() : ''
  if (text.length > MAX_BODY_BYTES) throw new APIError('请求内容过长 / Request body too large', 413)
  if (text.trim() === '') return {}
  try {
    const body = JSON.parse(text) as unknown
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // fall through to the refusal below
  }
  throw new APIError('请求内容不是有效的 JSON 对象 / Body must be a JSON object', 400)
}

/** A string field of the body, trimmed and capped, or undefined. */
export const bodyText = (body: Record<string, unknown>, key: string, max = 2000): string | undefined =>
  typeof body[key] === 'string' ? (body[key] as string).trim().slice(0, max) : undefined

/** Any failure as JSON: validation keeps each field's message; known refusals keep their status; anything else is 500. */
export function errorResponse(req: PayloadRequest, error: unknown): Response {
  if (error instanceof ValidationError) {
    const errors = (error.data?.errors ?? []).map(({ path, message }) => ({ path, message }))
    const message = errors.map((e) => e.message).join('\n') || error.message
    return json(req, { ok: false, message, errors }, 400)
  }
  if (error instanceof APIError && error.status < 500) return json(req, { ok: false, message: error.message }, error.status)
  req.payload.logger.error({ err: error, msg: 'workbench endpoint failed' })
  return json(req, { ok: false, message: '服务器处理出错，未写入任何数据，请稍后重试 / Server error; nothing was written' }, 500)
}
