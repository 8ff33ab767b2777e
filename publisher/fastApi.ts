/**
 * Hot anonymous requests answered before Next (README "Performance"): 点赞's GET (a signed browser id)
 * and POST (the vote) at /api/good-people/:id/endorse. The SAME rules Payload's endpoints run
 * (cms/collections/GoodPeople/endpoints/endorse.ts: endorseReady / endorseVote) run here with this
 * process's Payload instance (./sharedPayload.ts), on a light request (the route's id, a header
 * getter over Node's own headers, the query only when there is one) and the answer is written with
 * res.end: no URL, Headers, Request or Response objects, none of Next's routing or Payload's request
 * set-up (auth, i18n, locale: none of which these anonymous endpoints use). The body cap and security
 * headers are applied by the server before this, as for every request.
 */
import type http from 'node:http'
import type { Payload } from 'payload'
import { endorseReady, endorseVote, type PlainAnswer, type VoteRequest } from '../cms/collections/GoodPeople/endpoints/endorse.ts'
import { failureAnswer } from './fastFailure.ts'

type Handler = (req: VoteRequest, now: Date) => Promise<PlainAnswer>
export type FastMatch = { handler: Handler; id: string; query: string }

const PREFIX = '/api/good-people/'
const SUFFIX = '/endorse'
const ID = /^[\w-]{1,64}$/

/** The fast route for this request, or null (Next answers it). */
export function fastRoute(req: http.IncomingMessage): FastMatch | null {
  const url = req.url ?? '/'
  if (!url.startsWith(PREFIX)) return null
  const handler = req.method === 'GET' ? endorseReady : req.method === 'POST' ? endorseVote : null
  if (!handler) return null
  const mark = url.indexOf('?')
  const pathname = mark < 0 ? url : url.slice(0, mark)
  if (!pathname.endsWith(SUFFIX)) return null
  const id = pathname.slice(PREFIX.length, pathname.length - SUFFIX.length)
  if (!ID.test(id)) return null
  return { handler, id, query: mark < 0 ? '' : url.slice(mark + 1) }
}

/** One request header as the server left it (prepareRequest set the trusted client address in them). */
function header(req: http.IncomingMessage, name: string): string | null {
  const value = req.headers[name]
  if (value === undefined) return null
  return Array.isArray(value) ? value.join(', ') : value
}

const NO_QUERY = { get: () => null }
// Says which path answered (a standard header browsers' developer tools show); tests/e2e/trust-votes.test.ts checks it.
const SERVER_TIMING = 'route;desc="before-next"'

/** Runs the endpoint's rules on a light request and writes the answer. */
export async function answerFast(payload: Payload, match: FastMatch, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  req.resume() // these endpoints read no body (its size was capped before)
  const request: VoteRequest = {
    payload,
    headers: { get: (name) => header(req, name) },
    routeParams: { id: match.id },
    searchParams: match.query ? new URLSearchParams(match.query) : NO_QUERY,
  }
  let answer: PlainAnswer
  try {
    answer = await match.handler(request, new Date())
  } catch (error) {
    payload.logger.error({ err: error, msg: `fast route ${req.method} ${req.url} failed` })
    answer = failureAnswer(error)
  }
  res.writeHead(answer.status, {
    ...answer.headers,
    'server-timing': SERVER_TIMING,
    'content-length': String(Buffer.byteLength(answer.body)),
  })
  res.end(answer.body)
}
