/**
 * A strict multipart/form-data reader for the plain shape browsers send (RFC 7578), used by readForm
 * (cms/collections/ResidentReports/endpoints/readForm.ts) before the platform's parser: it finds the
 * boundaries with Buffer.indexOf (native) and hands out the files' bytes as views of the body, where
 * the platform's parser (undici, JavaScript) cost ~2.8 ms and several copies for a 260 kB photo on
 * the thread that answers residents (session 12). It answers null — "let the platform parse it" — for
 * anything outside that shape: no or odd boundary, a preamble, a part without a plain
 * `Content-Disposition: form-data; name="…"`, `filename*`, backslash escapes, a header over 8 kB, a
 * missing final boundary. So what it accepts, it reads as the platform would (tests/unit/multipart.test.ts
 * compares them); the rest is judged by the platform exactly as before.
 */

export type MultipartPart = { name: string; value: string } | { name: string; filename: string; type: string; bytes: Buffer }

const CRLF = Buffer.from('\r\n')
const HEADER_END = Buffer.from('\r\n\r\n')
const MAX_HEADER_BYTES = 8 * 1024
/** RFC 2046: 1–70 characters of this set (the space not last). */
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/
const utf8 = new TextDecoder('utf-8')

/** The boundary of a multipart/form-data content type, or null. */
export function boundaryOf(contentType: string): string | null {
  const [type, ...params] = contentType.split(';')
  if (type?.trim().toLowerCase() !== 'multipart/form-data') return null
  let found: string | null = null
  for (const param of params) {
    const eq = param.indexOf('=')
    if (eq < 0) return null
    const key = param.slice(0, eq).trim().toLowerCase()
    let value = param.slice(eq + 1).trim()
    if (key !== 'boundary') continue
    if (found !== null) return null
    if (value.startsWith('"')) {
      if (!value.endsWith('"') || value.length < 2 || value.includes('\\')) return null
      value = value.slice(1, -1)
    }
    found = value
  }
  return found !== null && BOUNDARY.test(found) ? found : null
}

type Disposition = { name: string; filename: string | null }

/** `form-data; name="…"[; filename="…"]`, quoted, no escapes, nothing else; null otherwise. */
function dispositionOf(value: string): Disposition | null {
  const match = /^form-data((?:\s*;\s*[A-Za-z]+="[^"\\\r\n]*")+)\s*$/i.exec(value)
  if (!match) return null
  let name: string | null = null
  let filename: string | null = null
  for (const param of (match[1] as string).matchAll(/;\s*([A-Za-z]+)="([^"\\\r\n]*)"/g)) {
    const key = (param[1] as string).toLowerCase()
    if (key === 'name' && name === null) name = param[2] as string
    else if (key === 'filename' && filename === null) filename = param[2] as string
    else return null
  }
  return name === null ? null : { name, filename }
}

/** The parts of a multipart/form-data body in order, or null when it is not of the plain shape (see the top). */
export function readMultipart(body: Uint8Array, contentType: string): MultipartPart[] | null {
  const boundary = boundaryOf(contentType)
  if (boundary === null) return null
  const data = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  const opening = Buffer.from(`--${boundary}`)
  const delimiter = Buffer.from(`\r\n--${boundary}`)
  if (!data.subarray(0, opening.length).equals(opening)) return null
  const parts: MultipartPart[] = []
  let at = opening.length
  for (;;) {
    // After a boundary: "--" ends the body (the epilogue is ignored), CRLF starts a part.
    if (data[at] === 0x2d && data[at + 1] === 0x2d) return parts
    if (!data.subarray(at, at + 2).equals(CRLF)) return null
    const headersStart = at + 2
    const headersEnd = data.indexOf(HEADER_END, headersStart)
    if (headersEnd < 0 || headersEnd - headersStart > MAX_HEADER_BYTES) return null
    let disposition: Disposition | null = null
    let type = ''
    for (const line of data.subarray(headersStart, headersEnd).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':')
      if (colon <= 0) return null
      const key = line.slice(0, colon).trim().toLowerCase()
      const value = utf8.decode(Buffer.from(line.slice(colon + 1).trim(), 'latin1'))
      if (key === 'content-disposition') {
        if (disposition !== null) return null
        disposition = dispositionOf(value)
        if (disposition === null) return null
      } else if (key === 'content-type') type = value
      else if (key !== 'content-transfer-encoding' || value.toLowerCase() !== 'binary') return null
    }
    if (disposition === null) return null
    const contentStart = headersEnd + HEADER_END.length
    const contentEnd = data.indexOf(delimiter, contentStart)
    if (contentEnd < 0) return null
    const content = data.subarray(contentStart, contentEnd)
    if (disposition.filename === null) {
      if (type && !/^text\/plain(;\s*charset="?utf-8"?)?$/i.test(type)) return null
      parts.push({ name: disposition.name, value: utf8.decode(content) })
    } else parts.push({ name: disposition.name, filename: disposition.filename, type, bytes: content })
    at = contentEnd + delimiter.length
  }
}
