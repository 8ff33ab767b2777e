/**
 * What the preview asks the CMS, through its own REST API with the caller's cookie, so Payload's
 * access rules decide: is anyone signed in, may they update this document, and its draft.
 */
import type http from 'node:http'

export type Target = { collection: string; id: string; rest: string[] }
export type Caller = { req: http.IncomingMessage; port: number }

const api = (caller: Caller, pathAndQuery: string, init: RequestInit = {}) =>
  fetch(`http://127.0.0.1:${caller.port}/api/${pathAndQuery}`, {
    ...init,
    headers: { ...init.headers, cookie: caller.req.headers.cookie ?? '' },
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
