/**
 * The publish chain inside the real one-origin server (`npm start`'s program): a publish through
 * the REST API runs Payload's hooks inside Next's bundle, which queue a request row in the database;
 * the builder started by publisher/server.ts takes it, builds pages and search index, and switches; the
 * server's static handler serves the new folder, search files included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '../../seed/lexical.ts'
import { type LiveServer, startLiveServer } from '../helpers/liveServer.ts'

let live: LiveServer
let token = ''

// biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON answers
async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = { authorization: `JWT ${token}` }
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${live.base}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null }
}

async function eventually(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const page = async (pathname: string) => {
  const response = await fetch(`${live.base}${pathname}`)
  return { status: response.status, text: await response.text() }
}

/** The search index's shard folders as served (/pagefind/shards.json lists all but the first). */
async function shardDirs(): Promise<string[]> {
  const shards = JSON.parse((await page('/pagefind/shards.json')).text) as { merge: string[] }
  return ['/pagefind/', ...shards.merge.map((shard) => `/pagefind/${shard}`)]
}

/** Every shard's pagefind-entry.json, as served. */
async function searchEntries(): Promise<unknown[]> {
  return Promise.all((await shardDirs()).map(async (dir) => JSON.parse((await page(`${dir}pagefind-entry.json`)).text)))
}

/** Every file each shard's pagefind-entry.json names, as the server answers it. */
async function searchFileStatuses(): Promise<Record<string, number>> {
  const files: string[] = []
  for (const dir of await shardDirs()) {
    const entry = JSON.parse((await page(`${dir}pagefind-entry.json`)).text) as {
      languages: Record<string, { hash: string; wasm?: string }>
    }
    files.push(
      ...Object.values(entry.languages).flatMap((language) => [
        `${dir}pagefind.${language.hash}.pf_meta`,
        ...(language.wasm ? [`${dir}wasm.${language.wasm}.pagefind`] : []),
      ]),
    )
  }
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, (await fetch(`${live.base}${file}`)).status] as const)))
}

beforeAll(async () => {
  live = await startLiveServer('publish-server')
  const login = await fetch(`${live.base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(live.admin),
  })
  token = ((await login.json()) as { token: string }).token
}, 600_000)

afterAll(() => live?.stop())

describe('publishing in the real server', () => {
  it('should put a bulletin published through the API on the site with a search index whose every file is served', async () => {
    await eventually(async () => (await api('GET', '/globals/site-status')).json?.state === 'idle', 120_000)
    const before = await searchEntries()
    const draft = await api('POST', '/bulletins?draft=true', {
      title: '服务器内发布的通报',
      slug: 'published-in-server',
      series: 'briefing',
      date: '2026-11-22',
      body: richText(['在服务器里发布的正文']),
      reviewState: 'submitted',
    })
    expect(draft.status).toBe(201)
    const published = await api('PATCH', `/bulletins/${draft.json.doc.id}`, { _status: 'published' })
    expect([published.status, published.json?.errors ?? null]).toEqual([200, null])
    await eventually(async () => (await page('/bulletins/published-in-server/')).text.includes('服务器内发布的通报'), 60_000)
    expect((await page('/rss.xml')).text).toContain('服务器内发布的通报')
    const after = await searchEntries()
    expect(after).not.toEqual(before)
    const statuses = await searchFileStatuses()
    expect(Object.keys(statuses).length).toBeGreaterThan(0)
    expect(Object.values(statuses).every((status) => status === 200)).toBe(true)
  })

  it('should accept the admin rebuild button and report the status', async () => {
    const response = await api('POST', '/globals/site-status/rebuild')
    expect(response.status).toBe(202)
    await eventually(async () => (await api('GET', '/globals/site-status')).json?.state === 'idle', 60_000)
    const status = await api('GET', '/globals/site-status')
    expect(status.json.lastPageCount).toBeGreaterThan(10)
    expect(status.json.retryAt ?? null).toBeNull()
  })
})
