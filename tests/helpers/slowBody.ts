/**
 * An attacker's upload over a raw socket: the request head, then a huge body sent slowly (one chunk
 * at a time, declared with Content-Length or chunked) until the server answers or closes. Returns
 * the answer and how many body bytes had gone out by then.
 */
import net from 'node:net'

export type SlowBodyResult = { head: string; sentBytes: number; answered: boolean }
export type SlowBodyOptions = {
  port: number
  path: string
  /** Declared length, or 'chunked'. */
  length: number | 'chunked'
  /** Extra header lines (without CRLF). */
  headers?: string[]
  chunkBytes?: number
  /** Pause between chunks. */
  everyMs?: number
  /** Stop sending after this many bytes even if the server has not answered. */
  stopAfterBytes?: number
  /** Send nothing after the head until the server answers (for Expect: 100-continue). */
  waitForAnswer?: boolean
}

export function sendSlowBody(options: SlowBodyOptions): Promise<SlowBodyResult> {
  const chunk = Buffer.alloc(options.chunkBytes ?? 64 * 1024, 0x61)
  const stopAfter = options.stopAfterBytes ?? 256 * 1024 * 1024
  return new Promise((resolve) => {
    const socket = net.connect(options.port, '127.0.0.1')
    let received = ''
    let sentBytes = 0
    let done = false
    let timer: NodeJS.Timeout | undefined
    const finish = () => {
      if (done) return
      done = true
      clearTimeout(timer)
      socket.destroy()
      resolve({ head: received.split('\r\n\r\n')[0] ?? '', sentBytes, answered: /^HTTP\/1\.1 [2-5]\d\d /m.test(received) })
    }
    const sendNext = () => {
      if (done || socket.destroyed) return
      if (/^HTTP\/1\.1 [2-5]\d\d /m.test(received) || sentBytes >= stopAfter) return finish()
      const framed =
        options.length === 'chunked' ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk
      socket.write(framed, () => {
        sentBytes += chunk.length
        timer = setTimeout(sendNext, options.everyMs ?? 5)
      })
    }
    socket.on('data', (data) => {
      received += data.toString('latin1')
      if (/^HTTP\/1\.1 [2-5]\d\d /m.test(received) && received.includes('\r\n\r\n')) setTimeout(finish, 50)
    })
    socket.on('error', () => setTimeout(finish, 50))
    socket.on('close', () => setTimeout(finish, 50))
    const length = options.length === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${options.length}`
    const head = [`POST ${options.path} HTTP/1.1`, 'Host: localhost', length, ...(options.headers ?? []), '', ''].join('\r\n')
    socket.write(head, () => {
      if (!options.waitForAnswer) sendNext()
    })
  })
}
