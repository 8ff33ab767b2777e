/**
 * Headers on every file Payload serves from /api/media/file/…: the type Payload detected from the
 * bytes stays authoritative (nosniff), the file can never run script on this origin (sandbox CSP)
 * and is never framed elsewhere.
 */
export function mediaResponseHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'")
  return headers
}
