/**
 * Request bodies capped before anything reads them (publisher/server.ts calls this first): a request whose
 * declared Content-Length is over its address's cap (cms/http/rules/bodyCaps.ts) gets 413, one without a
 * length (chunked) 411, a multipart form post to a Next page 415, and the connection is closed — the
 * body is never read, so memory stays flat however large a body is announced. A client that asks
 * `Expect: 100-continue` is told no before it sends anything.
 */
import type http from 'node:http'
import type { Settings } from '../config/settings.ts'
import { type BodyCapSettings, bodyVerdict } from './rules/bodyCaps.ts'

/** MEDIA_MAX_BYTES and SCORE_IMPORT_MAX_BYTES, as the upload and import checks read them. */
export function bodyCapSettings(settings: Pick<Settings, 'limits'>): BodyCapSettings {
  return {
    mediaMaxBytes: settings.limits.mediaMaxBytes,
    importMaxBytes: settings.limits.scoreImportMaxBytes,
    videoMaxBytes: settings.limits.videoMaxBytes,
  }
}

const verdictOf = (req: http.IncomingMessage, settings: BodyCapSettings) =>
  bodyVerdict(
    {
      method: req.method,
      url: req.url ?? '/',
      contentLength: req.headers['content-length'],
      transferEncoding: req.headers['transfer-encoding'],
      contentType: req.headers['content-type'],
      nextAction: req.headers['next-action'] as string | undefined,
    },
    settings,
  )

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)

/** Answers 411/413 and closes the connection when the body may not be sent; true when it did. */
export function refuseOversizedBody(req: http.IncomingMessage, res: http.ServerResponse, settings: BodyCapSettings): boolean {
  const verdict = verdictOf(req, settings)
  if (verdict.ok) return false
  // A browser's form post (the residents' forms work without JavaScript) gets a page, anything else JSON.
  const html = /text\/html/.test(req.headers.accept ?? '')
  const body = html
    ? `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>无法提交</title><h1>无法提交</h1><p>${escapeHtml(verdict.message)}</p></html>`
    : JSON.stringify({ errors: [{ message: verdict.message, field: 'body' }] })
  res.writeHead(verdict.status, {
    'content-type': html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    // The body is not read: the connection cannot carry another request after it.
    connection: 'close',
  })
  res.end(body)
  return true
}

/**
 * For the server's `checkContinue` event: 100 Continue only for a body that may be sent; either way
 * the request then goes to the ordinary handler (which refuses it when it may not).
 */
export function continueWhenAdmitted(server: http.Server, settings: BodyCapSettings) {
  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    if (verdictOf(req, settings).ok) res.writeContinue()
    server.emit('request', req, res)
  }
}
