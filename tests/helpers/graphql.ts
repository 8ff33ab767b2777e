/** GraphQL in process: Payload's own Next route handler (what /api/graphql calls), with a real JWT. */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { TempPayload } from './tempPayload.ts'

export async function graphql(
  ctx: TempPayload,
  query: string,
  token?: string,
): Promise<{ status: number; data: Record<string, unknown> | null; errors: { message: string; extensions?: Record<string, unknown> }[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const request = new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) })
  const response = await GRAPHQL_POST(ctx.config as never)(request)
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null
    errors?: { message: string; extensions?: Record<string, unknown> }[]
  }
  return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] }
}
