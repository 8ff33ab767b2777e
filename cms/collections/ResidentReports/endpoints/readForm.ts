/**
 * Read a multipart or urlencoded form body with a hard byte cap (checked while streaming, so a
 * body without Content-Length cannot exceed it either), then parse it: the plain multipart shape
 * browsers send with cms/domain/multipart.ts (native boundary search, files as views of the body:
 * session 12), anything else with the platform's parser as before.
 *
 * Session 13: a request answered before Next (publisher/fastReports.ts) hands over its Node stream
 * (NODE_BODY), read into one buffer — no web stream, one copy of the photo — and files are handed
 * out as Buffers (FormFile), not as File objects that checkPhotos copied again.
 */
import type { PayloadRequest } from 'payload'
import { readMultipart } from '../../../domain/multipart.ts'

export class BodyTooLarge extends Error {}
export class UnreadableForm extends Error {
  override name = 'UnreadableForm'
}

/** A file of the form: its name and type as the browser sent them, its bytes (a view of the body on the plain path). */
export type FormFile = { name: string; type: string; bytes: Buffer }
export type ParsedForm = { fields: Record<string, string>; files: FormFile[] }

/** Set by a route answered before Next on its light request (a getter: reading it counts as opening the body). */
export const NODE_BODY = Symbol.for('campaign.nodeBody')
type NodeBody = NodeJS.ReadableStream & { readableEnded?: boolean }

/** The body of a Node request stream as one buffer (the chunks copied once); BodyTooLarge past `maxBytes` (the rest is left unread). */
function readNodeCapped(stream: NodeBody, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    const done = (error: Error | null) => {
      stream.off('data', onData)
      stream.off('end', onEnd)
      stream.off('error', onError)
      stream.off('close', onClose)
      if (error) reject(error)
      else resolve(Buffer.concat(chunks, total))
    }
    const onData = (chunk: Buffer) => {
      if (total + chunk.length > maxBytes) {
        // Stop reading; the rest of the body is never buffered (the caller closes the connection after its answer).
        stream.pause()
        return done(new BodyTooLarge())
      }
      chunks.push(chunk)
      total += chunk.length
    }
    const onEnd = () => done(null)
    // The sender went away mid-body (ECONNRESET "aborted"): its form, not a failure of ours.
    const onError = () => done(new UnreadableForm('aborted'))
    const onClose = () => {
      if (!stream.readableEnded) done(new UnreadableForm('aborted'))
    }
    stream.on('data', onData)
    stream.on('end', onEnd)
    stream.on('error', onError)
    stream.on('close', onClose)
    stream.resume()
  })
}

async function readCapped(req: PayloadRequest, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > maxBytes) throw new BodyTooLarge()
  const node = (req as unknown as { [NODE_BODY]?: NodeBody })[NODE_BODY]
  if (node) return readNodeCapped(node, maxBytes)
  const reader = req.body?.getReader()
  if (!reader) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      // Stop reading; the rest of the body is never buffered (cancel() would race the sender's stream).
      reader.releaseLock()
      throw new BodyTooLarge()
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** Text fields (first value of each name, at most `maxFields`) and the files of the named file inputs. */
export async function readForm(
  req: PayloadRequest,
  options: { maxBytes: number; fileFields: string[]; maxFields?: number },
): Promise<ParsedForm> {
  const type = req.headers.get('content-type') ?? ''
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) throw new UnreadableForm('content type')
  const body = await readCapped(req, options.maxBytes)
  const entries = readMultipart(body, type)?.map((part): [string, string | FormFile] => [
    part.name,
    'value' in part ? part.value : { name: part.filename, type: part.type, bytes: asBuffer(part.bytes) },
  ])
  let data: Iterable<[string, string | File | FormFile]>
  if (entries) data = entries
  else
    try {
      // Anything but the plain multipart shape browsers send (cms/domain/multipart.ts), and urlencoded forms.
      data = (await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } }).formData()).entries()
    } catch {
      throw new UnreadableForm('malformed')
    }
  const fields: Record<string, string> = {}
  const files: FormFile[] = []
  let count = 0
  for (const [name, value] of data) {
    if (++count > (options.maxFields ?? 40)) throw new UnreadableForm('too many fields')
    if (typeof value === 'string') {
      if (!(name in fields)) fields[name] = value
    } else if (options.fileFields.includes(name)) {
      const file = value instanceof File ? { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) } : value
      if (file.bytes.length > 0) files.push(file)
    }
  }
  return { fields, files }
}
