/**
 * What the preview asks the CMS, through its own REST API with the caller's cookie, so Payload's
 * access rules decide: is anyone signed in, may they update this document, and its draft.
 */
import type http from 'node:http'

export type Target = { collection: string; id: string; rest: string[] }
export type Caller = { req: http.IncomingMessage; port: number }

/**
 * The browser's own cookie and its CSRF signals (Origin, Sec-Fetch-Site) go along unchanged, so
 * Payload's CSRF allow-list judges the preview exactly as it would judge the browser's request.
 */
function forwarded(req: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = { cookie: req.headers.cookie ?? '' }
  for (const name of ['origin', 'sec-fetch-site'] as const) {
    const value = req.headers[name]
    if (typeof value === 'string') headers[name] = value
  }
  return headers
}

const api = (caller: Caller, pathAndQuery: string, init: RequestInit = {}) =>
  fetch(`http://127.0.0.1:${caller.port}/api/${pathAndQuery}`, {
    ...init,
    headers: { ...init.headers, ...forwarded(caller.req) },
  }).catch(() => undefined)

export async function signedIn(caller: Caller): Promise<boolean> {
  const response = await api(caller, 'users/me')
  const body = (await response?.json().catch(() => undefined)) as { user?: unknown } | undefined
  return Boolean(body?.user)
}

/** Payload's docAccess endpoint: the caller's permissions on this one document, where-queries resolved. */
export async function mayUpdate(target: Target, caller: Caller): Promise<boolean> {
  const response = await api(caller, `${target.collection}/access/${target.id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
  if (!response?.ok) return false
  const body = (await response.json().catch(() => undefined)) as { update?: boolean | { permission?: boolean } } | undefined
  const update = body?.update
  return update === true || (typeof update === 'object' && update?.permission === true)
}

export async function draftInfo(target: Target, caller: Caller) {
  const response = await api(caller, `${target.collection}/${target.id}?draft=true&depth=0`)
  if (!response?.ok) return undefined
  return (await response.json().catch(() => undefined)) as { slug?: string; updatedAt?: string } | undefined
}
