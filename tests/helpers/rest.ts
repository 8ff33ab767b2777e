/** The REST API in process: Payload's own endpoint handler (what /api/* calls), with a real JWT. */
import { handleEndpoints } from 'payload'
import type { TempPayload } from './tempPayload.ts'

export async function rest(
  ctx: TempPayload,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (options.token) headers.authorization = `JWT ${options.token}`
  const request = new Request(`http://localhost/api${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const response = await handleEndpoints({ config: ctx.config as never, request, payloadInstanceCacheKey: ctx.key })
  const text = await response.text()
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers }
}

export async function tokenFor(ctx: TempPayload, email: string, password = 'correct-horse-battery'): Promise<string> {
  const result = await ctx.payload.login({ collection: 'users', data: { email, password } })
  return result.token as string
}
