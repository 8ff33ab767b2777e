/**
 * The API cache in front of a stub "Next" handler on a real HTTP server (the real server is covered
 * by tests/e2e/roles.test.ts): what is stored, who gets it, what the fill sends, when it is dropped.
 */
import http from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ApiCache, CACHE_STATUS_HEADER } from '../../cms/http/apiCache.ts'
import { freePort } from '../helpers/ports.ts'

type Seen = { url: string; cookie?: string; authorization?: string }
let server: http.Server
let base: string
let cache: ApiCache
let clock = 0
let version = 1
let seen: Seen[] = []
let upstreamDelay = 0

/** The stub CMS: answers with the current version, 401 for a wrong token, 404 for /api/bulletins/missing. */
async function upstream(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  seen.push({ url: req.url ?? '', cookie: req.headers.cookie, authorization: req.headers.authorization })
  if (upstreamDelay) await new Promise((resolve) => setTimeout(resolve, upstreamDelay))
  if (req.method === 'PATCH') {
    const ok = req.headers.authorization === 'JWT good'
    if (ok) version += 1
    res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' })
    res.end('{}')
    return
  }
  if (req.url?.startsWith('/api/bulletins/missing')) {
    res.writeHead(404, { 'content-type': 'application/json' })
    res.end('{"errors":[{"message":"Not Found"}]}')
    return
  }
  const staff = Boolean(req.headers.authorization)
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-other': 'dropped' })
  res.end(JSON.stringify({ version, staff }))
}

beforeAll(async () => {
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  server = http.createServer((req, res) => {
    cache.trackWrite(req, res)
    if (!cache.handle(req, res, () => void upstream(req, res))) void upstream(req, res)
  })
  await new Promise<void>((resolve) => server.listen(port, resolve))
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

beforeEach(() => {
  clock = 0
  version = 1
  seen = []
  upstreamDelay = 0
  cache = new ApiCache({ origin: base, collections: ['bulletins'], globals: [], ttlMs: 10_000, now: () => clock })
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}${path}`, { headers })
  return {
    status: response.status,
    state: response.headers.get(CACHE_STATUS_HEADER),
    headers: response.headers,
    body: await response.json(),
  }
}

describe('API cache', () => {
  it('should answer a repeated anonymous list from the cache, with the stored type and Cache-Control only', async () => {
    const first = await get('/api/bulletins?limit=20')
    const second = await get('/api/bulletins?limit=20')
    expect([first.state, second.state]).toEqual(['miss', 'hit'])
    expect(second.body).toEqual({ version: 1, staff: false })
    expect(second.headers.get('cache-control')).toBe('no-store')
    expect(second.headers.get('content-type')).toBe('application/json')
    expect(second.headers.get('x-other')).toBeNull()
    expect(seen).toHaveLength(1)
  })

  it('should fill without the caller cookie or authorization', async () => {
    await get('/api/bulletins', { cookie: 'payload-lng=en' })
    expect(seen).toEqual([{ url: '/api/bulletins', cookie: undefined, authorization: undefined }])
  })

  it('should pass a request with a JWT or a session cookie straight through, every time', async () => {
    await get('/api/bulletins')
    const jwt = await get('/api/bulletins', { authorization: 'JWT good' })
    const cookie = await get('/api/bulletins', { cookie: 'payload-token=abc' })
    expect(jwt).toMatchObject({ state: null, body: { staff: true } })
    expect(cookie.state).toBeNull()
    expect(seen.map((request) => request.authorization ?? request.cookie ?? '-')).toEqual(['-', 'JWT good', 'payload-token=abc'])
  })

  it('should drop everything after a successful write, and keep it after a refused one', async () => {
    await get('/api/bulletins')
    await fetch(`${base}/api/bulletins/1`, { method: 'PATCH', headers: { authorization: 'JWT bad' } })
    expect((await get('/api/bulletins')).state).toBe('hit')
    await fetch(`${base}/api/bulletins/1`, { method: 'PATCH', headers: { authorization: 'JWT good' } })
    const after = await get('/api/bulletins')
    expect(after).toMatchObject({ state: 'miss', body: { version: 2 } })
  })

  it('should refill once the time to live has passed', async () => {
    await get('/api/bulletins')
    version = 2
    clock = 9_999
    expect((await get('/api/bulletins')).body.version).toBe(1)
    clock = 10_000
    expect(await get('/api/bulletins')).toMatchObject({ state: 'miss', body: { version: 2 } })
  })

  it('should not keep an answer whose fill overlapped a clear()', async () => {
    upstreamDelay = 100
    const pending = get('/api/bulletins')
    await new Promise((resolve) => setTimeout(resolve, 30))
    cache.clear()
    expect((await pending).state).toBe('miss')
    expect(cache.size).toBe(0)
  })

  it('should fill concurrent misses for one URL once', async () => {
    upstreamDelay = 50
    const answers = await Promise.all([get('/api/bulletins'), get('/api/bulletins'), get('/api/bulletins')])
    expect(answers.map((answer) => answer.body.version)).toEqual([1, 1, 1])
    expect(seen).toHaveLength(1)
  })

  it('should hand a non-200 answer to the normal handler and store nothing', async () => {
    const missing = await get('/api/bulletins/missing')
    expect(missing).toMatchObject({ status: 404, state: null })
    expect(cache.size).toBe(0)
  })

  it('should never cache drafts, private collections or other paths', async () => {
    await get('/api/bulletins/1?draft=true')
    await get('/api/bulletins/1?draft=true')
    await get('/api/users')
    await get('/api/users')
    expect(seen).toHaveLength(4)
    expect(cache.size).toBe(0)
  })
})
