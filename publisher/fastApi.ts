/**
 * Hot anonymous requests answered before Next (README "Performance"): 点赞's GET (a signed browser id)
 * and POST (the vote) at /api/good-people/:id/endorse. The SAME endpoint handlers Payload serves
 * (cms/collections/GoodPeople/endpoints/endorse.ts) run with this process's Payload instance
 * (./sharedPayload.ts); only Next's routing and Payload's request set-up (auth, i18n, locale: none of
 * which these anonymous endpoints use) are skipped. The body cap and security headers are applied by
 * the server before this, as for every request.
 */
import type http from 'node:http'
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { endorseEndpoint, endorseReadyEndpoint } from '../cms/collections/GoodPeople/endpoints/endorse.ts'

type Route = { method: string; pattern: RegExp; endpoint: Endpoint }
const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/api\/good-people\/([\w-]{1,64})\/endorse$/, endpoint: endorseReadyEndpoint },
  { method: 'POST', pattern: /^\/api\/good-people\/([\w-]{1,64})\/endorse$/, endpoint: endorseEndpoint },
]

export type FastMatch = { endpoint: Endpoint; id: string; url: URL }

/** The fast route for this request, or null (Next answers it). */
export function fastRoute(req: http.IncomingMessage): FastMatch | null {
  const url = new URL(req.url ?? '/', 'http://localhost')
  for (const route of ROUTES) {
    if (req.method !== route.method) continue
    const match = route.pattern.exec(url.pathname)
    if (match) return { endpoint: route.endpoint, id: match[1] as string, url }
  }
  return null
}

/** The request's headers as the server left them (prepareRequest set the trusted client address in them). */
function headersOf(req: http.IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const one of [value].flat()) headers.append(name, one)
  }
  return headers
}

/** Runs the endpoint's handler on a request shaped like Payload's, and sends its Response. */
export async function answerFast(payload: Payload, match: FastMatch, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  req.resume() // these endpoints read no body (its size was capped before)
  const request = {
    payload,
    headers: headersOf(req),
    method: req.method,
    url: match.url.href,
    searchParams: match.url.searchParams,
    routeParams: { id: match.id },
    context: {},
    user: null,
  } as unknown as PayloadRequest
  let response: Response
  try {
    response = await match.endpoint.handler(request)
  } catch (error) {
    payload.logger.error({ err: error, msg: `fast route ${req.method} ${match.url.pathname} failed` })
    response = Response.json({ ok: false, message: '系统暂时无法处理，请稍后重试。' }, { status: 500 })
  }
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  // Says which path answered (a standard header browsers' developer tools show); tests/e2e/trust-votes.test.ts checks it.
  headers['server-timing'] = 'route;desc="before-next"'
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  const body = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, { ...headers, 'content-length': String(body.length) })
  res.end(body)
}
