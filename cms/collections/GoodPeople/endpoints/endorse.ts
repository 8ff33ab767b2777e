/**
 * 点赞 during the round's public notice (README "Residents take part", "Security"). Anyone may
 * call these, from the site's own pages only (a cross-site request is refused with 403):
 * - GET  /api/good-people/:id/endorse  → { ok, ready }: gives this browser a signed id (cookie
 *   `gp_browser`) if it has none; /js/endorse.js calls it right before it posts.
 * - POST /api/good-people/:id/endorse  → counts one endorsement from a browser that holds a signed
 *   id. Without one, the page's script (header `x-endorse: 1`, which no other site can make a browser
 *   send) gets its id and its vote counted in this one request; a form posted without JavaScript gets
 *   nothing counted: the answer sets the cookie and asks to confirm with a second POST (`?step=2`),
 *   which counts.
 * - GET  /api/good-people/:id/endorsements → { count, at, open }: public, cached 30 s.
 * One per nominee per browser per China day (unique key in the database); per client network (IPv6
 * by /64) and China day at most ENDORSE_IP_DAILY_CAP endorsements and twice that many new browser
 * ids (shared limits, exact under bursts, shared by every process); a surge is flagged with its numbers.
 */
import type { Endpoint, Payload } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import type { VoteOutcome } from '../../../domain/endorseBatch.ts'
import { type BrowserId, chinaDayClock, ENDORSE_COOKIE, endorseRules, fromSiteScript } from '../../../domain/endorsements.ts'
import { paths } from '../../../domain/publicPaths.ts'
import { sameSiteVerdict } from '../../../domain/sameSite.ts'
import { retryAfterSeconds as retryAfter } from '../../../domain/sharedLimits.ts'
import { BatchFailed } from '../../../groupCommit.ts'
import type { LimitRule } from '../../../limits/sharedLimits.ts'
import { type Block, type PageAnswer, renderPage } from '../../ResidentReports/endpoints/page.ts'
import { BROWSER_IDS_EXHAUSTED, browserOf, issueBrowser, newBrowser } from './browserId.ts'
import { takeBrowserSlot } from './endorseCommit.ts'
import { NOTICE_CLOSED, type Nominee, publishedNominee } from './notice.ts'
import { endorsementCount, recordVote } from './vote.ts'

/**
 * What these endpoints read of a request — a PayloadRequest is one; publisher/fastApi.ts passes a
 * lighter one (no Headers, URL or Request objects) for the same rules.
 */
export type VoteRequest = {
  payload: Payload
  headers: { get: (name: string) => string | null }
  routeParams?: Record<string, unknown>
  searchParams?: { get: (name: string) => string | null }
}

/** An answer before it becomes a Response (Payload's endpoints) or is written with res.end (the fast route). */
export type PlainAnswer = { status: number; headers: Record<string, string>; body: string }

const JSON_TYPE = 'application/json; charset=utf-8'
const HTML_TYPE = 'text/html; charset=utf-8'

/** The residents' answer (…/ResidentReports/endpoints/page.ts `answer`): JSON for a script, an HTML page for a form; never cached. */
function answer(req: VoteRequest, result: PageAnswer): PlainAnswer {
  const json = (req.headers.get('accept') ?? '').includes('application/json')
  return {
    status: result.status,
    headers: { 'cache-control': 'no-store', ...result.headers, 'content-type': json ? JSON_TYPE : HTML_TYPE },
    body: json ? JSON.stringify(result.json) : renderPage(result.title, result.blocks),
  }
}

const jsonAnswer = (status: number, body: unknown, headers: Record<string, string>): PlainAnswer => ({
  status,
  headers: { ...headers, 'content-type': JSON_TYPE },
  body: JSON.stringify(body),
})

export const toResponse = (plain: PlainAnswer): Response => new Response(plain.body, { status: plain.status, headers: plain.headers })

/** The per-network daily rules from ENDORSE_IP_DAILY_CAP (settings.limits), worked out once per cap. */
let ruleCache: { cap: number; rules: ReturnType<typeof endorseRules> } | null = null
function rules(req: VoteRequest) {
  const cap = settingsOf(req.payload).limits.endorseIpDailyCap
  if (ruleCache?.cap !== cap) ruleCache = { cap, rules: endorseRules(cap) }
  return ruleCache.rules
}

export { endorsementCount } from './vote.ts'

function reply(
  req: VoteRequest,
  nominee: Nominee,
  status: number,
  title: string,
  message: string,
  extra: Record<string, unknown>,
  headers?: Record<string, string>,
  before: Block[] = [],
): PlainAnswer {
  const back: Block = { kind: 'link', href: paths.goodPerson(nominee.slug), text: `返回${nominee.name}的页面` }
  return answer(req, {
    status,
    title,
    blocks: [{ kind: 'p', text: message }, ...before, back],
    json: { ok: status < 300, message, ...extra },
    headers,
  })
}

/** 403 for a request another site made this browser send (Origin / Sec-Fetch-Site), before anything is read or counted. */
function crossSite(req: VoteRequest): PlainAnswer | null {
  const verdict = sameSiteVerdict(req.headers, settingsOf(req.payload).site.siteOrigin)
  if (verdict.ok) return null
  return answer(req, {
    status: 403,
    title: '请在本站页面上点赞',
    blocks: [
      { kind: 'p', text: verdict.message },
      { kind: 'link', href: '/', text: '前往网站首页' },
    ],
    json: { ok: false, message: verdict.message },
  })
}

const notFound = (req: VoteRequest): PlainAnswer =>
  answer(req, {
    status: 404,
    title: '没有找到',
    blocks: [{ kind: 'p', text: '没有找到这位人选。' }],
    json: { ok: false, message: '没有找到这位人选。' },
  })

/** The nominee whose notice is open now, or the refusal to send instead. */
async function openNominee(req: VoteRequest, now: Date): Promise<Nominee | PlainAnswer> {
  const refused = crossSite(req)
  if (refused) return refused
  const nominee = await publishedNominee(req, now)
  if (!nominee) return notFound(req)
  if (nominee.notice !== 'open') return reply(req, nominee, 403, '不在公示期内', NOTICE_CLOSED, {})
  return nominee
}

const retryHeader = (seconds: number) => ({ 'retry-after': String(seconds) })

/** A browser without a signed id: it gets one, and its vote waits for a second, same-site POST. */
async function confirmFirst(req: VoteRequest, nominee: Nominee, now: Date): Promise<PlainAnswer> {
  const issued = await issueBrowser(req, rules(req).browsers, now, ENDORSE_COOKIE, takeBrowserSlot)
  if (!issued.ok) {
    const { retryAfterSeconds } = issued
    return reply(req, nominee, 429, '今天的点赞凭证已发完', BROWSER_IDS_EXHAUSTED, { retryAfterSeconds }, retryHeader(retryAfterSeconds))
  }
  const action = `/api/good-people/${encodeURIComponent(String(nominee.id))}/endorse?step=2`
  const message = `为防止他人冒用您的浏览器点赞，第一次点赞需要再确认一次：请点击下面的“确认为${nominee.name}点赞”。`
  // A confirming POST that again came without the cookie: the browser does not keep it.
  const noCookie: Block[] =
    req.searchParams?.get('step') === '2'
      ? [{ kind: 'p', text: '您的浏览器似乎没有保存本站的 Cookie：请允许本站使用 Cookie 后再确认。' }]
      : []
  const form: Block = { kind: 'form', action, button: `确认为${nominee.name}点赞` }
  const json = { ok: false, confirm: true, message: '请再点一次“点赞”确认（第一次点赞需要确认）。' }
  return reply(req, nominee, 200, '请确认点赞', message, json, { 'set-cookie': issued.setCookie }, [...noCookie, form])
}

/** A browser issued in this request: its id's rule (its slot is claimed with the vote) and its Set-Cookie header. */
type NewId = { rule: LimitRule; setCookie: string }

/**
 * Count the endorsement of a browser with a signed id: network cap first, then the unique key decides.
 * `newId`: the browser's id was issued in this request — no vote without its slot, and the cookie is
 * sent whenever the id was kept (counted, or the network's vote cap full).
 */
async function countVote(
  req: VoteRequest,
  nominee: Nominee,
  browser: BrowserId,
  rule: LimitRule,
  now: Date,
  newId?: NewId,
): Promise<PlainAnswer> {
  let outcome: VoteOutcome
  try {
    outcome = await recordVote(req, nominee.id, browser, rule, now, newId?.rule)
  } catch (error) {
    if (!(error instanceof BatchFailed)) throw error
    req.payload.logger.error({ err: error, msg: 'endorsements not saved' })
    return reply(
      req,
      nominee,
      503,
      '暂时无法点赞',
      '系统繁忙，这次点赞没有记录，请稍后再点一次。',
      { retryAfterSeconds: 2 },
      retryHeader(2),
    )
  }
  if (outcome.kind === 'no-id') {
    const retryAfterSeconds = retryAfter(newId?.rule ?? rule, chinaDayClock(now.getTime()))
    return reply(req, nominee, 429, '今天的点赞凭证已发完', BROWSER_IDS_EXHAUSTED, { retryAfterSeconds }, retryHeader(retryAfterSeconds))
  }
  // A new id kept: its cookie, and `issued` tells the page's script that this browser now holds one.
  const cookie = newId ? { 'set-cookie': newId.setCookie } : undefined
  const issued = newId ? { issued: true } : {}
  if (outcome.kind === 'full') {
    const retryAfterSeconds = retryAfter(rule, chinaDayClock(now.getTime()))
    const message = '同一网络今天的点赞次数已达上限，请明天再来。'
    const headers = { ...retryHeader(retryAfterSeconds), ...cookie }
    return reply(req, nominee, 429, '今天的点赞次数已达上限', message, { retryAfterSeconds, ...issued }, headers)
  }
  const at = now.toISOString()
  if (outcome.kind === 'duplicate') {
    const message = `您今天已经为${nominee.name}点过赞了，明天可以再来。`
    return reply(req, nominee, 409, '今天已经点过赞了', message, { count: outcome.count, at, ...issued }, cookie)
  }
  const message = `点赞成功：已为${nominee.name}点赞，目前共 ${outcome.count} 个赞（点赞数是公众意见的参考，不是评选结果）。`
  return reply(req, nominee, 200, '点赞成功，谢谢您！', message, { count: outcome.count, at, ...issued }, cookie)
}

const isNominee = (value: Nominee | PlainAnswer): value is Nominee => !('status' in value && 'body' in value)

/** POST /api/good-people/:id/endorse: counts the vote of a browser holding a signed id, or asks to confirm first. */
export async function endorseVote(req: VoteRequest, now: Date): Promise<PlainAnswer> {
  const nominee = await openNominee(req, now)
  if (!isNominee(nominee)) return nominee
  const browser = browserOf(req, now)
  if (browser) return countVote(req, nominee, browser, rules(req).votes, now)
  if (!fromSiteScript(req.headers)) return confirmFirst(req, nominee, now)
  // The page's script from a browser without an id: the id and the vote in this one request.
  const issued = newBrowser(req, now, ENDORSE_COOKIE)
  const { votes, browsers } = rules(req)
  return countVote(req, nominee, issued.browser, votes, now, { rule: browsers, setCookie: issued.setCookie })
}

const NO_STORE = { 'cache-control': 'no-store' }
const READY: PlainAnswer = { status: 200, headers: { ...NO_STORE, 'content-type': JSON_TYPE }, body: '{"ok":true,"ready":true}' }

/** GET /api/good-people/:id/endorse → { ok, ready }: a signed browser id for the page's script, never cached. */
export async function endorseReady(req: VoteRequest, now: Date): Promise<PlainAnswer> {
  const nominee = await openNominee(req, now)
  if (!isNominee(nominee)) return nominee
  if (browserOf(req, now)) return READY
  const issued = await issueBrowser(req, rules(req).browsers, now, ENDORSE_COOKIE, takeBrowserSlot)
  if (!issued.ok) {
    const { retryAfterSeconds } = issued
    return jsonAnswer(
      429,
      { ok: false, message: BROWSER_IDS_EXHAUSTED, retryAfterSeconds },
      { ...NO_STORE, ...retryHeader(retryAfterSeconds) },
    )
  }
  return { ...READY, headers: { ...READY.headers, 'set-cookie': issued.setCookie } }
}

export const endorseEndpoint: Endpoint = {
  path: '/:id/endorse',
  method: 'post',
  handler: async (req) => toResponse(await endorseVote(req, new Date())),
}

export const endorseReadyEndpoint: Endpoint = {
  path: '/:id/endorse',
  method: 'get',
  handler: async (req) => toResponse(await endorseReady(req, new Date())),
}

/** GET /api/good-people/:id/endorsements → { count, at, open }: public, cached 30 s; published nominees only. */
export const endorsementsEndpoint: Endpoint = {
  path: '/:id/endorsements',
  method: 'get',
  handler: async (req) => {
    const now = new Date()
    const nominee = await publishedNominee(req, now)
    if (!nominee)
      return Response.json({ ok: false, message: '没有找到这位人选。' }, { status: 404, headers: { 'cache-control': 'no-store' } })
    const body = { count: await endorsementCount(req, nominee.id), at: now.toISOString(), open: nominee.notice === 'open' }
    return Response.json(body, { headers: { 'cache-control': 'public, max-age=30' } })
  },
}
