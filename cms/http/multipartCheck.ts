/**
 * A multipart body checked while it streams into Payload, without a copy: each chunk goes through
 * busboy — the parser Payload's own upload handling uses, so both agree on what is malformed — and
 * on, unchanged. The body is read once (by Payload or the endpoint) and never buffered here; file
 * contents are discarded by this reader as they pass. A body busboy cannot read, or a `_payload`
 * field that is not JSON (Payload would throw a SyntaxError), is noted as a problem the guard answers
 * with 400 instead of the 500 Payload gives it.
 */
import Busboy from 'busboy'
import type { Problem } from './rules/requestShape.ts'

export type CheckedBody = { body: ReadableStream<Uint8Array>; problem: () => Problem | null }

const MALFORMED: Problem = { field: 'body', message: '上传内容格式错误，无法解析 / the multipart body cannot be parsed' }

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

export function checkMultipart(body: ReadableStream<Uint8Array>, headers: Headers): CheckedBody {
  let problem: Problem | null = null
  let parser: Busboy.Busboy
  try {
    parser = Busboy({ headers: Object.fromEntries(headers) })
  } catch {
    problem = MALFORMED
    return { body, problem: () => problem }
  }
  parser.on('file', (_name, file) => file.resume())
  parser.on('field', (name, value) => {
    if (name === '_payload' && !isJson(value))
      problem ??= { field: '_payload', message: '字段 _payload 必须是 JSON / the _payload field must be JSON' }
  })
  parser.on('error', () => {
    problem ??= MALFORMED
  })
  const ended = new Promise<void>((resolve) => parser.once('close', resolve))
  const tap = new TransformStream<Uint8Array, Uint8Array>({
    async transform(chunk, controller) {
      // The chunk is parsed before it is passed on, so the verdict is in before Payload sees the same bytes.
      if (!problem) await new Promise<void>((resolve) => parser.write(chunk, () => resolve()))
      controller.enqueue(chunk)
    },
    async flush() {
      if (problem) return
      parser.end()
      await ended
    },
  })
  return { body: body.pipeThrough(tap), problem: () => problem }
}
