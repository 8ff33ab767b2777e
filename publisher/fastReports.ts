/**
 * 随手拍's POST /api/resident-reports/submit answered before Next (README "Performance"), like 点赞
 * (./fastApi.ts): the SAME endpoint (cms/collections/ResidentReports/endpoints/submit.ts: same-site,
 * limits, challenge, byte cap, honeypot, photo checks, duplicate check) runs with this process's Payload
 * instance on a light request — the headers as the server left them (prepareRequest set the trusted
 * client address), the body as a stream — without Next's routing or Payload's request set-up (auth,
 * i18n, locale, the API cache's clearing: reports are never in a public answer). Only where reports are
 * stored in batches (SQLite on a file): other databases store through Payload with a real request, so
 * Next answers them. The body cap and security headers were applied by the server before this.
 */
import type http from 'node:http'
import { Readable } from 'node:stream'
import type { Payload, PayloadRequest } from 'payload'
import { NODE_BODY } from '../cms/collections/ResidentReports/endpoints/readForm.ts'
import { batchesReports } from '../cms/collections/ResidentReports/endpoints/reportBatch.ts'
import { submitEndpoint } from '../cms/collections/ResidentReports/endpoints/submit.ts'
import { failureAnswer } from './fastFailure.ts'

const PATH = '/api/resident-reports/submit'
const SERVER_TIMING = 'route;desc="before-next"'

/** Whether this request is a 随手拍 submission this process answers before Next. */
export const isFastReport = (payload: Payload, req: http.IncomingMessage): boolean =>
  req.method === 'POST' && (req.url === PATH || req.url?.startsWith(`${PATH}?`) === true) && batchesReports(payload)

function headersOf(req: http.IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  return headers
}

/** Runs the endpoint on a light request and writes its answer. */
export async function answerReport(payload: Payload, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  let opened = false
  const request = {
    payload,
    headers: headersOf(req),
    // Opened only when the endpoint reads the form (a 403 or 429 answers before).
    get body() {
      opened = true
      return Readable.toWeb(req)
    },
    // What readForm reads (straight into one buffer, no web stream: session 13).
    get [NODE_BODY]() {
      opened = true
      return req
    },
    context: {},
    routeParams: {},
    method: 'POST',
  } as unknown as PayloadRequest
  let status: number
  let headers: Record<string, string>
  let body: Buffer
  try {
    const response = await submitEndpoint.handler(request)
    status = response.status
    headers = Object.fromEntries(response.headers)
    body = Buffer.from(await response.arrayBuffer())
  } catch (error) {
    payload.logger.error({ err: error, msg: `fast route POST ${PATH} failed` })
    const failure = failureAnswer(error)
    status = failure.status
    headers = failure.headers
    body = Buffer.from(failure.body)
  }
  // A body left unread: never opened (403, 429) → drained; opened and left (413) → the connection closes after the answer.
  const left = !req.readableEnded
  if (left && !opened) req.resume()
  const close = left && opened ? { connection: 'close' } : {}
  res.writeHead(status, { ...headers, ...close, 'server-timing': SERVER_TIMING, 'content-length': String(body.length) })
  res.end(body)
  if (left && opened) res.once('finish', () => req.destroy())
}
