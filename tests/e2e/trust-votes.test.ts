/**
 * 点赞 through the real server (`npm start`'s program, real HTTP, demo content): a page on another
 * site cannot make a visitor's browser vote (Origin / Sec-Fetch-Site → 403, nothing counted, no id
 * handed out), and a same-site vote without JavaScript counts in two steps (signed id, then vote);
 * the page's script path (GET for the id, then POST) counts in one.
 */
import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LiveServer, startLiveServer } from '../helpers/liveServer.ts'
import { loopbackAddress, rawRequest } from '../helpers/residents.ts'

let live: LiveServer
let nominee: { id: number; slug: string }
const base = () => live.base.replace('localhost', '127.0.0.1')
const action = () => `/api/good-people/${nominee.id}/endorse`
const cookieOf = (headers: Record<string, string | string[] | undefined>) =>
  String([headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? ''
const endorsements = async (): Promise<number> =>
  ((await (await fetch(`${live.base}/api/good-people/${nominee.id}/endorsements`)).json()) as { count: number }).count

/** A browser on the site: its Origin and Sec-Fetch-Site, one loopback address as its network. */
const sameSite = () => ({ origin: live.base, 'sec-fetch-site': 'same-origin' })

beforeAll(async () => {
  live = await startLiveServer('trust-votes')
  const response = await fetch(`${live.base}/api/good-people?where[slug][equals]=q3-yang-guifang&depth=0`)
  nominee = ((await response.json()) as { docs: { id: number; slug: string }[] }).docs[0] as { id: number; slug: string }
  expect(nominee.id).toBeGreaterThan(0)
}, 900_000)

afterAll(async () => {
  await live?.stop()
})

describe('点赞 from another site', () => {
  it('should refuse a cross-site POST with 403, count nothing and hand out no id; the same browser on the site is served', async () => {
    const ip = loopbackAddress(1, 120)
    const before = await endorsements()
    const evil = await rawRequest(`${base()}${action()}`, {
      method: 'POST',
      localAddress: ip,
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    })
    expect(evil.status).toBe(403)
    expect(evil.text).toContain('请求来自其他网站，已拒绝')
    expect(evil.headers['set-cookie']).toBeUndefined()
    // A browser that holds a valid id, lured by a page elsewhere (what sendBeacon or a hidden form sends).
    const ready = await rawRequest(`${base()}${action()}`, {
      localAddress: ip,
      headers: { 'sec-fetch-site': 'same-origin', accept: 'application/json' },
    })
    expect(JSON.parse(ready.text)).toEqual({ ok: true, ready: true })
    const cookie = cookieOf(ready.headers)
    const lured = await rawRequest(`${base()}${action()}`, {
      method: 'POST',
      localAddress: ip,
      headers: { cookie, 'sec-fetch-site': 'cross-site', accept: 'application/json' },
    })
    expect(lured.status).toBe(403)
    expect(await endorsements()).toBe(before)
    const own = await rawRequest(`${base()}${action()}`, {
      method: 'POST',
      localAddress: ip,
      headers: { ...sameSite(), cookie, accept: 'application/json' },
    })
    expect(own.status).toBe(200)
    // Answered by the server before Next (publisher/fastApi.ts), as every 点赞 and id request should be.
    for (const answer of [evil, ready, lured, own]) expect(answer.headers['server-timing']).toBe('route;desc="before-next"')
    expect(await endorsements()).toBe(before + 1)
  })
})

describe('点赞 from the site', () => {
  it('should count a vote without JavaScript in two steps: the signed id with 请确认点赞, then the confirming POST', async () => {
    const ip = loopbackAddress(2, 120)
    const page = parse(await (await fetch(`${live.base}/good-people/${nominee.slug}/`)).text())
    expect(page.querySelector('form[data-endorse-form]')?.getAttribute('action')).toBe(action())
    const before = await endorsements()
    const first = await rawRequest(`${base()}${action()}`, { method: 'POST', localAddress: ip, headers: sameSite() })
    expect(first.status).toBe(200)
    expect(parse(first.text).querySelector('h1')?.text).toBe('请确认点赞')
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Lax/)
    expect(await endorsements()).toBe(before)
    const confirm = parse(first.text).querySelector('main form')
    expect(confirm?.getAttribute('method')).toBe('post')
    const second = await rawRequest(`${base()}${confirm?.getAttribute('action')}`, {
      method: 'POST',
      localAddress: ip,
      headers: { ...sameSite(), cookie: cookieOf(first.headers) },
    })
    expect(second.status).toBe(200)
    expect(parse(second.text).querySelector('h1')?.text).toBe('点赞成功，谢谢您！')
    expect(await endorsements()).toBe(before + 1)
  })
})
