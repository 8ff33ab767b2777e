/**
 * 随手拍 and 点赞 through the real server (`npm start`'s program, real HTTP): the form page with the
 * one-time challenge the server fills in on every GET (also through the nginx front, which proxies
 * the form pages to Node), a solved challenge used once, 异议反馈 on its own page, cross-site posts
 * refused; the form as a browser without JavaScript submits it, the confirmation's tracking code, the status page, an
 * editor's conversion into a draft exposure, the reporter's phone nowhere public (API, GraphQL,
 * pages, feeds — also after the exposure is published and the site rebuilt), the per-IP limit, and
 * endorsements (two steps without JavaScript: the server's signed browser id, then the vote) once
 * per browser per day, exact under 50 concurrent browsers on 50 networks.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parse } from 'node-html-parser'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { type LiveServer, startLiveServer } from '../helpers/liveServer.ts'
import { ensureNginx, type NginxFront, startNginxFront } from '../helpers/nginx.ts'
import { challengeIn, codeIn, loopbackAddress, photo, rawRequest, solveQuestion } from '../helpers/residents.ts'

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let live: LiveServer
const tokens = { admin: '', editor: '' }
const PASSWORD = 'residents-test-password-1'
const PHONE = '13987654321'
const NAME = '测试居民甲'

// biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON answers
async function api(method: string, url: string, token?: string, body?: unknown): Promise<{ status: number; json: any; text: string }> {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `JWT ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${live.base}/api${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = null
  }
  return { status: response.status, json, text }
}

async function login(email: string, password: string): Promise<string> {
  const { status, json } = await api('POST', '/users/login', undefined, { email, password })
  expect(status).toBe(200)
  return json.token as string
}

/** The report page as served (with its own challenge), and the form a browser would submit from it. */
async function reportForm(base = live.base) {
  const response = await fetch(`${base}/report/`)
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const form = parse(await response.text()).querySelector('form.resident-form')
  const question = form?.querySelector('label[for=challengeAnswer]')?.text ?? ''
  return {
    action: form?.getAttribute('action') ?? '',
    enctype: form?.getAttribute('enctype'),
    token: form?.querySelector('input[name=challengeToken]')?.getAttribute('value') ?? '',
    answer: solveQuestion(question),
    category: form?.querySelectorAll('select[name=category] option')[2]?.getAttribute('value') ?? '',
  }
}

let seq = 0
/** A filled-in form as a browser encodes it (every field of the page, the honeypot left empty). */
async function filledForm(
  extra: Record<string, string> = {},
  photos: Buffer[] = [],
  base = live.base,
): Promise<{ action: string; body: FormData }> {
  const page = await reportForm(base)
  const body = new FormData()
  const fields: Record<string, string> = {
    category: page.category,
    description: `幸福路菜市场门口的人行道被三轮车和摊位占满，行人只能走机动车道，很危险（第${++seq}次观察）。`,
    place: `景明区幸福路菜市场北门 ${seq} 号摊位旁`,
    contactName: '',
    contactPhone: '',
    website: '',
    challengeAnswer: page.answer,
    challengeToken: page.token,
    ...extra,
  }
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  for (const [index, data] of photos.entries())
    body.append('photos', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), `IMG_${index}.jpg`)
  return { action: page.action, body }
}

/** Form POST as a browser without JavaScript sends it (HTML accepted, the site's Origin). */
const post = (action: string, body: FormData, headers: Record<string, string> = {}) =>
  fetch(`${live.base}${action}`, {
    method: 'POST',
    body,
    headers: { origin: live.base, accept: 'text/html,application/xhtml+xml', ...headers },
    redirect: 'manual',
  })

let code = ''
let reportId: number
let exposureId: number
let exposureSlug = ''

beforeAll(async () => {
  live = await startLiveServer('residents')
  tokens.admin = await login(live.admin.email, live.admin.password)
  const email = 'editor-residents@example.com'
  const created = await api('POST', '/users', tokens.admin, { email, password: PASSWORD, name: '编辑', role: 'editor' })
  expect(created.status).toBe(201)
  tokens.editor = await login(email, PASSWORD)
}, 900_000)

afterAll(async () => {
  await live?.stop()
})

describe('随手拍 by plain form POST', () => {
  it('should accept the static form with a photo and answer with a confirmation page carrying a tracking code', async () => {
    const page = await reportForm()
    expect(page.action).toBe('/api/resident-reports/submit')
    expect(page.enctype).toBe('multipart/form-data')
    const { action, body } = await filledForm({ contactName: NAME, contactPhone: PHONE }, [await photo(7)])
    const response = await post(action, body)
    const html = await response.text()
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-security-policy')).toBeTruthy()
    code = codeIn(html) ?? ''
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
    expect(parse(html).querySelector('h1')?.text).toBe('随手拍已收到，谢谢您！')
    expect(html).not.toContain(PHONE)
    expect(html).not.toContain(NAME)
  })

  it('should show 已收到 on the status page for that code (the static GET form and the link on the confirmation)', async () => {
    const statusPage = parse(await (await fetch(`${live.base}/report/status/`)).text()).querySelector('form')
    expect(statusPage?.getAttribute('method')).toBe('get')
    const url = `${live.base}${statusPage?.getAttribute('action')}?code=${code.toLowerCase()}`
    const response = await fetch(url)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).toContain('处理状态：已收到，等待处理')
    expect(html).not.toContain(PHONE)
    const json = await (await fetch(url, { headers: { accept: 'application/json' } })).json()
    expect(json).toMatchObject({ ok: true, status: 'received', exposureUrl: null })
    expect(JSON.stringify(json)).not.toContain(PHONE)
    expect((await fetch(`${live.base}/api/resident-reports/status?code=ZZZZZ-ZZZZZ`)).status).toBe(404)
  })

  it('should let an editor convert it into a draft exposure holding the photo, without the contact', async () => {
    // The photo is re-encoded by the server's photo worker process after the answer (PHOTO_WORKERS).
    const deadline = Date.now() + 60_000
    let list = await api('GET', '/resident-reports?limit=5&depth=0&sort=-createdAt', tokens.editor)
    while (list.json.docs[0]?.photoStatus !== 'done' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      list = await api('GET', '/resident-reports?limit=5&depth=0&sort=-createdAt', tokens.editor)
    }
    expect(list.status).toBe(200)
    const report = list.json.docs[0]
    expect(report.contact).toEqual({ name: NAME, phone: PHONE })
    reportId = report.id
    const units = await api('GET', '/units?limit=100&depth=0')
    const unit = (units.json.docs as { id: number; kind: string }[]).find((item) => item.kind === 'street')?.id
    expect((await api('POST', `/resident-reports/${reportId}/convert`, undefined, { unit })).status).toBe(401)
    const converted = await api('POST', `/resident-reports/${reportId}/convert`, tokens.editor, { unit })
    expect(converted.status).toBe(200)
    expect(converted.json.status).toBe('converted')
    exposureId = converted.json.exposure
    const exposure = await api('GET', `/exposures/${exposureId}?draft=true&depth=1`, tokens.editor)
    expect(exposure.status).toBe(200)
    expect(exposure.json._status).toBe('draft')
    expect(exposure.json.place).toBe(report.place)
    expect(exposure.json.description).toBe(report.description)
    expect(exposure.json.beforePhotos).toHaveLength(1)
    const media = exposure.json.beforePhotos[0]
    expect(media.mimeType).toBe('image/jpeg')
    expect(media.publicUse).toBe(false)
    expect(JSON.stringify(exposure.json)).not.toContain(PHONE)
    exposureSlug = exposure.json.slug
    const file = await fetch(`${live.base}/api/media/file/${media.filename}`, { headers: { authorization: `JWT ${tokens.editor}` } })
    expect(file.status).toBe(200)
    expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(100)
    // The draft and its photo are not public.
    expect([403, 404]).toContain((await api('GET', `/exposures/${exposureId}?draft=true`)).status)
    expect([403, 404]).toContain((await fetch(`${live.base}/api/media/file/${media.filename}`)).status)
    const status = await (
      await fetch(`${live.base}/api/resident-reports/status?code=${code}`, { headers: { accept: 'application/json' } })
    ).json()
    expect(status.status).toBe('converted')
  })
})

describe('one-time challenges through the real server', () => {
  const base = () => live.base.replace('localhost', '127.0.0.1')
  /** A form POST from its own network (loopback address), with the site's Origin unless told otherwise. */
  const postFrom = (n: number, url: string, body: FormData, headers: Record<string, string> = { origin: live.base }) =>
    rawRequest(url, { method: 'POST', body, localAddress: loopbackAddress(n, 91), headers })
  let nginx: NginxFront

  beforeAll(async () => {
    ensureNginx()
    nginx = await startNginxFront({
      dir: path.join(live.dir, 'nginx'),
      siteRoot: path.join(live.dir, 'site'),
      upstreams: [`127.0.0.1:${new URL(live.base).port}`],
    })
  }, 60_000)
  afterAll(async () => {
    await nginx?.stop()
  })

  it('should give every GET of the form page its own challenge, none in the built file, and answer HEAD', async () => {
    const [one, two] = await Promise.all([reportForm(), reportForm()])
    expect(one.token).not.toBe(two.token)
    expect(one.token.split('.')).toHaveLength(4)
    const built = fs.readFileSync(path.join(live.dir, 'site', 'report', 'index.html'), 'utf8')
    expect(built).toContain('data-challenge="resident-report"')
    expect(built).not.toContain('challengeToken')
    const head = await fetch(`${live.base}/report/`, { method: 'HEAD' })
    expect([head.status, head.headers.get('cache-control'), head.headers.get('content-security-policy') !== null]).toEqual([
      200,
      'no-store',
      true,
    ])
  })

  it('should accept a served challenge once and refuse the same page sent again, then take a fresh page', async () => {
    const { action, body } = await filledForm()
    const url = `${base()}${action}`
    const replayBody = new FormData()
    for (const [name, value] of body.entries()) replayBody.append(name, value)
    expect((await postFrom(0, url, body)).status).toBe(201)
    const replay = await postFrom(1, url, replayBody)
    expect(replay.status, live.output().slice(-3000)).toBe(400)
    expect(parse(replay.text).querySelector('h1')?.text).toBe('验证题已使用')
    expect(replay.text).toContain('href="/report/"')
    const fresh = await filledForm()
    expect((await postFrom(1, url, fresh.body)).status).toBe(201)
  })

  it('should refuse a cross-site POST of a solved form with 403 and accept it from the site', async () => {
    const { action, body } = await filledForm()
    const url = `${base()}${action}`
    const copy = new FormData()
    for (const [name, value] of body.entries()) copy.append(name, value)
    const refused = await postFrom(2, url, body, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('请求来自其他网站')
    expect((await postFrom(2, url, copy)).status).toBe(201)
  })

  it('should serve the form page through the nginx front with a fresh challenge from Node, and take the form once', async () => {
    const [one, two] = await Promise.all([reportForm(nginx.base), reportForm(nginx.base)])
    expect(one.token).not.toBe(two.token)
    const { action, body } = await filledForm({}, [], nginx.base)
    const copy = new FormData()
    for (const [name, value] of body.entries()) copy.append(name, value)
    // The browser's Origin is the site's public address (SITE_URL), which nginx fronts in production.
    const headers = { origin: live.base }
    expect((await rawRequest(`${nginx.base}${action}`, { method: 'POST', body, headers })).status).toBe(201)
    const replay = await rawRequest(`${nginx.base}${action}`, { method: 'POST', body: copy, headers })
    expect([replay.status, parse(replay.text).querySelector('h1')?.text]).toEqual([400, '验证题已使用'])
    // Every other page still comes from the files, as built.
    const status = await fetch(`${nginx.base}/report/status/`)
    expect(status.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
  })

  it('should take an objection from the nominee’s own form page once', async () => {
    const response = await fetch(`${live.base}/good-people/q3-yang-guifang/objection/`)
    expect([response.status, response.headers.get('cache-control')]).toEqual([200, 'no-store'])
    const html = await response.text()
    const action = parse(html).querySelector('form.resident-form')?.getAttribute('action') ?? ''
    expect(action).toMatch(/^\/api\/good-people\/\d+\/objection$/)
    const { token, answer } = challengeIn(html)
    const form = () => {
      const body = new FormData()
      for (const [name, value] of Object.entries({
        message: '该人选的事迹与我了解的情况不符，请核实。',
        website: '',
        challengeToken: token,
        challengeAnswer: answer,
      }))
        body.append(name, value)
      return body
    }
    expect((await postFrom(3, `${base()}${action}`, form())).status).toBe(201)
    const replay = await postFrom(3, `${base()}${action}`, form())
    expect([replay.status, parse(replay.text).querySelector('h1')?.text]).toEqual([400, '验证题已使用'])
    expect(replay.text).toContain('/good-people/q3-yang-guifang/objection/')
  })
})

describe('the reporter’s phone is never public', () => {
  const anonymousUrls = () => [
    '/resident-reports',
    `/resident-reports/${reportId}`,
    '/resident-reports?depth=2&limit=100',
    '/exposures?limit=100&depth=2',
    '/exposures?limit=100&depth=2&draft=true',
    `/exposures/${exposureId}?draft=true&depth=2`,
    '/media?limit=100&depth=2',
    '/objections',
    '/endorsements',
  ]
  const GRAPHQL = [
    '{ ResidentReports(limit: 100) { docs { id description contact { name phone } } } }',
    '{ Exposures(limit: 100, draft: true) { docs { id title description reporter { name phone } } } }',
    '{ allMedia(limit: 100) { docs { id alt filename } } }',
  ]
  const graphql = async (query: string, token?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', origin: live.base }
    if (token) headers.authorization = `JWT ${token}`
    const response = await fetch(`${live.base}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) })
    return { status: response.status, text: await response.text() }
  }

  it('should be readable by staff only (the queries do reach it)', async () => {
    expect((await api('GET', `/resident-reports/${reportId}`, tokens.editor)).text).toContain(PHONE)
    expect((await graphql(GRAPHQL[0] as string, tokens.editor)).text).toContain(PHONE)
  })

  it('should appear in no anonymous REST or GraphQL answer', async () => {
    for (const url of anonymousUrls()) {
      const { status, text } = await api('GET', url)
      expect(status, url).toBeLessThan(500)
      expect(text, url).not.toContain(PHONE)
      expect(text, url).not.toContain(NAME)
    }
    for (const query of GRAPHQL) {
      const { status, text } = await graphql(query)
      expect(status, query).toBeLessThan(500)
      expect(text, query).not.toContain(PHONE)
    }
  })

  it('should appear on no page or feed, also after the exposure made from the report is published and the site rebuilt', async () => {
    expect((await api('PATCH', `/exposures/${exposureId}?draft=true`, tokens.editor, { reviewState: 'submitted' })).status).toBe(200)
    const published = await api('PATCH', `/exposures/${exposureId}`, tokens.admin, { _status: 'published' })
    expect(published.status, published.text).toBe(200)
    const deadline = Date.now() + 300_000
    while ((await fetch(`${live.base}/exposures/${exposureSlug}/`)).status !== 200) {
      if (Date.now() > deadline) throw new Error(`the published exposure did not reach the site:\n${live.output().slice(-3000)}`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    const page = await (await fetch(`${live.base}/exposures/${exposureSlug}/`)).text()
    expect(page).toContain('幸福路菜市场')
    for (const url of ['/', '/exposures/', `/exposures/${exposureSlug}/`, '/rss.xml', '/exposures/rss.xml', '/feed.json', '/sitemap.xml']) {
      const response = await fetch(`${live.base}${url}`)
      expect(response.status, url).toBe(200)
      const text = await response.text()
      expect(text, url).not.toContain(PHONE)
      expect(text, url).not.toContain(NAME)
    }
    // Every file of every built site folder (the database, data and uploads folders aside).
    const files = builtFiles(live.dir)
    expect(files.some((file) => file.endsWith(path.join('exposures', exposureSlug, 'index.html')))).toBe(true)
    // (A file can go while this reads: the builder renames its spare snapshot into a new build and removes old builds.)
    for (const file of files) expect((readIfThere(file) ?? '').includes(PHONE), file).toBe(false)
    // Published now: the photo is public, the report and its contact still are not.
    expect(JSON.stringify((await api('GET', `/exposures/${exposureId}?depth=2`)).json)).not.toContain(PHONE)
    expect((await api('GET', `/resident-reports/${reportId}`)).status).toBeGreaterThanOrEqual(401)
  }, 400_000)
})

function readIfThere(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function builtFiles(dir: string): string[] {
  const entries = (() => {
    try {
      return fs.readdirSync(dir, { withFileTypes: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
  })()
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return ['data', 'media'].includes(entry.name) && dir === live.dir ? [] : builtFiles(full)
    return /\.(html|xml|json|txt|js)$/.test(entry.name) ? [full] : []
  })
}

describe('rate limit', () => {
  it('should answer the 6th report from one network within the hour with 429, Retry-After and a Chinese message', async () => {
    const ip = loopbackAddress(0, 90)
    const statuses: number[] = []
    let last = { status: 0, headers: {} as Record<string, unknown>, text: '' }
    for (let i = 0; i < 6; i++) {
      const { action, body } = await filledForm()
      last = await rawRequest(`${live.base.replace('localhost', '127.0.0.1')}${action}`, {
        method: 'POST',
        body,
        localAddress: ip,
        headers: { origin: live.base },
      })
      statuses.push(last.status)
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(60)
    expect(last.text).toContain('提交过于频繁')
    expect(last.text).toMatch(/请 \d+ 分钟后再试/)
    // Another network is not affected.
    const { action, body } = await filledForm()
    const other = await rawRequest(`${live.base.replace('localhost', '127.0.0.1')}${action}`, {
      method: 'POST',
      body,
      localAddress: loopbackAddress(1, 90),
    })
    expect(other.status).toBe(201)
  })
})

describe('点赞 during the public notice', () => {
  let nominee: { id: number; slug: string }
  const endorsements = async () => (await api('GET', `/good-people/${nominee.id}/endorsements`)).json.count as number
  const cookieOf = (headers: Record<string, string | string[] | undefined>) =>
    String([headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? ''
  const base = () => live.base.replace('localhost', '127.0.0.1')

  beforeAll(async () => {
    const { json } = await api('GET', '/good-people?where[slug][equals]=q3-yang-guifang&depth=0')
    nominee = json.docs[0]
    expect(nominee.id).toBeGreaterThan(0)
  })

  it('should show the 点赞 form on the nominee’s page and count a browser once per day', async () => {
    const page = parse(await (await fetch(`${live.base}/good-people/${nominee.slug}/`)).text())
    const action = page.querySelector('form[data-endorse-form]')?.getAttribute('action')
    expect(action).toBe(`/api/good-people/${nominee.id}/endorse`)
    const before = await endorsements()
    const ip = loopbackAddress(10, 90)
    // Without JavaScript the first click gets the signed browser id and a confirmation, not a count.
    const first = await rawRequest(`${base()}${action}`, { method: 'POST', localAddress: ip, headers: { origin: live.base } })
    expect(first.status).toBe(200)
    expect(first.text).toContain('请确认点赞')
    const cookie = cookieOf(first.headers)
    expect(cookie).toMatch(/^gp_browser=[\w-]+\.[0-9a-z]+\.[\w-]+$/)
    expect(String(first.headers['set-cookie'])).toContain('HttpOnly')
    expect(await endorsements()).toBe(before)
    const confirm = parse(first.text).querySelector('main form')?.getAttribute('action') ?? ''
    expect(confirm).toBe(`${action}?step=2`)
    const counted = await rawRequest(`${base()}${confirm}`, { method: 'POST', localAddress: ip, headers: { origin: live.base, cookie } })
    expect(counted.status).toBe(200)
    expect(counted.text).toContain('点赞成功')
    expect(await endorsements()).toBe(before + 1)
    const again = await rawRequest(`${base()}${action}`, { method: 'POST', localAddress: ip, headers: { origin: live.base, cookie } })
    expect(again.status).toBe(409)
    expect(again.text).toContain('今天已经点过赞了')
    const json = await rawRequest(`${base()}${action}`, {
      method: 'POST',
      localAddress: ip,
      headers: { origin: live.base, cookie, accept: 'application/json' },
    })
    expect(json.status).toBe(409)
    expect(JSON.parse(json.text)).toMatchObject({ ok: false, count: before + 1 })
    expect(await endorsements()).toBe(before + 1)
    // A forged cookie counts nothing: it is answered like no cookie at all.
    const forged = await rawRequest(`${base()}${action}`, {
      method: 'POST',
      localAddress: ip,
      headers: { cookie: `${cookie.slice(0, -2)}xx`, accept: 'application/json' },
    })
    expect(forged.status).toBe(200)
    expect(JSON.parse(forged.text)).toMatchObject({ ok: false, confirm: true })
    expect(await endorsements()).toBe(before + 1)
  })

  it('should count exactly 50 for 50 browsers on 50 networks clicking at once, and none twice when they click again', async () => {
    const before = await endorsements()
    const url = `${base()}/api/good-people/${nominee.id}/endorse`
    const click = (n: number, cookie?: string) =>
      rawRequest(url, {
        method: 'POST',
        localAddress: loopbackAddress(100 + n, 90),
        headers: { accept: 'application/json', ...(cookie ? { cookie } : {}) },
      })
    // The first clicks (no browser id yet) hand out 50 ids and count nothing.
    const first = await Promise.all(Array.from({ length: 50 }, (_, n) => click(n)))
    expect(first.map((response) => response.status)).toEqual(Array(50).fill(200))
    expect(first.every((response) => JSON.parse(response.text).confirm === true)).toBe(true)
    expect(await endorsements()).toBe(before)
    const cookies = first.map((response) => cookieOf(response.headers))
    expect(new Set(cookies).size).toBe(50)
    const second = await Promise.all(cookies.map((cookie, n) => click(n, cookie)))
    expect(second.map((response) => response.status)).toEqual(Array(50).fill(200))
    expect(await endorsements()).toBe(before + 50)
    const third = await Promise.all(cookies.map((cookie, n) => click(n, cookie)))
    expect(third.map((response) => response.status)).toEqual(Array(50).fill(409))
    expect(await endorsements()).toBe(before + 50)
  })
})

describe('in Chromium at 412 px, normal and elder mode', () => {
  const SHOTS = path.join('tests', '.tmp', 'screens')
  let browser: Browser

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** axe is evaluated through the DevTools protocol: the server's CSP (no inline script) stays in force for the page. */
  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(fs.readFileSync(axeSource, 'utf8'))
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> }
        }
      ).axe
      return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    })
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  }

  /** Screenshot and axe in the current mode, then switch with the page's own 适老模式 button and do both again. */
  async function bothModes(page: Page, name: string): Promise<void> {
    expect(await axeViolations(page), `${name} normal`).toEqual([])
    await page.screenshot({ path: path.join(SHOTS, `${name}-normal.png`), fullPage: true })
    await page.click('#mode-toggle')
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true)
    expect(await axeViolations(page), `${name} elder`).toEqual([])
    await page.screenshot({ path: path.join(SHOTS, `${name}-elder.png`), fullPage: true })
    await page.click('#mode-toggle')
  }

  it('should submit the report form without JavaScript-only steps, show the code, and look up its status', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1, locale: 'zh-CN' })
    const page = await context.newPage()
    const csp: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) csp.push(message.text())
    })
    await page.goto(`${live.base}/report/`)
    await bothModes(page, 'report-form')
    const question = (await page.textContent('label[for=challengeAnswer]')) ?? ''
    await page.selectOption('#category', 'dirty-corner')
    await page.fill('#description', '小区东门垃圾桶旁堆满装修垃圾，已经一个多星期没人清运，气味很大。')
    await page.fill('#place', '景明区和平街道幸福小区东门')
    const picture = path.join(SHOTS, 'upload.jpg')
    fs.writeFileSync(picture, await photo(31))
    await page.setInputFiles('#photos', picture)
    await page.fill('#challengeAnswer', solveQuestion(question))
    await Promise.all([page.waitForURL('**/api/resident-reports/submit'), page.click('button[type=submit]')])
    const shown = (await page.textContent('.code')) ?? ''
    expect(shown).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
    await bothModes(page, 'report-confirmation')

    await page.goto(`${live.base}/report/status/`)
    await bothModes(page, 'report-status-form')
    await page.fill('#code', shown.toLowerCase())
    await Promise.all([page.waitForURL('**/api/resident-reports/status?code=*'), page.click('button[type=submit]')])
    expect(await page.textContent('main')).toContain('已收到，等待处理')
    await bothModes(page, 'report-status-result')
    expect(csp).toEqual([])
    await context.close()
  })

  it('should keep what the resident typed when they go Back after a wrong answer, and take the right one then', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${live.base}/report/`)
    const description = '公园南门的路灯一连三个晚上都不亮，老人晚上散步看不清台阶，容易摔倒。'
    await page.selectOption('#category', 'dirty-corner')
    await page.fill('#description', description)
    await page.fill('#place', '景明区和平街道人民公园南门')
    const question = (await page.textContent('label[for=challengeAnswer]')) ?? ''
    await page.fill('#challengeAnswer', String(Number(solveQuestion(question)) + 1))
    await Promise.all([page.waitForURL('**/api/resident-reports/submit'), page.click('button[type=submit]')])
    expect(await page.textContent('h1')).toBe('答案不正确')
    expect(await page.textContent('main')).toContain('请点浏览器的“后退”回到表单')
    await page.goBack()
    expect(await page.inputValue('#description')).toBe(description)
    expect(await page.inputValue('#place')).toBe('景明区和平街道人民公园南门')
    const again = (await page.textContent('label[for=challengeAnswer]')) ?? ''
    await page.fill('#challengeAnswer', solveQuestion(again))
    await Promise.all([page.waitForURL('**/api/resident-reports/submit'), page.click('button[type=submit]')])
    expect(await page.textContent('h1')).toBe('随手拍已收到，谢谢您！')
    await context.close()
  })

  it('should show the nominee’s 点赞 button and count a click made with JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${live.base}/good-people/q3-yang-guifang/`)
    await page.waitForLoadState('networkidle')
    const before = Number(await page.textContent('[data-endorse-count]'))
    await page.locator('section.endorse').scrollIntoViewIfNeeded()
    await bothModes(page, 'nominee-endorse')
    const sent: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('/endorse')) sent.push(`${request.method()} ${request.headers()['x-endorse'] ?? ''}`)
    })
    await page.click('[data-endorse-form] button')
    await page.waitForFunction((n) => Number(document.querySelector('[data-endorse-count]')?.textContent) === n + 1, before)
    expect(await page.textContent('[data-endorse-message]')).toContain('点赞成功：已为杨桂芳点赞')
    expect(page.url()).toContain('/good-people/q3-yang-guifang/')
    // A new browser votes with ONE request (its id comes back with the answer), later ones post with the cookie alone.
    expect(sent).toEqual(['POST 1'])
    await page.screenshot({ path: path.join(SHOTS, 'nominee-endorsed-normal.png'), fullPage: false })
    await page.click('[data-endorse-form] button')
    await page.waitForFunction(() => document.querySelector('[data-endorse-message]')?.textContent?.includes('已经为杨桂芳点过赞'))
    expect(sent).toEqual(['POST 1', 'POST '])
    expect(Number(await page.textContent('[data-endorse-count]'))).toBe(before + 1)
    await context.close()
  })
})
