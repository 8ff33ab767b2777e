/**
 * Accounts and API hardening, through Payload's own REST handler and GraphQL route with real
 * JWTs: login limits that stop strangers but never lock the owner out (429 + Retry-After, counted
 * in the database), password-reset limits, no first-register, the password policy, capped public
 * queries, admin-only job runs and owner-only document locks.
 */
import fs from 'node:fs'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload, handleEndpoints, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { User } from '../../cms/payload-types.ts'
import { payloadConfig } from '../../cms/payloadConfig.ts'
import { freePort } from '../helpers/ports.ts'
import { tokenFor } from '../helpers/rest.ts'
import { prepareTempSettings, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser, TEST_PASSWORD } from '../helpers/users.ts'

type Reply = { status: number; json: Record<string, unknown>; headers: Headers }
type Options = { token?: string; body?: unknown; ip?: string }

let ctx: TempPayload
let payload: Payload
let admin: User
let otherAdmin: User
let editor: User
let otherEditor: User
let liaison: User
let adminToken: string
let editorToken: string
let otherEditorToken: string

function requestInit(method: string, { token, body, ip }: Options): RequestInit {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  if (ip) headers['x-real-ip'] = ip
  return { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }
}

async function reply(response: Response): Promise<Reply> {
  const text = await response.text()
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers }
}

async function rest(method: string, path: string, options: Options = {}): Promise<Reply> {
  const request = new Request(`http://localhost/api${path}`, requestInit(method, options))
  return reply(await handleEndpoints({ config: ctx.config as never, request, payloadInstanceCacheKey: ctx.key }))
}

/** Payload's GraphQL route handler, as mounted at cms/app/(payload)/api/graphql/route.ts. */
async function graphql(query: string, options: Omit<Options, 'body'> & { variables?: Record<string, unknown> } = {}): Promise<Reply> {
  const request = new Request(
    'http://localhost/api/graphql',
    requestInit('POST', { ...options, body: { query, variables: options.variables } }),
  )
  return reply(await GRAPHQL_POST(ctx.config as never)(request))
}

const login = (email: string, password: string, ip: string) => rest('POST', '/users/login', { body: { email, password }, ip })
const firstError = (json: Record<string, unknown>) =>
  (json.errors as { message: string; data?: Record<string, unknown> }[] | undefined)?.[0]

beforeAll(async () => {
  // The GraphQL route handler looks Payload up under the default key, so this file starts it there.
  // Mail goes to a closed port: a reset for a registered address must still answer like any other.
  const { dir, settings } = prepareTempSettings('accounts', {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(await freePort()),
    SMTP_SECURE: 'false',
  })
  const config = payloadConfig(settings)
  payload = await getPayload({ config })
  ctx = {
    payload,
    dir,
    key: 'default',
    settings,
    config,
    close: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
  admin = await makeUser(payload, 'admin')
  otherAdmin = await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  otherEditor = await makeUser(payload, 'editor')
  const unit = await payload.create({
    collection: 'units',
    data: { name: '联络街道', kind: 'street', code: 'acc-street' },
    overrideAccess: true,
  })
  liaison = await makeUser(payload, 'unitLiaison', unit.id)
  adminToken = await tokenFor(ctx, otherAdmin.email)
  editorToken = await tokenFor(ctx, editor.email)
  otherEditorToken = await tokenFor(ctx, otherEditor.email)
})
afterAll(() => ctx.close())
afterEach(() => {
  vi.useRealTimers()
})

const loginMutation = 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }'
const forgotMutation = 'mutation ($email: String!) { forgotPasswordUser(email: $email) }'
const gqlStatus = (json: Record<string, unknown>) =>
  (firstError(json) as { extensions?: { statusCode?: number } } | undefined)?.extensions?.statusCode ?? 200
const statusesOf = (replies: Reply[]) => replies.map((answer) => answer.status)
const later = (minutes: number) => vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + minutes * 60 * 1000 })
/** Limits count in fixed windows (15 minutes, an hour): a test runs at a standstill early in a fresh hour, so no window ends mid-test. */
const HOUR = 60 * 60 * 1000
const freshWindow = () => {
  vi.useFakeTimers({ toFake: ['Date'], now: (Math.floor(Date.now() / HOUR) + 1) * HOUR + 1000 })
}

describe('a stranger cannot lock the owner out', () => {
  beforeEach(freshWindow)

  it('should let the owner in from their own address with the right password after 100 failures for their account from ten other addresses', async () => {
    const warn = vi.spyOn(payload.logger, 'warn')
    // Ten addresses at once, each trying eleven wrong passwords one after the other.
    const perAddress = await Promise.all(
      Array.from({ length: 10 }, async (_, address) => {
        const statuses: number[] = []
        for (let i = 0; i < 11; i++) statuses.push((await login(admin.email, `wrong-password-${i}`, `192.0.2.${address + 1}`)).status)
        return statuses
      }),
    )
    const statuses = perAddress.flat()
    // Each stranger's address gets 10 guesses at this account, then 429: 100 failures in all.
    expect(statuses.filter((status) => status === 401)).toHaveLength(100)
    expect(statuses.filter((status) => status === 429)).toHaveLength(10)
    expect(warn.mock.calls.map(([line]) => String(line)).filter((line) => line.includes(admin.email))).toHaveLength(1)
    warn.mockRestore()

    const owner = await login(admin.email, TEST_PASSWORD, '198.51.100.1')
    expect(owner.status).toBe(200)
    expect(typeof owner.json.token).toBe('string')
    // Payload's own per-account lockout is off: its Local API login (no throttle of ours) gets in too.
    const local = await payload.login({ collection: 'users', data: { email: admin.email, password: TEST_PASSWORD } })
    expect(local.user?.email).toBe(admin.email)
    // The strangers' addresses stay refused for this account.
    expect((await login(admin.email, 'wrong-password-x', '192.0.2.1')).status).toBe(429)
  })

  it('should refuse an address after 10 failures for one account with 429, Retry-After and the bilingual message, even with the right password', async () => {
    const target = await makeUser(payload, 'reviewer')
    const ip = '203.0.113.1'
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await login(target.email, `wrong-password-${i}`, ip)).status)
    expect(statuses).toEqual(Array(10).fill(401))

    const refused = await login(target.email, 'wrong-password-11', ip)
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    expect(firstError(refused.json)?.message).toMatch(/^登录失败次数过多，请 \d+ 分钟后再试。 \/ Too many failed sign-in attempts/)
    // From the same network (an office behind one NAT) the right password waits too; from another it does not.
    expect((await login(target.email.toUpperCase(), TEST_PASSWORD, ip)).status).toBe(429)
    expect((await login(target.email, TEST_PASSWORD, '203.0.113.99')).status).toBe(200)
    // The same address may still try other accounts (its network cap is 30).
    expect((await login(editor.email, TEST_PASSWORD, ip)).status).toBe(200)

    later(15 + 1)
    const afterWindow = await login(target.email, TEST_PASSWORD, ip)
    expect(afterWindow.status).toBe(200)
    expect(typeof afterWindow.json.token).toBe('string')
  })

  it('should count exactly 10 failures when 40 wrong passwords arrive at once', async () => {
    const target = await makeUser(payload, 'editor')
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => login(target.email, `wrong-password-${i}`, '203.0.113.20')))
    expect(statusesOf(burst).filter((status) => status === 401)).toHaveLength(10)
    expect(statusesOf(burst).filter((status) => status === 429)).toHaveLength(30)
  })

  it('should clear an account’s failures from an address once its owner signs in there', async () => {
    const target = await makeUser(payload, 'editor')
    const ip = '203.0.113.30'
    for (let i = 0; i < 9; i++) expect((await login(target.email, `wrong-password-${i}`, ip)).status).toBe(401)
    expect((await login(target.email, TEST_PASSWORD, ip)).status).toBe(200)
    for (let i = 0; i < 10; i++) expect((await login(target.email, `wrong-password-${i}`, ip)).status).toBe(401)
    expect((await login(target.email, TEST_PASSWORD, ip)).status).toBe(429)
  })

  it('should not count a request without a password (Payload refuses it before any check)', async () => {
    const target = await makeUser(payload, 'editor')
    const ip = '203.0.113.40'
    for (let i = 0; i < 12; i++) expect((await rest('POST', '/users/login', { body: { email: target.email }, ip })).status).toBe(400)
    expect((await login(target.email, TEST_PASSWORD, ip)).status).toBe(200)
  })
})

describe('per-address limit', () => {
  beforeEach(freshWindow)

  it('should answer 429 once one IPv4 address has failed 30 times across accounts, and not other addresses', async () => {
    const ip = '203.0.113.2'
    for (let i = 0; i < 30; i++) expect((await login(`nobody-${i}@example.com`, 'wrong-password', ip)).status).toBe(401)
    const fresh = await login(otherEditor.email, TEST_PASSWORD, ip)
    expect(fresh.status).toBe(429)
    expect(Number(fresh.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await login(otherEditor.email, TEST_PASSWORD, '203.0.113.3')).status).toBe(200)
  })

  it('should count an IPv6 /64 as one address', async () => {
    for (let i = 1; i <= 30; i++)
      expect((await login(`v6-${i}@example.com`, 'wrong-password', `2001:db8:5:6::${i.toString(16)}`)).status).toBe(401)
    expect((await login(otherEditor.email, TEST_PASSWORD, '2001:db8:5:6:ffff::1')).status).toBe(429)
    expect((await login(otherEditor.email, TEST_PASSWORD, '2001:db8:5:7::1')).status).toBe(200)
  })
})

describe('login throttling through GraphQL and the admin form', () => {
  beforeEach(freshWindow)

  it('should refuse GraphQL loginUser the same way, with Retry-After', async () => {
    const ip = '203.0.113.4'
    const variables = { email: 'ghost@example.com', password: 'wrong-password' }
    for (let i = 0; i < 10; i++) expect(gqlStatus((await graphql(loginMutation, { ip, variables })).json)).toBe(401)
    const refused = await graphql(loginMutation, { ip, variables })
    expect(gqlStatus(refused.json)).toBe(429)
    expect(firstError(refused.json)?.message).toMatch(/登录失败次数过多.*Too many failed sign-in attempts/)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)

    const ok = await graphql(loginMutation, { ip: '203.0.113.5', variables: { email: editor.email, password: TEST_PASSWORD } })
    expect(typeof (ok.json.data as { loginUser: { token: string } }).loginUser.token).toBe('string')
  })

  it('should refuse the admin login form (multipart with _payload) the same way', async () => {
    const target = await makeUser(payload, 'reviewer')
    const ip = '203.0.113.6'
    const submit = async (password: string) => {
      const form = new FormData()
      form.set('_payload', JSON.stringify({ email: target.email, password }))
      const request = new Request('http://localhost/api/users/login', { method: 'POST', headers: { 'x-real-ip': ip }, body: form })
      return reply(await handleEndpoints({ config: ctx.config as never, request, payloadInstanceCacheKey: ctx.key }))
    }
    for (let i = 0; i < 10; i++) expect((await submit(`wrong-password-${i}`)).status).toBe(401)
    const refused = await submit(TEST_PASSWORD)
    expect(refused.status).toBe(429)
    expect(firstError(refused.json)?.message).toMatch(/登录失败次数过多/)
  })
})

describe('unlock', () => {
  it('should keep POST /users/unlock for admins only, and have nothing to unlock', async () => {
    const byEditor = await rest('POST', '/users/unlock', { token: editorToken, body: { email: admin.email } })
    expect(byEditor.status).toBe(403)
    const anonymous = await rest('POST', '/users/unlock', { body: { email: admin.email } })
    expect([401, 403]).toContain(anonymous.status)
    expect((await rest('POST', '/users/unlock', { token: adminToken, body: { email: admin.email } })).status).toBe(200)
    const permissions = await rest('GET', '/access', { token: adminToken })
    expect((permissions.json.collections as Record<string, Record<string, unknown>>).users?.unlock).toBeUndefined()
  })
})

describe('password reset requests', () => {
  beforeEach(freshWindow)

  const forgot = (email: string, ip: string) => rest('POST', '/users/forgot-password', { body: { email }, ip })

  it('should answer 429 with Retry-After after 3 requests for one e-mail, registered or not, with identical answers', async () => {
    const owner = await makeUser(payload, 'editor')
    const registered: Reply[] = []
    const unknown: Reply[] = []
    for (let i = 0; i < 5; i++) {
      registered.push(await forgot(owner.email, `198.51.100.${10 + i}`))
      unknown.push(await forgot('no-such-account@example.com', `198.51.100.${10 + i}`))
    }
    expect(statusesOf(registered)).toEqual([200, 200, 200, 429, 429])
    expect(statusesOf(unknown)).toEqual(statusesOf(registered))
    expect(unknown.map((answer) => answer.json)).toEqual(registered.map((answer) => answer.json))
    const refused = registered[3] as Reply
    expect(firstError(refused.json)?.message).toMatch(/^重设密码的请求过多，请 \d+ 分钟后再试。 \/ Too many password-reset requests/)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60 * 60)
    // The owner can still sign in, and the Local API (server code) is not limited.
    expect((await login(owner.email, TEST_PASSWORD, '198.51.100.10')).status).toBe(200)
    const token = await payload.forgotPassword({ collection: 'users', data: { email: owner.email }, disableEmail: true })
    expect(typeof token).toBe('string')
    later(60 + 1)
    expect((await forgot(owner.email, '198.51.100.10')).status).toBe(200)
  })

  it('should answer 429 after 10 requests from one address, whatever the e-mails, and not other addresses', async () => {
    const ip = '198.51.100.50'
    const answers: Reply[] = []
    for (let i = 0; i < 12; i++) answers.push(await forgot(`someone-${i}@example.com`, ip))
    expect(statusesOf(answers)).toEqual([...Array(10).fill(200), 429, 429])
    expect((await forgot(liaison.email, ip)).status).toBe(429)
    expect((await forgot(liaison.email, '198.51.100.51')).status).toBe(200)
  })

  it('should limit GraphQL forgotPasswordUser the same way', async () => {
    const owner = await makeUser(payload, 'editor')
    const answers: number[] = []
    for (let i = 0; i < 4; i++)
      answers.push(gqlStatus((await graphql(forgotMutation, { ip: `198.51.100.${60 + i}`, variables: { email: owner.email } })).json))
    expect(answers).toEqual([200, 200, 200, 429])
    const refused = await graphql(forgotMutation, { ip: '198.51.100.70', variables: { email: owner.email } })
    expect(firstError(refused.json)?.message).toMatch(/Too many password-reset requests/)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('should answer a registered address at once with 200 when its mail cannot be delivered, as for an unknown one', async () => {
    // SMTP points at a closed port in this file: before, Payload waited for the send and answered 500.
    const owner = await makeUser(payload, 'editor')
    const registered = await forgot(owner.email, '198.51.100.80')
    const unknown = await forgot('nobody-here@example.com', '198.51.100.80')
    expect([registered.status, registered.json]).toEqual([unknown.status, unknown.json])
    expect(registered.status).toBe(200)
  })
})

describe('first administrator', () => {
  it('should refuse first-register through REST with 403 and the command to run, creating nobody', async () => {
    const before = (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs
    const attempt = await rest('POST', '/users/first-register', {
      body: { email: 'first@example.com', password: 'a-long-password-1', name: '抢注', role: 'admin' },
      ip: '198.51.100.90',
    })
    expect(attempt.status).toBe(403)
    expect(firstError(attempt.json)?.message).toContain('npm run user:create -- --email you@example.gov.cn --role admin')
    expect(firstError(attempt.json)?.message).toMatch(/^不能在网页上注册第一个用户.*The first user cannot register through the web/)
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(before)
    const anonymousCreate = await graphql(
      'mutation { createUser(data: { email: "first@example.com", password: "a-long-password-1", name: "抢注", role: admin }) { id } }',
    )
    expect(gqlStatus(anonymousCreate.json)).toBe(403)
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('password policy (12 characters)', () => {
  const passwordError = (json: Record<string, unknown>) => {
    const errors = (firstError(json)?.data as { errors?: { path: string; message: string }[] } | undefined)?.errors ?? []
    return errors.find((error) => error.path === 'password')
  }

  it('should refuse a short password when an admin creates a user through REST', async () => {
    const { status, json } = await rest('POST', '/users', {
      token: adminToken,
      body: { email: 'short@example.com', password: 'elevenchars', role: 'editor', name: '短密码' },
    })
    expect(status).toBe(400)
    expect(passwordError(json)?.message).toMatch(/密码（password）至少需要 12 个字符.*at least 12 characters/)
    const accepted = await rest('POST', '/users', {
      token: adminToken,
      body: { email: 'twelve@example.com', password: 'twelve-chars', role: 'editor', name: '十二位' },
    })
    expect(accepted.status).toBe(201)
  })

  it('should refuse a short password when a user changes their own through REST', async () => {
    const { status, json } = await rest('PATCH', `/users/${editor.id}`, { token: editorToken, body: { password: 'short' } })
    expect(status).toBe(400)
    expect(passwordError(json)?.path).toBe('password')
    const unchanged = await payload.login({ collection: 'users', data: { email: editor.email, password: TEST_PASSWORD } })
    expect(unchanged.user?.id).toBe(editor.id)
  })

  it('should refuse a short password through the Local API (the CLI path)', async () => {
    const attempt = payload.create({
      collection: 'users',
      data: { email: 'cli@example.com', password: 'too-short', role: 'editor', name: 'CLI' },
      overrideAccess: true,
    })
    await expect(attempt).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'password' }] } })
  })

  it('should refuse a short password on reset-password', async () => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email: liaison.email }, disableEmail: true })
    const { status, json } = await rest('POST', '/users/reset-password', { body: { token, password: 'short-one' } })
    expect(status).toBe(400)
    expect(passwordError(json)?.path).toBe('password')
  })
})

describe('public query caps (limit ≤ 100, depth ≤ 2)', () => {
  let total = 0
  beforeAll(async () => {
    const city = await payload.create({ collection: 'units', data: { name: '市', kind: 'city', code: 'cap-city' }, overrideAccess: true })
    const district = await payload.create({
      collection: 'units',
      data: { name: '区', kind: 'district', code: 'cap-district', parent: city.id },
      overrideAccess: true,
    })
    const street = await payload.create({
      collection: 'units',
      data: { name: '街道', kind: 'street', code: 'cap-street', parent: district.id },
      overrideAccess: true,
    })
    for (let i = 0; i < 101; i++) {
      await payload.create({
        collection: 'exposures',
        data: { title: `曝光${i}`, description: '问题', place: '路口', foundAt: '2026-11-01', unit: street.id, _status: 'published' },
        overrideAccess: true,
        context: { skipRebuild: true, seeding: true },
      })
    }
    total = (await payload.count({ collection: 'exposures', overrideAccess: true })).totalDocs
  })

  type Unit = { parent?: number | Unit | null }
  const grandparent = (doc: unknown) => ((doc as { unit: Unit }).unit.parent as Unit).parent

  it('should give anonymous REST at most 100 documents populated at most 2 levels deep', async () => {
    expect(total).toBeGreaterThan(100)
    const { status, json } = await rest('GET', '/exposures?limit=0&depth=10')
    expect(status).toBe(200)
    const docs = json.docs as unknown[]
    expect(docs).toHaveLength(100)
    expect(json.totalDocs).toBe(total)
    expect(typeof grandparent(docs[0])).toBe('number')
    expect(typeof ((docs[0] as { unit: Unit }).unit.parent as Unit)).toBe('object')
  })

  it('should cap pagination=false and a unit liaison too, but not staff', async () => {
    const unpaged = await rest('GET', '/exposures?pagination=false')
    expect(unpaged.json.docs as unknown[]).toHaveLength(100)
    const liaisonToken = await tokenFor(ctx, liaison.email)
    const asLiaison = await rest('GET', '/exposures?limit=500&depth=5', { token: liaisonToken })
    expect((asLiaison.json.docs as unknown[]).length).toBeLessThanOrEqual(100)
    const asEditor = await rest('GET', '/exposures?limit=0&depth=0', { token: editorToken })
    expect(asEditor.json.docs as unknown[]).toHaveLength(total)
    const deep = await rest('GET', '/exposures?limit=1&depth=3', { token: editorToken })
    expect(typeof grandparent((deep.json.docs as unknown[])[0])).toBe('object')
  })

  it('should cap findByID depth for anonymous callers', async () => {
    const [first] = (await payload.find({ collection: 'exposures', limit: 1, overrideAccess: true })).docs
    const { json } = await rest('GET', `/exposures/${first?.id}?depth=10`)
    expect(typeof grandparent(json)).toBe('number')
  })

  it('should leave the Local API (the site build) uncapped', async () => {
    const all = await payload.find({ collection: 'exposures', pagination: false, overrideAccess: false, depth: 3 })
    expect(all.docs).toHaveLength(total)
    expect(typeof grandparent(all.docs[0])).toBe('object')
  })

  it('should give anonymous GraphQL at most 100 documents when it asks for 1000', async () => {
    const { json } = await graphql('{ Exposures(limit: 1000) { totalDocs limit docs { id } } }')
    const result = (json.data as { Exposures: { totalDocs: number; limit: number; docs: unknown[] } }).Exposures
    expect(result.docs).toHaveLength(100)
    expect(result.limit).toBe(100)
    expect(result.totalDocs).toBe(total)
    const unpaged = await graphql('{ Exposures(pagination: false) { docs { id } } }')
    expect((unpaged.json.data as { Exposures: { docs: unknown[] } }).Exposures.docs).toHaveLength(100)
  })

  it('should refuse an over-complex GraphQL query', async () => {
    const fields = Array.from({ length: 400 }, (_, i) => `a${i}: Exposures(limit: 1) { docs { id title } }`).join('\n')
    const { json } = await graphql(`{ ${fields} }`)
    expect(firstError(json)?.message).toMatch(/exceeds the maximum complexity of 1000/)
    expect(json.data).toBeUndefined()
  })
})

describe('job runner', () => {
  it('should refuse anonymous callers and editors, and let an admin run jobs', async () => {
    expect([401, 403]).toContain((await rest('GET', '/payload-jobs/run')).status)
    expect([401, 403]).toContain((await rest('GET', '/payload-jobs/run', { token: editorToken })).status)
    expect([401, 403, 404, 405]).toContain((await rest('POST', '/payload-jobs/run', { token: editorToken })).status)
    expect((await rest('GET', '/payload-jobs/run', { token: adminToken })).status).toBe(200)
  })
})

describe('document locks', () => {
  it("should keep an editor away from another user's lock through the API, but show it to the admin's server views", async () => {
    const bulletin = await payload.create({
      collection: 'bulletins',
      data: {
        title: '锁定测试',
        series: 'briefing',
        date: '2026-11-01',
        body: { root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 } },
      } as never,
      draft: true,
      overrideAccess: true,
    })
    const document = { relationTo: 'bulletins', value: bulletin.id }
    const created = await rest('POST', '/payload-locked-documents', {
      token: editorToken,
      body: { document, user: { relationTo: 'users', value: editor.id } },
    })
    expect(created.status).toBe(201)
    const lockId = (created.json.doc as { id: number }).id

    const inOthersName = await rest('POST', '/payload-locked-documents', {
      token: otherEditorToken,
      body: { document, user: { relationTo: 'users', value: editor.id } },
    })
    expect(inOthersName.status).toBe(403)

    const list = await rest('GET', '/payload-locked-documents', { token: otherEditorToken })
    expect((list.json.docs as { id: number }[]).map((doc) => doc.id)).not.toContain(lockId)
    expect([403, 404]).toContain((await rest('GET', `/payload-locked-documents/${lockId}`, { token: otherEditorToken })).status)
    expect([403, 404]).toContain((await rest('DELETE', `/payload-locked-documents/${lockId}`, { token: otherEditorToken })).status)
    const takeOver = await rest('PATCH', `/payload-locked-documents/${lockId}`, {
      token: otherEditorToken,
      body: { user: { relationTo: 'users', value: otherEditor.id } },
    })
    expect([403, 404]).toContain(takeOver.status)
    expect([401, 403]).toContain((await rest('GET', '/payload-locked-documents')).status)

    const serverView = await payload.find({
      collection: 'payload-locked-documents',
      overrideAccess: false,
      user: otherEditor,
      where: { 'document.value': { equals: bulletin.id } },
    })
    expect(serverView.docs.map((doc) => doc.id)).toContain(lockId)

    const own = await rest('GET', `/payload-locked-documents/${lockId}`, { token: editorToken })
    expect(own.status).toBe(200)
    expect((await rest('GET', `/payload-locked-documents/${lockId}`, { token: adminToken })).status).toBe(200)
    expect((await rest('DELETE', `/payload-locked-documents/${lockId}`, { token: editorToken })).status).toBe(200)
  })
})
