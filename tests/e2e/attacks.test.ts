/**
 * The attacks from the security issue, each against the real server (`npm start`'s program, real
 * HTTP, real JWTs): every one must be refused and the server must answer the next request.
 * Then a bounded fuzz run (loopback only, fixed seed) over every collection and global, /versions,
 * GraphQL and the custom endpoints, which must get no 5xx.
 */
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicSlugs } from '../../cms/domain/contentTypes/index.ts'
import { simplePdf } from '../../seed/pdf.ts'
import { describeRequest, fuzzRequests } from '../helpers/apiFuzz.ts'
import { type LiveServer, startLiveServer } from '../helpers/liveServer.ts'
import { listeningPid, residentBytes } from '../helpers/processMemory.ts'
import { sendSlowBody } from '../helpers/slowBody.ts'

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

  // Every public type of the content-type table: a new type's REST list is capped too.
  it.each(publicSlugs)('should cap an anonymous limit=0&depth=10 query of %s at 100 documents', async (slug) => {
    const response = await api('GET', `/${slug}?limit=0&depth=10`)
    expect(response.status).toBe(200)
    expect(response.json.docs.length).toBeLessThanOrEqual(100)
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

describe('9. unbounded bodies', () => {
  const GB = 1024 * 1024 * 1024
  const MB = 1024 * 1024

  it.each([
    ['with a declared length', 2 * GB, 413],
    ['chunked', 'chunked' as const, 411],
  ])('should refuse a 2 GB 随手拍 sent slowly %s before reading it, with the server memory flat', async (_how, length, status) => {
    const port = Number(new URL(live.base).port)
    const pid = listeningPid(port)
    const before = residentBytes(pid)
    const result = await sendSlowBody({
      port,
      path: '/api/resident-reports/submit',
      length,
      headers: ['Content-Type: multipart/form-data; boundary=x', `Origin: ${live.base}`],
      stopAfterBytes: 64 * MB,
    })
    expect(result.head.split('\r\n')[0]).toBe(`HTTP/1.1 ${status} ${status === 413 ? 'Payload Too Large' : 'Length Required'}`)
    expect(result.sentBytes).toBeLessThan(MB)
    expect(residentBytes(pid) - before).toBeLessThan(100 * MB)
    await stillUp()
  })

  it('should refuse a 600 MB upload by an editor before reading it, and still take one within the cap', async () => {
    const port = Number(new URL(live.base).port)
    const pid = listeningPid(port)
    const before = residentBytes(pid)
    const result = await sendSlowBody({
      port,
      path: '/api/media',
      length: 600 * MB,
      headers: ['Content-Type: multipart/form-data; boundary=x', `Authorization: JWT ${tokens.editor}`],
    })
    expect(result.head).toMatch(/^HTTP\/1\.1 413 /)
    expect(residentBytes(pid) - before).toBeLessThan(100 * MB)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(simplePdf('Within the cap'))], { type: 'application/pdf' }), 'within.pdf')
    form.append('_payload', JSON.stringify({ alt: '上限以内' }))
    const within = await fetch(`${live.base}/api/media`, { method: 'POST', headers: { authorization: `JWT ${tokens.editor}` }, body: form })
    expect(within.status).toBe(201)
    await stillUp()
  })
})

describe('fuzz', () => {
  // Every collection and global of cms/slugs.ts, their /versions, the custom endpoints, GraphQL with
  // random query strings and bodies (tests/helpers/apiFuzz.ts): a fixed seed, so a failure replays.
  it('should answer 1,500 malformed requests without a 5xx and stay up', async () => {
    const failures: string[] = []
    for (const request of fuzzRequests(20261201, 1500)) {
      const headers = { ...request.headers }
      if (request.as !== 'anonymous') headers.authorization = `JWT ${tokens[request.as]}`
      const url = `${live.base}${request.path}${request.query ? `?${request.query}` : ''}`
      const response = await fetch(url, { method: request.method, headers, body: request.body as BodyInit | undefined }).catch(
        (error: Error) => ({ status: 599, text: async () => error.message }),
      )
      if (response.status >= 500) failures.push(`${describeRequest(request)} → ${response.status} ${(await response.text()).slice(0, 160)}`)
      else await (response as Response).arrayBuffer?.()
    }
    expect(failures).toEqual([])
    await stillUp()
  }, 900_000)
})
