/**
 * Read a multipart or urlencoded form body with a hard byte cap (checked while streaming, so a
 * body without Content-Length cannot exceed it either), then parse it: the plain multipart shape
 * browsers send with cms/domain/multipart.ts (native boundary search, no copies of the photos:
 * session 12), anything else with the platform's parser as before.
 */
import type { PayloadRequest } from 'payload'
import { readMultipart } from '../../../domain/multipart.ts'

export class BodyTooLarge extends Error {}
export class UnreadableForm extends Error {
  override name = 'UnreadableForm'
}

export type ParsedForm = { fields: Record<string, string>; files: File[] }

async function readCapped(req: PayloadRequest, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > maxBytes) throw new BodyTooLarge()
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

/** Text fields (first value of each name, at most `maxFields`) and the files of the named file inputs. */
export async function readForm(
  req: PayloadRequest,
  options: { maxBytes: number; fileFields: string[]; maxFields?: number },
): Promise<ParsedForm> {
  const type = req.headers.get('content-type') ?? ''
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) throw new UnreadableForm('content type')
  const body = await readCapped(req, options.maxBytes)
  const entries = readMultipart(body, type)?.map((part): [string, string | File] => [
    part.name,
    'value' in part ? part.value : new File([part.bytes as Uint8Array<ArrayBuffer>], part.filename, { type: part.type }),
  ])
  let data: Iterable<[string, string | File]>
  if (entries) data = entries
  else
    try {
      // Anything but the plain multipart shape browsers send (cms/domain/multipart.ts), and urlencoded forms.
      data = (await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } }).formData()).entries()
    } catch {
      throw new UnreadableForm('malformed')
    }
  const fields: Record<string, string> = {}
  const files: File[] = []
  let count = 0
  for (const [name, value] of data) {
    if (++count > (options.maxFields ?? 40)) throw new UnreadableForm('too many fields')
    if (typeof value === 'string') {
      if (!(name in fields)) fields[name] = value
    } else if (options.fileFields.includes(name) && value.size > 0) files.push(value)
  }
  return { fields, files }
}
