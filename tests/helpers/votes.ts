/**
 * 点赞 as a browser on the site sends it (Origin and Sec-Fetch-Site of the site, a client address,
 * the `gp_browser` cookie), through Payload's REST handler of one instance; and the signed browser
 * id a page's script gets with GET /api/good-people/:id/endorse.
 */
import { handleEndpoints } from 'payload'
import { addChinaDays } from '../../cms/domain/dates.ts'
import { type Refs, validData } from './fixtures.ts'
import type { TempPayload } from './tempPayload.ts'
import { testSettings } from './testEnv.ts'

export type VoteOptions = {
  ip?: string
  cookie?: string
  json?: boolean
  /** Replaces the same-site headers a browser on the site sends (Origin, Sec-Fetch-Site). */
  headers?: Record<string, string>
  /** Another Payload instance on the same database (as a second API process is). */
  instanceKey?: string
  query?: string
}

/** The headers a browser on the site sends: SITE_URL's origin (the test run's settings: the same as every temp Payload's). */
export const sameSiteHeaders = (): Record<string, string> => ({ origin: testSettings().site.siteOrigin, 'sec-fetch-site': 'same-origin' })

export function voteRequest(ctx: TempPayload, method: 'GET' | 'POST', path: string, options: VoteOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { 'x-real-ip': options.ip ?? '203.0.113.1', ...(options.headers ?? sameSiteHeaders()) }
  if (method === 'GET') delete headers.origin
  if (options.cookie) headers.cookie = options.cookie
  if (options.json) headers.accept = 'application/json'
  const request = new Request(`http://localhost/api${path}${options.query ?? ''}`, { method, headers })
  return handleEndpoints({ config: ctx.config as never, request, payloadInstanceCacheKey: options.instanceKey ?? ctx.key })
}

/** The `name=value` part of a response's Set-Cookie ('' when none). */
export const cookieFrom = (response: Response): string => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''

/** A signed browser id, as the page's script gets it before it posts. */
export async function browserId(ctx: TempPayload, nominee: number, ip = '192.0.2.200'): Promise<string> {
  const response = await voteRequest(ctx, 'GET', `/good-people/${nominee}/endorse`, { ip, json: true })
  const cookie = cookieFrom(response)
  if (response.status !== 200 || !cookie) throw new Error(`no browser id: ${response.status} ${await response.text()}`)
  return cookie
}

/** `n` signed browser ids, taken from `n` different networks (ids are not tied to the network that took them). */
export const browserIds = (ctx: TempPayload, nominee: number, n: number, block = 7): Promise<string[]> =>
  Promise.all(Array.from({ length: n }, (_, i) => browserId(ctx, nominee, `10.${block}.${Math.floor(i / 250)}.${(i % 250) + 1}`)))

/** A published good person in a published round whose 公示 runs from `noticeFrom` to `noticeTo` (default: yesterday to tomorrow). */
export async function nomineeInRound(
  ctx: TempPayload,
  refs: Refs,
  title: string,
  notice: { noticeFrom?: string; noticeTo?: string } = {},
): Promise<number> {
  const round = await ctx.payload.create({
    collection: 'selection-rounds',
    data: {
      title,
      period: { start: '2026-01-01', end: '2026-12-31' },
      status: 'reviewing',
      noticeFrom: notice.noticeFrom ?? (addChinaDays(new Date(), -1) as string),
      noticeTo: notice.noticeTo ?? (addChinaDays(new Date(), 1) as string),
      _status: 'published',
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
  const person = await ctx.payload.create({
    collection: 'good-people',
    data: { ...validData['good-people'](refs), round: round.id, _status: 'published' },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
  return person.id
}
