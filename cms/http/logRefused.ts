import type http from 'node:http'

const REFUSED = new Set([401, 403, 429])

/** One log line for a refused request: no query string (it may carry tokens), no control characters. */
export function refusalLine(entry: { method: string; path: string; status: number; ip: string }): string {
  const clean = (text: string) => text.replace(/[^\x21-\x7e]/g, '?').slice(0, 300)
  return `refused ${entry.status} ${clean(entry.method)} ${clean(entry.path.split('?')[0] ?? '')} ip=${clean(entry.ip)}`
}

/** Log one line when the response finishes with 401, 403 or 429. */
export function logRefused(req: http.IncomingMessage, res: http.ServerResponse, log: (line: string) => void = console.warn): void {
  const method = req.method ?? '?'
  const path = req.url ?? '/'
  res.on('finish', () => {
    if (!REFUSED.has(res.statusCode)) return
    log(refusalLine({ method, path, status: res.statusCode, ip: req.socket.remoteAddress ?? '?' }))
  })
}
