/**
 * The drill's HTTP client: one request through nginx from a chosen source address on the drill's bridge
 * (each address is one client network to the limits), with a time limit; never throws — a connection
 * error or time-out is status 0 with the reason.
 */
import http from 'node:http'

export type Answer = { status: number; text: string; headers: http.IncomingHttpHeaders; started: number; ms: number; error?: string }
export type Ask = { method?: string; headers?: Record<string, string>; body?: FormData | string; from?: string; timeoutMs?: number }

export async function ask(url: string, options: Ask = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers }
  let body: Buffer | undefined
  if (options.body instanceof FormData) {
    const encoded = new Request('http://encode/', { method: 'POST', body: options.body })
    headers['content-type'] = encoded.headers.get('content-type') ?? ''
    body = Buffer.from(await encoded.arrayBuffer())
  } else if (typeof options.body === 'string') {
    body = Buffer.from(options.body)
    headers['content-type'] ??= 'application/json'
  }
  if (body) headers['content-length'] = String(body.length)
  const started = Date.now()
  return new Promise((resolve) => {
    const done = (answer: Omit<Answer, 'started' | 'ms'>) => resolve({ ...answer, started, ms: Date.now() - started })
    const request = http.request(
      url,
      { method: options.method ?? 'GET', headers, localAddress: options.from, agent: false },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          done({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }),
        )
        response.on('error', (error) => done({ status: 0, headers: {}, text: '', error: error.message }))
      },
    )
    request.setTimeout(options.timeoutMs ?? 30_000, () => request.destroy(new Error('timed out')))
    request.on('error', (error) => done({ status: 0, headers: {}, text: '', error: error.message }))
    request.end(body)
  })
}

/** `name=value` of the first Set-Cookie. */
export const cookieOf = (answer: Answer): string => String([answer.headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? ''

/** Sign in through nginx: the admin's JWT. */
export async function signIn(base: string, account: { email: string; password: string }): Promise<string> {
  const answer = await ask(`${base}/api/users/login`, { method: 'POST', body: JSON.stringify(account) })
  const token = answer.status === 200 ? (JSON.parse(answer.text) as { token?: string }).token : undefined
  if (!token) throw new Error(`sign-in failed: ${answer.status} ${answer.text.slice(0, 200)}`)
  return token
}
