/** Residents' forms as a browser sends them: multipart bodies, a client address, an optional cookie. */
import http from 'node:http'
import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { makeChallenge } from '../../cms/domain/challenge.ts'
import type { TempPayload } from './tempPayload.ts'

/** A solved challenge: with random() = 0.5 the sum is 5 + 5. */
export function solvedChallenge(secret: string, purpose: string, now = new Date()): { challengeToken: string; challengeAnswer: string } {
  const { token } = makeChallenge({ secret, purpose, now, random: () => 0.5 })
  return { challengeToken: token, challengeAnswer: '10' }
}

/** A distinct JPEG per seed, with EXIF (camera and GPS-like data) the server must strip. */
export async function photo(seed: number): Promise<Buffer> {
  const colour = `#${((seed * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}`
  return sharp({ create: { width: 64 + seed, height: 48, channels: 3, background: colour } })
    .jpeg()
    .withExif({ IFD0: { Make: 'SecretCam', Copyright: 'Resident Zhang' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 48/1 0/1' } })
    .toBuffer()
}

export function reportForm(fields: Record<string, string>, photos: { data: Buffer; name: string; type?: string }[] = []): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  for (const file of photos) form.append('photos', new Blob([new Uint8Array(file.data)], { type: file.type ?? 'image/jpeg' }), file.name)
  return form
}

export async function send(
  ctx: TempPayload,
  method: string,
  path: string,
  options: { body?: FormData | string; ip?: string; cookie?: string; token?: string; json?: boolean } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'x-real-ip': options.ip ?? '203.0.113.1' }
  if (options.cookie) headers.cookie = options.cookie
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.json) headers.accept = 'application/json'
  if (typeof options.body === 'string') headers['content-type'] = 'application/json'
  const request = new Request(`http://localhost/api${path}`, { method, headers, body: options.body })
  return handleEndpoints({ config: ctx.config as never, request, payloadInstanceCacheKey: ctx.key })
}

/** The tracking code on a confirmation page. */
export const codeIn = (html: string): string | null => /class="code">([A-Z0-9]{5}-[A-Z0-9]{5})</.exec(html)?.[1] ?? null

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; text: string; ms: number }

/**
 * One HTTP request over node:http from a chosen loopback source address (127.x.y.z), so that a test
 * or the bench can be 50 residents on 50 networks against the real server, which sees the socket's
 * address. A body may be FormData (encoded as a browser would) or a string.
 */
export async function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: FormData | string; localAddress?: string; agent?: http.Agent } = {},
): Promise<RawResponse> {
  const headers: Record<string, string> = { ...options.headers }
  let body: Buffer | undefined
  if (options.body instanceof FormData) {
    const encoded = new Request('http://encode/', { method: 'POST', body: options.body })
    headers['content-type'] = encoded.headers.get('content-type') ?? ''
    body = Buffer.from(await encoded.arrayBuffer())
  } else if (typeof options.body === 'string') body = Buffer.from(options.body)
  if (body) headers['content-length'] = String(body.length)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method ?? 'GET', headers, localAddress: options.localAddress, agent: options.agent },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

/** The n-th loopback address of a block of 250 (127.0.<block>.<1…250>): one "network" per simulated resident. */
export const loopbackAddress = (n: number, block = 77): string => `127.0.${block + Math.floor(n / 250)}.${(n % 250) + 1}`

const CHINESE_DIGITS = '零一二三四五六七八九'

/** Solve the static form's question “七加二等于几？” as a resident would. */
export function solveQuestion(question: string): string {
  const match = /([零一二三四五六七八九])加([零一二三四五六七八九])/.exec(question)
  if (!match) throw new Error(`not a challenge question: ${question}`)
  return String(CHINESE_DIGITS.indexOf(match[1] as string) + CHINESE_DIGITS.indexOf(match[2] as string))
}
