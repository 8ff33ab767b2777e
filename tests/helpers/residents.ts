/** Residents' forms as a browser sends them: multipart bodies, a client address, an optional cookie. */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import { parse } from 'node-html-parser'
import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { challengeKey, makeChallenge } from '../../cms/domain/challenge.ts'
import type { ChallengePurpose } from '../../cms/domain/formPages.ts'
import type { TempPayload } from './tempPayload.ts'

export type SolvedChallenge = { challengeToken: string; challengeAnswer: string }

/**
 * A fresh challenge as the server would put on a form page, solved: each call has a new nonce (so
 * each is usable once). `pick(n) = n/2` gives 五十五加六, answer 61. `secret` is the configured
 * PAYLOAD_SECRET (payload.config.secret).
 */
export function solvedChallenge(secret: string, purpose: ChallengePurpose, now = Date.now()): SolvedChallenge {
  const pick = (n: number) => Math.floor(n / 2)
  const { token } = makeChallenge({ key: challengeKey(secret), purpose, now, pick, nonce: randomBytes(16).toString('base64url') })
  return { challengeToken: token, challengeAnswer: '61' }
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
  options: {
    body?: FormData | string
    ip?: string
    cookie?: string
    token?: string
    json?: boolean
    headers?: Record<string, string>
    /** Another Payload instance on the same database (its getPayload key), as a second API process. */
    instance?: string
  } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'x-real-ip': options.ip ?? '203.0.113.1', ...options.headers }
  if (options.cookie) headers.cookie = options.cookie
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.json) headers.accept = 'application/json'
  if (typeof options.body === 'string') headers['content-type'] = 'application/json'
  const request = new Request(`http://localhost/api${path}`, { method, headers, body: options.body })
  return handleEndpoints({ config: ctx.config as never, request, payloadInstanceCacheKey: options.instance ?? ctx.key })
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

/** 七 → 7, 十三 → 13, 四十 → 40, 二十六 → 26. */
function chineseValue(text: string): number {
  const digit = (char: string | undefined) => (char ? CHINESE_DIGITS.indexOf(char) : -1)
  if (!text.includes('十')) return digit(text)
  const [tens, ones] = text.split('十')
  return (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0)
}

/** Solve a form's question “二十三加七等于几？” as a resident would. */
export function solveQuestion(question: string): string {
  const match = /([零一二三四五六七八九十]+)加([零一二三四五六七八九十]+)等于几/.exec(question)
  if (!match) throw new Error(`not a challenge question: ${question}`)
  return String(chineseValue(match[1] as string) + chineseValue(match[2] as string))
}

/** The challenge on a served form page: its question, token, and the answer a resident gives. */
export function challengeIn(html: string): { question: string; token: string; answer: string } {
  const page = parse(html)
  const question = page.querySelector('label[for=challengeAnswer]')?.text ?? ''
  const token = page.querySelector('input[name=challengeToken]')?.getAttribute('value') ?? ''
  if (!question || !token) throw new Error('no challenge on this page')
  return { question, token, answer: solveQuestion(question) }
}
