/**
 * The attacks from the security issue, each against the real server (`npm start`'s program, real
 * HTTP, real JWTs): every one must be refused and the server must answer the next request.
 * Then a bounded fuzz run (loopback only) over every collection endpoint.
 */
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simplePdf } from '../../seed/pdf.ts'
import { type LiveServer, startLiveServer } from '../helpers/liveServer.ts'

let live: LiveServer
const tokens: Record<'admin' | 'editor' | 'liaison', string> = { admin: '', editor: '', liaison: '' }
const PASSWORD = 'attack-test-password-1'

// biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON answers
async function api(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; json: any; headers: Headers }> {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `JWT ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${live.base}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: response.status, json, headers: response.headers }
}

async function login(email: string, password: string): Promise<string> {
  const { status, json } = await api('POST', '/users/login', undefined, { email, password })
  expect(status).toBe(200)
  return json.token as string
}

/** The server still serves its home page and its API. */
async function stillUp(): Promise<void> {
  expect((await fetch(`${live.base}/`)).status).toBe(200)
  expect((await api('GET', '/units?limit=1')).status).toBe(200)
}

function rawRequest(head: string, timeoutMs = 3000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(new URL(live.base).port), '127.0.0.1')
    let data = ''
    const timer = setTimeout(() => {
      socket.destroy()
      resolve(`TIMEOUT${data}`)
    }, timeoutMs)
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1')
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(data)
    })
    socket.on('error', () => undefined)
    socket.write(head)
    setTimeout(() => socket.end(), 1500)
  })
}

beforeAll(async () => {
  live = await startLiveServer('attacks')
  tokens.admin = await login(live.admin.email, live.admin.password)
  const units = await api('GET', '/units?limit=100&depth=0')
  const street = (units.json.docs as { id: number; kind: string }[]).find((unit) => unit.kind === 'street')
  for (const [role, key] of [
    ['editor', 'editor'],
    ['unitLiaison', 'liaison'],
  ] as const) {
    const email = `${key}-attack@example.com`
    const created = await api('POST', '/users', tokens.admin, { email, password: PASSWORD, name: key, role, unit: street?.id })
    expect(created.status).toBe(201)
    tokens[key] = await login(email, PASSWORD)
  }
}, 900_000)

afterAll(async () => {
  await live?.stop()
})

describe('1. stored script through an upload', () => {
  it('should store a PDF named notice.html as notice.pdf and never serve HTML from the media path', async () => {
    const pdf = simplePdf('Notice')
    const polyglot = Buffer.concat([pdf.subarray(0, pdf.length - 6), Buffer.from('<script>alert(1)</script>\n%%EOF\n')])
    const form = new FormData()
    form.append('file', new Blob([polyglot], { type: 'text/html' }), 'notice.html')
    form.append('_payload', JSON.stringify({ alt: '通知' }))
    const response = await fetch(`${live.base}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.editor}` },
      body: form,
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { filename: string; mimeType: string } }
    expect(doc.filename).toMatch(/^notice(-\d+)?\.pdf$/)
    expect(doc.mimeType).toBe('application/pdf')
    const served = await fetch(`${live.base}/api/media/file/${doc.filename}`, { headers: { authorization: `JWT ${tokens.admin}` } })
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toContain('sandbox')
    expect((await fetch(`${live.base}/media/notice.html`)).status).toBe(404)
    await stillUp()
  })
})

describe('2. uploads are not all public', () => {
  it('should list to anonymous visitors only files that published documents use', async () => {
    const anonymous = await api('GET', '/media?limit=100&depth=0')
    const admin = await api('GET', '/media?limit=100&depth=0', tokens.admin)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.totalDocs).toBeLessThan(admin.json.totalDocs)
    expect((anonymous.json.docs as { publicUse: boolean }[]).every((doc) => doc.publicUse)).toBe(true)
    await stillUp()
  })
})

describe('3. editors and liaisons cannot unpublish', () => {
  it.each(['editor', 'liaison'] as const)('should refuse a %s unpublishing an exposure of their unit', async (who) => {
    const me = await api('GET', '/users/me', tokens.liaison)
    const unit = me.json.user.unit?.id ?? me.json.user.unit
    const list = await api('GET', `/exposures?where[unit][equals]=${unit}&limit=1&depth=0`)
    const target = list.json.docs[0] as { id: number } | undefined
    expect(target).toBeDefined()
    const response = await api('PATCH', `/exposures/${target?.id}`, tokens[who], { _status: 'draft' })
    expect(response.status).toBe(403)
    expect((await api('GET', `/exposures/${target?.id}`)).status).toBe(200)
    await stillUp()
  })
})

describe('5. unbounded queries', () => {
  it('should cap an anonymous limit=0&depth=10 query', async () => {
    const response = await api('GET', '/exposures?limit=0&depth=10')
    expect(response.status).toBe(200)
    expect(response.json.docs.length).toBeLessThanOrEqual(100)
    const unit = response.json.docs[0]?.unit
    // depth ≤ 2: the exposure's unit (1) and its parent (2) may be populated, the grandparent may not.
    expect(typeof unit?.parent?.parent === 'object' && unit?.parent?.parent !== null).toBe(false)
    await stillUp()
  })
})

describe('6. hanging connections', () => {
  it.each(['bytes=9-1', 'bytes=0-18446744073709551615', 'bytes=abc', 'bytes=0-1,5-6'])('should answer Range: %s at once', async (range) => {
    const reply = await rawRequest(`GET / HTTP/1.1\r\nHost: localhost\r\nRange: ${range}\r\nConnection: close\r\n\r\n`)
    expect(reply.startsWith('TIMEOUT')).toBe(false)
    expect(reply).toMatch(/^HTTP\/1\.1 (200|206|416) /)
    await stillUp()
  })
})

describe('7. security headers', () => {
  it.each(['/', '/admin/login', '/api/units?limit=1'])('should send the security headers on %s', async (path) => {
    const response = await fetch(`${live.base}${path}`, { redirect: 'manual' })
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBeTruthy()
    expect(response.headers.get('permissions-policy')).toBeTruthy()
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('should forbid inline script on the public site', async () => {
    const csp = (await fetch(`${live.base}/`)).headers.get('content-security-policy') ?? ''
    const scriptSrc = csp.split(';').find((part) => part.trim().startsWith('script-src')) ?? ''
    expect(scriptSrc).not.toContain('unsafe-inline')
  })
})

describe('8. preview', () => {
  const asBrowser = (token: string) => ({ cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' })

  it('should refuse a preview to anonymous visitors and to a liaison without update access', async () => {
    const list = await api('GET', '/bulletins?limit=1&depth=0')
    const id = list.json.docs[0].id
    expect((await fetch(`${live.base}/preview/bulletins/${id}`)).status).toBe(403)
    const asLiaison = await fetch(`${live.base}/preview/bulletins/${id}`, { headers: asBrowser(tokens.liaison) })
    expect(asLiaison.status).toBe(403)
    const crossSite = await fetch(`${live.base}/preview/bulletins/${id}`, {
      headers: { ...asBrowser(tokens.admin), 'sec-fetch-site': 'cross-site' },
    })
    expect(crossSite.status).toBe(403)
    await stillUp()
  })

  it('should build a preview for an editor of the document, same-origin', async () => {
    const list = await api('GET', '/bulletins?limit=1&depth=0')
    const id = list.json.docs[0].id
    const response = await fetch(`${live.base}/preview/bulletins/${id}`, { headers: asBrowser(tokens.editor), redirect: 'manual' })
    expect([200, 302]).toContain(response.status)
    await stillUp()
  }, 300_000)
})

describe('4. lockout and throttling', () => {
  it('should refuse an editor unlocking the admin account', async () => {
    const response = await api('POST', '/users/unlock', tokens.editor, { email: live.admin.email })
    expect(response.status).toBe(403)
    await stillUp()
  })

  it('should answer 429 with Retry-After once an account has too many failed logins', async () => {
    let last = { status: 0, headers: new Headers() }
    for (let attempt = 0; attempt < 12 && last.status !== 429; attempt += 1) {
      last = await api('POST', '/users/login', undefined, { email: 'editor-attack@example.com', password: `wrong-${attempt}-password` })
    }
    expect(last.status).toBe(429)
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0)
    await stillUp()
  })
})

describe('fuzz', () => {
  const SLUGS = [
    'bulletins',
    'evaluation-rounds',
    'exposures',
    'tv-episodes',
    'good-people',
    'selection-rounds',
    'public-ads',
    'knowledge',
    'units',
    'media',
    'users',
    'site-status',
  ]
  const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', 'HEAD']
  const QUERIES = [
    'limit=-1',
    'limit=1e9',
    'limit=abc',
    'depth=999',
    'depth=-5',
    'page=NaN',
    'page=-1',
    'sort=-__proto__',
    'sort=%00',
    'where[title][like]=%25',
    'where[and][0][or]=x',
    'where[__proto__][polluted]=1',
    'where[id][in]=a,b,c',
    'where[unit.parent.parent.name][equals]=x',
    'where[title][near]=1,2',
    'where[updatedAt][greater_than]=not-a-date',
    'draft=maybe',
    'locale=../../etc',
    'select[x]=1',
    'populate[x]=1',
    'joins[x][limit]=-1',
    'trash=yes',
    '%E0%A4%A',
    'a=%FF%FE',
    'where=[object Object]',
    'pagination=0&limit=0',
  ]
  const BODIES = [
    '{',
    '[]',
    'null',
    '"x"',
    '{"_status":"published"}',
    '{"title":{"$gt":""}}',
    '{"__proto__":{"admin":true}}',
    `{"title":"${'长'.repeat(20000)}"}`,
    '\u0000\u0001',
    '{"email":[],"password":{}}',
  ]
  const GRAPHQL = [
    '{"query":"{ Exposures(limit: 100000) { docs { id unit { parent { parent { parent { name } } } } } } }"}',
    '{"query":"{ Users { docs { email } } }"}',
    '{"query":"mutation { updateExposure(id: 1, data: { _status: draft }) { id } }"}',
    '{"query":"{ __schema { types { name } } }"}',
    '{"query":"{ Bulletins(where: { id: { equals: \\"x\\" } }) { docs { id } } }"}',
    `{"query":"query { ${'a: Units { docs { id } } '.repeat(50)}}"}`,
    '{"query":123}',
    '{"variables":"x"}',
  ]
  const TYPES = ['application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '']

  /** A small deterministic generator, so a failure can be replayed. */
  function random(seed: number): () => number {
    let state = seed
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648
      return state / 2147483648
    }
  }

  it('should answer 1,000 malformed requests without a 5xx and stay up', async () => {
    const next = random(20261201)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
    const failures: string[] = []
    for (let index = 0; index < 1000; index += 1) {
      const slug = pick(SLUGS)
      const suffix = pick([
        '',
        `/${Math.floor(next() * 50)}`,
        '/versions',
        '/count',
        '/access',
        `/${pick(['%2e%2e', 'login', 'unlock', 'me', 'x'.repeat(300)])}`,
        '/0/x',
      ])
      const base = slug === 'site-status' ? '/api/globals/site-status' : slug === 'graphql' ? '/api/graphql' : `/api/${slug}${suffix}`
      const query = Array.from({ length: Math.floor(next() * 3) }, () => pick(QUERIES)).join('&')
      const method = pick(METHODS)
      const headers: Record<string, string> = {}
      const type = pick(TYPES)
      if (type) headers['content-type'] = type
      if (next() < 0.3) headers.cookie = pick(['payload-token=garbage', 'payload-token=', 'payload-lng=../../x', '\u00ff=\u00ff'])
      if (next() < 0.2) headers.authorization = pick(['JWT x.y.z', 'Bearer', 'JWT ', 'users API-Key nope'])
      if (next() < 0.2) headers.range = pick(['bytes=9-1', 'bytes=-0', 'bytes=0-'])
      const body = method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? undefined : pick(slug === 'graphql' ? GRAPHQL : BODIES)
      const url = `${live.base}${base}${query ? `?${query}` : ''}`
      const response = await fetch(url, { method, headers, body }).catch((error: Error) => ({
        status: 599,
        text: async () => error.message,
      }))
      if (response.status >= 500)
        failures.push(`${method} ${base}?${query} [${type}] → ${response.status} ${(await response.text()).slice(0, 120)}`)
      else await (response as Response).arrayBuffer?.()
    }
    expect(failures).toEqual([])
    await stillUp()
  }, 600_000)
})
