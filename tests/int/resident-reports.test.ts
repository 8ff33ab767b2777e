/**
 * 市民随手拍 end to end through Payload's REST handler: the public multipart form, its checks and
 * limits, the one-time challenge (served fresh by the form-page filler, used once, a few tries, shared
 * by two Payload instances on one SQLite file as two API processes are), same-site only, the
 * tracking code and status page, privacy of contact data and photos, and the editors' decisions
 * (reject, merge, convert to a draft exposure) and the contact-erasure job.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OBJECTION_CHALLENGE } from '../../cms/collections/GoodPeople/endpoints/objection.ts'
import { REPORT_CHALLENGE } from '../../cms/collections/ResidentReports/endpoints/submit.ts'
import { CHALLENGE_LIFE_MS, CHALLENGE_MAX_TRIES, challengeKey } from '../../cms/domain/challenge.ts'
import { challengePlaceholder } from '../../cms/domain/formPages.ts'
import { REPORT_LIMIT, STATUS_LOOKUP_LIMIT } from '../../cms/domain/residentReportsLimits.ts'
import { eraseReportContacts } from '../../cms/jobs/eraseReportContacts.ts'
import type { User } from '../../cms/payload-types.ts'
import { serveSiteWithForms } from '../../publisher/formPages.ts'
import { siteHandler } from '../../publisher/siteHandler.ts'
import { simplePdf } from '../../seed/pdf.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { settlePhotos } from '../helpers/photoJobs.ts'
import { freePort } from '../helpers/ports.ts'
import { challengeIn, codeIn, photo, reportForm, send, solvedChallenge } from '../helpers/residents.ts'
import { tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
/** A second Payload instance on the same SQLite file: another API process. */
let second: Payload
let refs: Refs
let editor: User
let liaison: User
let editorToken = ''
let liaisonToken = ''
let seq = 0
const PHONE = '13912345678'

/** A valid form with text unique to this call (so it is never a duplicate) plus overrides. */
const fields = (overrides: Record<string, string> = {}) => ({
  category: 'illegal-parking',
  description: `人行道上长期停放多辆电动车，行人只能走机动车道，编号${++seq}。`,
  place: `示范市文明路${seq}号`,
  contactName: '张先生',
  contactPhone: PHONE,
  ...solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE),
  ...overrides,
})

const counts = async () => {
  await settlePhotos(ctx.payload)
  return countNow()
}
const countNow = async () => ({
  reports: (await ctx.payload.count({ collection: 'resident-reports', overrideAccess: true })).totalDocs,
  media: (await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
})

async function submit(ip: string, overrides: Record<string, string> = {}, photos: { data: Buffer; name: string; type?: string }[] = []) {
  return send(ctx, 'POST', '/resident-reports/submit', { body: reportForm(fields(overrides), photos), ip })
}

beforeAll(async () => {
  ctx = await startTempPayload('residents')
  second = await getPayload({ config: ctx.config, key: `${ctx.key}-second` })
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  liaison = await makeUser(ctx.payload, 'unitLiaison', refs.unit)
  editorToken = await tokenFor(ctx, editor.email)
  liaisonToken = await tokenFor(ctx, liaison.email)
}, 120_000)

afterAll(async () => {
  await second?.destroy()
  await ctx?.close()
})

describe('submitting a report', () => {
  let code = ''

  it('should accept a report with photos and answer with a tracking code', async () => {
    const response = await submit('198.51.100.1', {}, [
      { data: await photo(1), name: 'a.jpg' },
      { data: await photo(2), name: 'b.jpg' },
    ])
    const html = await response.text()
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(response.headers.get('cache-control')).toBe('no-store')
    code = codeIn(html) ?? ''
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc="\/js\/mode\.js")/) // only the site's elder-mode script, no inline script
    const { docs } = await ctx.payload.find({
      collection: 'resident-reports',
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
      depth: 1,
    })
    const answered = docs[0]
    expect(answered?.status).toBe('received')
    expect(answered?.contact?.phone).toBe(PHONE)
    // Answered before the photos are processed: 照片处理中, no media yet.
    expect(answered).toMatchObject({ photoStatus: 'pending', photos: [] })
    await settlePhotos(ctx.payload)
    const report = await ctx.payload.findByID({ collection: 'resident-reports', id: answered?.id as number, overrideAccess: true })
    expect(report.photoStatus).toBe('done')
    expect(report.photos).toHaveLength(2)
  })

  it('should show the status "received" for the code and nothing personal', async () => {
    const response = await send(ctx, 'GET', `/resident-reports/status?code=${code.toLowerCase()}`, { json: true })
    const body = (await response.json()) as Record<string, unknown>
    expect(response.status).toBe(200)
    expect(body.status).toBe('received')
    expect(body.statusLabel).toBe('已收到，等待处理')
    expect(Object.keys(body).sort()).toEqual(['exposureUrl', 'ok', 'reason', 'status', 'statusLabel', 'submittedOn', 'updatedOn'])
    const page = await (await send(ctx, 'GET', `/resident-reports/status?code=${code}`)).text()
    expect(page).toContain('已收到，等待处理')
    expect(page).not.toContain(PHONE)
    expect(page).not.toContain('张先生')
  })

  it('should store photos privately with their metadata removed', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'resident-reports',
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
      depth: 1,
    })
    const first = docs[0]?.photos?.[0]
    if (!first || typeof first !== 'object') throw new Error('photo not populated')
    expect(first.publicUse).toBe(false)
    const anonymous = await send(ctx, 'GET', `/media/${first.id}`)
    expect([403, 404]).toContain(anonymous.status)
    const stored = fs.readFileSync(path.join(ctx.settings.paths.mediaDir, String(first.filename)))
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('SecretCam'))).toBe(false)
  })

  it('should refuse an unknown or malformed code without revealing anything', async () => {
    expect((await send(ctx, 'GET', '/resident-reports/status?code=ABCDE-FGHJK', { json: true })).status).toBe(404)
    const bad = await send(ctx, 'GET', '/resident-reports/status?code=%3Cscript%3E', { json: true })
    expect(bad.status).toBe(400)
  })
})

describe('bad input', () => {
  it.each([
    ['description', { description: '太短' }, '问题描述：至少 10 个字'],
    ['place', { place: '' }, '地点：必填'],
    ['category', { category: 'nonsense' }, '问题类别：请从列表中选择一项'],
    ['contactPhone', { contactPhone: '12345' }, '联系电话：请填写 11 位手机号'],
    ['challengeAnswer', { challengeAnswer: '11' }, '验证题：答案不正确'],
    ['challengeToken', { challengeToken: '1.2.3' }, '验证题：页面已过期'],
  ])('should refuse a bad %s with a Chinese message naming it and save nothing', async (_field, overrides, message) => {
    const before = await counts()
    const response = await submit('198.51.100.2', overrides, [{ data: await photo(10 + seq), name: 'x.jpg' }])
    expect(response.status).toBe(400)
    expect(await response.text()).toContain(message)
    expect(await counts()).toEqual(before)
  })

  it('should refuse a PDF or a fake image as a photo and save nothing', async () => {
    const before = await counts()
    const pdf = await submit('198.51.100.2', {}, [{ data: Buffer.from(await simplePdf('x')), name: 'photo.jpg' }])
    expect(pdf.status).toBe(400)
    expect(await pdf.text()).toContain('照片 1（photo.jpg）：只接受照片')
    const html = await submit('198.51.100.2', {}, [{ data: Buffer.from('<html><script>alert(1)</script></html>'), name: 'x.jpg' }])
    expect(html.status).toBe(400)
    expect(await html.text()).toContain('照片 1（x.jpg）：文件内容不是允许的类型')
    expect(await counts()).toEqual(before)
  })

  it('should refuse more than three photos', async () => {
    const photos = await Promise.all([1, 2, 3, 4].map(async (n) => ({ data: await photo(40 + n), name: `${n}.jpg` })))
    const response = await submit('198.51.100.2', {}, photos)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('照片：最多 3 张')
  })

  it('should silently refuse a filled honeypot and save nothing', async () => {
    const before = await counts()
    const response = await submit('198.51.100.3', { website: 'http://spam.example' })
    expect(response.status).toBe(400)
    expect(await counts()).toEqual(before)
  })

  it('should escape what the resident typed in every answer', async () => {
    const response = await submit('198.51.100.3', { description: '<script>alert(1)</script>', contactPhone: '<b>x</b>' })
    const html = await response.text()
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<b>x</b>')
  })

  it('should refuse a body over the size cap with 413', async () => {
    const big = Buffer.alloc(31 * 1024 * 1024, 1)
    const response = await submit('198.51.100.3', {}, [{ data: big, name: 'big.jpg' }])
    expect(response.status).toBe(413)
  })
})

/** A refused answer as JSON: the status and which challenge failure (expired, used, wrong, tries). */
async function refusal(response: Response): Promise<[number, string | undefined]> {
  return [response.status, ((await response.json()) as { challenge?: string }).challenge]
}
const submitJson = (ip: string, form: FormData, instance?: string) =>
  send(ctx, 'POST', '/resident-reports/submit', { body: form, ip, json: true, instance })

describe('one-time challenges: the attacker first', () => {
  it('should refuse a solved challenge sent again, and accept the next report with a fresh one', async () => {
    const solved = solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE)
    expect((await submitJson('198.51.100.60', reportForm(fields(solved)))).status).toBe(201)
    const before = await counts()
    const replay = await send(ctx, 'POST', '/resident-reports/submit', { body: reportForm(fields(solved)), ip: '198.51.100.61' })
    const html = await replay.text()
    expect(replay.status).toBe(400)
    expect(html).toContain('<h1>验证题已使用</h1>')
    expect(html).toContain('每道题只能使用一次')
    expect(html).toContain('href="/report/"')
    expect(await refusal(await submitJson('198.51.100.62', reportForm(fields(solved))))).toEqual([400, 'used'])
    expect(await counts()).toEqual(before)
    expect((await submitJson('198.51.100.61', reportForm(fields()))).status).toBe(201)
  })

  it('should accept a solved challenge once across two API processes, also when both get it at the same moment', async () => {
    const solved = solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE)
    expect((await submitJson('198.51.100.63', reportForm(fields(solved)), ctx.key)).status).toBe(201)
    expect(await refusal(await submitJson('198.51.100.64', reportForm(fields(solved)), `${ctx.key}-second`))).toEqual([400, 'used'])
    const raced = solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE)
    const before = await counts()
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, n) => submitJson(`198.51.101.${n}`, reportForm(fields(raced)), n % 2 ? `${ctx.key}-second` : ctx.key)),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400, 400, 400, 400, 400])
    expect((await counts()).reports).toBe(before.reports + 1)
  })

  it('should refuse a challenge issued for the objection form on the report form', async () => {
    const objection = solvedChallenge(ctx.payload.config.secret, OBJECTION_CHALLENGE)
    const response = await send(ctx, 'POST', '/resident-reports/submit', { body: reportForm(fields(objection)), ip: '198.51.100.65' })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('<h1>页面已过期</h1>')
    expect(await refusal(await submitJson('198.51.100.65', reportForm(fields(objection))))).toEqual([400, 'expired'])
  })

  it('should refuse an expired challenge, a forged one and none at all as an expired page', async () => {
    const expired = solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE, Date.now() - CHALLENGE_LIFE_MS - 1000)
    expect(await refusal(await submitJson('198.51.100.66', reportForm(fields(expired))))).toEqual([400, 'expired'])
    const forged = solvedChallenge('not-the-secret', REPORT_CHALLENGE)
    expect(await refusal(await submitJson('198.51.100.66', reportForm(fields(forged))))).toEqual([400, 'expired'])
    const form = reportForm(fields())
    form.delete('challengeToken')
    expect(await refusal(await submitJson('198.51.100.66', form))).toEqual([400, 'expired'])
  })

  it(`should refuse every try after ${CHALLENGE_MAX_TRIES} wrong answers, the right one too, also from a burst over two processes`, async () => {
    const solved = solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE)
    for (let i = 0; i < CHALLENGE_MAX_TRIES; i++) {
      const wrong = await send(ctx, 'POST', '/resident-reports/submit', {
        body: reportForm(fields({ ...solved, challengeAnswer: String(20 + i) })),
        ip: '198.51.100.67',
      })
      expect(wrong.status).toBe(400)
      expect(await wrong.text()).toContain('<h1>答案不正确</h1>')
    }
    expect(await refusal(await submitJson('198.51.100.67', reportForm(fields(solved))))).toEqual([400, 'tries'])
    // Ten guesses at once on a new token, split over both processes: only CHALLENGE_MAX_TRIES are judged.
    const guessed = solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE)
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        submitJson(
          `198.51.102.${n}`,
          reportForm(fields({ ...guessed, challengeAnswer: String(30 + n) })),
          n % 2 ? `${ctx.key}-second` : ctx.key,
        ),
      ),
    )
    const failures = await Promise.all(burst.map(async (answer) => (await refusal(answer))[1]))
    expect(failures.filter((failure) => failure === 'wrong')).toHaveLength(CHALLENGE_MAX_TRIES)
    expect(failures.filter((failure) => failure === 'tries')).toHaveLength(10 - CHALLENGE_MAX_TRIES)
    expect((await submitJson('198.51.100.67', reportForm(fields()))).status).toBe(201)
  })

  it('should not spend the token or a try on a right answer sent with a field to fix', async () => {
    const solved = solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE)
    for (let i = 0; i < CHALLENGE_MAX_TRIES + 1; i++) {
      const response = await submit('198.51.100.68', { ...solved, description: '短' })
      expect(response.status).toBe(400)
      expect(await response.text()).not.toContain('验证题')
    }
    expect((await submitJson('198.51.100.68', reportForm(fields(solved)))).status).toBe(201)
  })

  it('should refuse a cross-site POST with 403 and save nothing, and accept the same form from the site', async () => {
    const before = await counts()
    const crossSite: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }]
    for (const headers of crossSite) {
      const response = await send(ctx, 'POST', '/resident-reports/submit', { body: reportForm(fields()), ip: '198.51.100.69', headers })
      expect(response.status).toBe(403)
      expect(await response.text()).toContain('请求来自其他网站，已拒绝')
    }
    expect(await counts()).toEqual(before)
    const sameSite = await send(ctx, 'POST', '/resident-reports/submit', {
      body: reportForm(fields()),
      ip: '198.51.100.69',
      headers: { origin: ctx.settings.site.siteOrigin, 'sec-fetch-site': 'same-origin' },
    })
    expect(sameSite.status).toBe(201)
  })
})

describe('the form page as the server serves it', () => {
  let server: http.Server
  let base = ''
  const PAGE = `<!doctype html><html lang="zh-CN"><body><form action="/api/resident-reports/submit">${challengePlaceholder('resident-report')}</form></body></html>`

  beforeAll(async () => {
    const dir = path.join(ctx.dir, 'site')
    fs.mkdirSync(path.join(dir, 'report'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'report', 'index.html'), PAGE)
    fs.writeFileSync(path.join(dir, 'index.html'), PAGE)
    // The key the server derives from PAYLOAD_SECRET; the endpoints derive it from the configured secret.
    const key = challengeKey(ctx.payload.config.secret)
    server = http.createServer((req, res) => serveSiteWithForms(siteHandler(dir), req, res, key))
    const port = await freePort()
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
  })

  it('should give each GET its own challenge, never cached, and leave other pages as built', async () => {
    const [first, again] = await Promise.all([fetch(`${base}/report/`), fetch(`${base}/report`)])
    expect([first.status, again.status]).toEqual([200, 200])
    expect(first.headers.get('cache-control')).toBe('no-store')
    const [one, two] = [challengeIn(await first.text()), challengeIn(await again.text())]
    expect(one.token).not.toBe(two.token)
    expect(one.question).toMatch(/^验证题（必填）：[一二三四五六七八九十]+加[二三四五六七八九]等于几？/)
    const head = await fetch(`${base}/report/index.html`, { method: 'HEAD' })
    expect([head.status, head.headers.get('cache-control'), await head.text()]).toEqual([200, 'no-store', ''])
    // The home page is no form page: served as built, placeholder and all.
    expect(await (await fetch(`${base}/`)).text()).toBe(PAGE)
  })

  it('should take a served challenge solved as a resident solves it once, and refuse it the second time', async () => {
    const { token, answer } = challengeIn(await (await fetch(`${base}/report/`)).text())
    const solved = { challengeToken: token, challengeAnswer: answer }
    expect((await submitJson('198.51.100.70', reportForm(fields(solved)))).status).toBe(201)
    expect(await refusal(await submitJson('198.51.100.70', reportForm(fields(solved)), `${ctx.key}-second`))).toEqual([400, 'used'])
  })
})

describe('abuse limits', () => {
  it('should save every one of 12 reports with photos sent at the same moment from 12 networks', async () => {
    const before = await counts()
    const responses = await Promise.all(
      Array.from({ length: 12 }, async (_, n) =>
        submit(`198.51.100.${120 + n}`, {}, [{ data: await photo(200 + n), name: 'same-name.jpg' }]),
      ),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(12).fill(201))
    expect(await counts()).toEqual({ reports: before.reports + 12, media: before.media + 12 })
  })

  it('should refuse the same text twice within a day as a duplicate', async () => {
    const same = { description: '公交站台的广告牌破损，玻璃掉落在地上，很危险。', place: '示范市人民路公交站' }
    expect((await submit('198.51.100.4', same)).status).toBe(201)
    const again = await submit('198.51.100.5', { ...same, description: `${same.description}  ` })
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('相同的问题已经收到')
  })

  it('should refuse the same photo twice within a day as a duplicate', async () => {
    const picture = await photo(99)
    expect((await submit('198.51.100.4', {}, [{ data: picture, name: 'a.jpg' }])).status).toBe(201)
    expect((await submit('198.51.100.6', {}, [{ data: picture, name: 'b.jpg' }])).status).toBe(409)
  })

  it('should answer the 6th report from one IP within the hour with 429 and Retry-After', async () => {
    const ip = '192.0.2.66'
    for (let i = 0; i < 5; i++) expect((await submit(ip)).status).toBe(201)
    const refused = await submit(ip)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.text()).toContain('提交过于频繁')
    expect((await submit('192.0.2.67')).status).toBe(201)
  })

  it(`should count reports and status look-ups per network across two API processes`, async () => {
    const ip = '192.0.2.80'
    for (let i = 0; i < REPORT_LIMIT.max; i++)
      expect((await submitJson(ip, reportForm(fields()), i % 2 ? `${ctx.key}-second` : ctx.key)).status).toBe(201)
    const refused = await submitJson(ip, reportForm(fields()), `${ctx.key}-second`)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await submitJson('192.0.2.81', reportForm(fields()), `${ctx.key}-second`)).status).toBe(201)
    const look = (instance: string, at = '192.0.2.82') =>
      send(ctx, 'GET', '/resident-reports/status?code=ABCDE-FGHJK', { ip: at, json: true, instance })
    for (let i = 0; i < STATUS_LOOKUP_LIMIT.max; i++) expect((await look(i % 2 ? `${ctx.key}-second` : ctx.key)).status).toBe(404)
    const limited = await look(ctx.key)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await look(ctx.key, '192.0.2.83')).status).toBe(404)
  })

  it('should count an IPv6 /64 as one network', async () => {
    for (let i = 0; i < REPORT_LIMIT.max; i++) expect((await submitJson(`2001:db8:7:7::${i + 1}`, reportForm(fields()))).status).toBe(201)
    expect((await submitJson('2001:db8:7:7:ffff::1', reportForm(fields()))).status).toBe(429)
    expect((await submitJson('2001:db8:7:8::1', reportForm(fields()))).status).toBe(201)
  })

  it('should not count refused input against the resident', async () => {
    const ip = '192.0.2.70'
    for (let i = 0; i < 3; i++) expect((await submit(ip, { description: '短' })).status).toBe(400)
    for (let i = 0; i < 5; i++) expect((await submit(ip)).status).toBe(201)
  })
})

describe('privacy and access', () => {
  it('should give anonymous callers no report through REST or GraphQL-like listing', async () => {
    const list = await send(ctx, 'GET', '/resident-reports')
    expect(list.status).toBe(403)
    const text = await list.text()
    expect(text).not.toContain(PHONE)
  })

  it('should give a unit liaison no report', async () => {
    const list = await send(ctx, 'GET', '/resident-reports', { token: liaisonToken })
    expect(list.status).toBe(403)
  })

  it('should let staff read the contact', async () => {
    const list = await send(ctx, 'GET', '/resident-reports?limit=1&sort=-createdAt', { token: editorToken })
    const body = (await list.json()) as { docs: { contact?: { phone?: string }; trackingHash?: string }[] }
    expect(list.status).toBe(200)
    expect(body.docs[0]?.contact?.phone).toBe(PHONE)
    expect(body.docs[0]?.trackingHash).toBeUndefined()
  })

  it('should refuse anonymous creates through the plain REST collection route', async () => {
    const response = await send(ctx, 'POST', '/resident-reports', {
      body: JSON.stringify({ category: 'other', description: 'x'.repeat(20), place: '某地' }),
    })
    expect(response.status).toBe(403)
  })
})

/** The field messages of a refused save (a ValidationError), joined. */
async function fieldErrors(save: Promise<unknown>): Promise<string> {
  try {
    await save
  } catch (error) {
    return ((error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []).map((e) => e.message).join(' | ')
  }
  return 'saved'
}

describe('editors handling a report', () => {
  async function newReport(photos = 1): Promise<{ id: number; code: string }> {
    const pictures = await Promise.all(
      Array.from({ length: photos }, async (_, n) => ({ data: await photo(200 + seq * 3 + n), name: `${n}.jpg` })),
    )
    const response = await submit(`10.0.0.${seq}`, {}, pictures)
    const code = codeIn(await response.text()) ?? ''
    const { docs } = await ctx.payload.find({
      collection: 'resident-reports',
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
      depth: 0,
    })
    return { id: docs[0]?.id as number, code }
  }

  it('should convert a report into a draft exposure with its photos', async () => {
    const { id, code } = await newReport(2)
    expect((await send(ctx, 'POST', `/resident-reports/${id}/convert`, { body: JSON.stringify({ unit: refs.unit }) })).status).toBe(401)
    expect(
      (await send(ctx, 'POST', `/resident-reports/${id}/convert`, { body: JSON.stringify({ unit: refs.unit }), token: liaisonToken }))
        .status,
    ).toBe(403)
    const response = await send(ctx, 'POST', `/resident-reports/${id}/convert`, {
      body: JSON.stringify({ unit: refs.unit }),
      token: editorToken,
    })
    const body = (await response.json()) as { exposure: number; status: string }
    expect(response.status).toBe(200)
    expect(body.status).toBe('converted')
    const exposure = await ctx.payload.findByID({ collection: 'exposures', id: body.exposure, draft: true, depth: 0, overrideAccess: true })
    const report = await ctx.payload.findByID({ collection: 'resident-reports', id, depth: 0, overrideAccess: true })
    expect(exposure._status).toBe('draft')
    expect(exposure.unit).toBe(refs.unit)
    expect(exposure.beforePhotos).toEqual(report.photos)
    expect(exposure.place).toBe(report.place)
    expect(exposure.description).toBe(report.description)
    expect(exposure.reporter?.phone ?? null).toBeNull()
    expect(report.closedAt).toBeTruthy()
    const again = await send(ctx, 'POST', `/resident-reports/${id}/convert`, {
      body: JSON.stringify({ unit: refs.unit }),
      token: editorToken,
    })
    expect(again.status).toBe(400)
    const draftStatus = (await (await send(ctx, 'GET', `/resident-reports/status?code=${code}`, { json: true })).json()) as Record<
      string,
      unknown
    >
    expect(draftStatus.status).toBe('converted')
    expect(draftStatus.exposureUrl).toBeNull()
    await ctx.payload.update({
      collection: 'exposures',
      id: body.exposure,
      data: { _status: 'published' },
      overrideAccess: true,
      context: { skipRebuild: true },
    })
    const published = (await (await send(ctx, 'GET', `/resident-reports/status?code=${code}`, { json: true })).json()) as Record<
      string,
      unknown
    >
    expect(published.exposureUrl).toBe(`/exposures/${exposure.slug}/`)
  })

  it('should require a reason to reject and show it to the code holder', async () => {
    const { id, code } = await newReport()
    expect(
      await fieldErrors(
        ctx.payload.update({ collection: 'resident-reports', id, data: { status: 'rejected' }, user: editor, overrideAccess: false }),
      ),
    ).toContain('不予受理理由：必填')
    await ctx.payload.update({
      collection: 'resident-reports',
      id,
      data: { status: 'rejected', rejectReason: '经核实不属于创城范围。' },
      user: editor,
      overrideAccess: false,
    })
    const body = (await (await send(ctx, 'GET', `/resident-reports/status?code=${code}`, { json: true })).json()) as Record<string, unknown>
    expect(body.status).toBe('rejected')
    expect(body.reason).toBe('经核实不属于创城范围。')
  })

  it('should merge into another report but never into itself', async () => {
    const first = await newReport()
    const second = await newReport()
    expect(
      await fieldErrors(
        ctx.payload.update({
          collection: 'resident-reports',
          id: second.id,
          data: { status: 'merged', mergedInto: second.id },
          user: editor,
          overrideAccess: false,
        }),
      ),
    ).toContain('不能合并到自身')
    const merged = await ctx.payload.update({
      collection: 'resident-reports',
      id: second.id,
      data: { status: 'merged', mergedInto: first.id },
      user: editor,
      overrideAccess: false,
    })
    expect(merged.status).toBe('merged')
    const body = (await (await send(ctx, 'GET', `/resident-reports/status?code=${second.code}`, { json: true })).json()) as Record<
      string,
      unknown
    >
    expect(body.statusLabel).toBe('已与相同问题合并处理')
  })

  it('should erase the contact of reports closed longer than the retention period', async () => {
    const { id } = await newReport()
    await ctx.payload.update({
      collection: 'resident-reports',
      id,
      data: { status: 'rejected', rejectReason: '重复。' },
      user: editor,
      overrideAccess: false,
    })
    const erased = await eraseReportContacts(ctx.payload, new Date(Date.now() + 91 * 24 * 60 * 60 * 1000), 90)
    expect(erased).toBeGreaterThanOrEqual(1)
    const report = await ctx.payload.findByID({ collection: 'resident-reports', id, overrideAccess: true })
    expect(report.contact?.phone ?? null).toBeNull()
    expect(report.contact?.name ?? null).toBeNull()
    expect(report.contactErasedAt).toBeTruthy()
    expect(report.description).toContain('电动车')
  })
})
