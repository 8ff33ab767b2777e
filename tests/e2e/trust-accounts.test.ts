/**
 * Accounts against the real server (issue #20 items 6–8): two ROLE=api processes on ONE SQLite
 * file, real HTTP from chosen loopback addresses (the server sees each socket's address), a real
 * SMTP server, Chromium for the admin's forms.
 * - A stranger's wrong passwords, from one address or ten, never keep the owner out: the owner
 *   signs in from their own address with the right password. The stranger's address is refused
 *   after its cap (429, Retry-After, bilingual message), counted across both processes.
 * - Password-reset requests: 3 per e-mail and 10 per address an hour, shared by both processes; no
 *   mail beyond them; the same answers for registered and unknown addresses.
 * - first-register on an empty production database: 403, nobody created; the admin shows the
 *   `npm run user:create` command, which then works.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOGIN_RULES, RESET_RULES } from '../../cms/domain/loginThrottle.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { freePort } from '../helpers/ports.ts'
import { rawRequest } from '../helpers/residents.ts'
import { type Cluster, prepareCluster, type RoleServer } from '../helpers/roleServers.ts'
import { makeTempDir } from '../helpers/tempPayload.ts'
import { childEnv } from '../helpers/testEnv.ts'

const PASSWORD = 'accounts-e2e-password-1'
let cluster: Cluster
let apiA: RoleServer
let apiB: RoleServer
let browser: Browser
let smtp: SMTPServer
let adminToken = ''
const mails: { to: string[] }[] = []

// biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON answers
type Json = any
type Answer = { status: number; retryAfter: number | null; json: Json }

/** A fresh connection per request: a kept-alive socket the server closes while a test waits (user:create, a new window) would hang up. */
const agent = new http.Agent({ keepAlive: false })

/** One request to a server (`base` as http://127.0.0.1:port or http://[::1]:port) from the loopback address `from`. */
async function call(
  server: { base: string },
  method: string,
  url: string,
  options: { from?: string; body?: unknown; token?: string } = {},
) {
  const headers: Record<string, string> = {}
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (options.token) headers.authorization = `JWT ${options.token}`
  const response = await rawRequest(`${server.base}${url}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    localAddress: options.from,
    agent,
  })
  const retryAfter = response.headers['retry-after']
  return {
    status: response.status,
    retryAfter: typeof retryAfter === 'string' ? Number(retryAfter) : null,
    json: response.text ? JSON.parse(response.text) : null,
  } satisfies Answer
}

const login = (server: { base: string }, email: string, password: string, from: string) =>
  call(server, 'POST', '/api/users/login', { from, body: { email, password } })
const forgot = (server: RoleServer, email: string, from: string) =>
  call(server, 'POST', '/api/users/forgot-password', { from, body: { email } })
const graphql = (server: RoleServer, query: string, variables: Record<string, unknown>, from: string) =>
  call(server, 'POST', '/api/graphql', { from, body: { query, variables } })
/** The statusCode GraphQL reports for the first error (200 when there is none). */
const gqlStatus = (answer: Answer): number => answer.json?.errors?.[0]?.extensions?.statusCode ?? 200
const statuses = (answers: Answer[]) => answers.map((answer) => answer.status)
const both = () => [apiA, apiB]
/** Requests alternate between the two API processes. */
const alternate = (i: number) => both()[i % 2] as RoleServer
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** How a browser opens a server: by the origin SITE_URL names (the admin accepts cookies only from it). */
const inBrowser = (server: { base: string }) => server.base.replace('127.0.0.1', 'localhost')
/** The same server over IPv6 loopback, where a browser opening `localhost` may connect from. */
const overIpv6 = (server: { base: string }) => ({ base: server.base.replace('127.0.0.1', '[::1]') })

/** Limits count in fixed windows: wait, if need be, for a new one so that `needMs` of requests fit in one. */
async function roomInWindow(windowMs: number, needMs = 120_000): Promise<void> {
  const left = windowMs - (Date.now() % windowMs)
  if (left < needMs) await sleep(left + 1_000)
}

async function createUser(email: string, role = 'editor'): Promise<void> {
  const created = await call(apiA, 'POST', '/api/users', { token: adminToken, body: { email, password: PASSWORD, name: role, role } })
  expect(created.status).toBe(201)
}

beforeAll(async () => {
  const smtpPort = await freePort()
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      stream.on('data', () => undefined)
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address) })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve))
  // Every process of the cluster gets these settings.
  cluster = await prepareCluster('trust-accounts', {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_SECURE: 'false',
    EMAIL_FROM: '示范市创城办 <no-reply@example.gov.cn>',
  })
  ;[apiA, apiB] = await Promise.all([cluster.start('api'), cluster.start('api')])
  const signedIn = await login(apiA, cluster.admin.email, cluster.admin.password, '127.0.0.1')
  expect(signedIn.status).toBe(200)
  adminToken = signedIn.json.token
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await cluster?.stop()
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
})

describe('failed sign-ins stop the stranger, not the owner', () => {
  it('should refuse a stranger’s address after 10 wrong passwords split over both processes, and let the owner in from their own address', async () => {
    await roomInWindow(LOGIN_RULES.accountNetwork.windowMs)
    const owner = 'owner-one@example.com'
    await createUser(owner, 'admin')
    const stranger: Answer[] = []
    for (let i = 0; i < 12; i++) stranger.push(await login(alternate(i), owner, `wrong-password-${i}`, '127.0.0.2'))
    expect(statuses(stranger)).toEqual([...Array(10).fill(401), 429, 429])
    const refused = stranger[10] as Answer
    expect(refused.retryAfter).toBeGreaterThan(0)
    expect(refused.retryAfter).toBeLessThanOrEqual(15 * 60)
    expect(refused.json.errors[0].message).toMatch(/^登录失败次数过多，请 \d+ 分钟后再试。 \/ Too many failed sign-in attempts/)

    for (const server of both()) {
      const ownerIn = await login(server, owner, PASSWORD, '127.0.0.3')
      expect(ownerIn.status).toBe(200)
      expect(typeof ownerIn.json.token).toBe('string')
    }
    // The stranger's address is still refused, on either process, even with the right password.
    for (const server of both()) expect((await login(server, owner, PASSWORD, '127.0.0.2')).status).toBe(429)
  }, 300_000)

  it('should let the owner in after 100 wrong passwords for their account from ten addresses, and warn the operators once', async () => {
    await roomInWindow(LOGIN_RULES.accountWatch.windowMs, 180_000)
    const owner = 'owner-hundred@example.com'
    await createUser(owner, 'admin')
    const perAddress = await Promise.all(
      Array.from({ length: 10 }, async (_, n) => {
        const answers: number[] = []
        for (let i = 0; i < 11; i++) answers.push((await login(alternate(i + n), owner, `wrong-${n}-${i}`, `127.0.1.${n + 1}`)).status)
        return answers
      }),
    )
    for (const answers of perAddress) expect(answers).toEqual([...Array(10).fill(401), 429])
    const ownerIn = await login(apiB, owner, PASSWORD, '127.0.0.4')
    expect(ownerIn.status).toBe(200)
    const warnings = both()
      .flatMap((server) => server.output().split('\n'))
      .filter((line) => line.includes(`账号 ${owner} 一小时内登录失败已达 100 次`))
    expect(warnings).toHaveLength(1)
  }, 300_000)

  it('should refuse one address after 30 failures over many accounts, split over both processes, and not another address', async () => {
    await roomInWindow(LOGIN_RULES.network.windowMs)
    const owner = 'owner-network@example.com'
    await createUser(owner)
    const answers: Answer[] = []
    for (let i = 0; i < 30; i++) answers.push(await login(alternate(i), `nobody-${i}@example.com`, 'wrong-password', '127.0.0.5'))
    expect(statuses(answers)).toEqual(Array(30).fill(401))
    for (const server of both()) {
      const full = await login(server, owner, PASSWORD, '127.0.0.5')
      expect(full.status).toBe(429)
      expect(full.retryAfter).toBeGreaterThan(0)
    }
    expect((await login(apiA, owner, PASSWORD, '127.0.0.6')).status).toBe(200)
  }, 300_000)

  it('should refuse GraphQL loginUser the same way, with Retry-After, and let the owner in through GraphQL', async () => {
    await roomInWindow(LOGIN_RULES.accountNetwork.windowMs)
    const owner = 'owner-graphql@example.com'
    await createUser(owner)
    const mutation = 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }'
    const answers: number[] = []
    for (let i = 0; i < 10; i++)
      answers.push(gqlStatus(await graphql(alternate(i), mutation, { email: owner, password: `wrong-${i}` }, '127.0.0.7')))
    expect(answers).toEqual(Array(10).fill(401))
    const refused = await graphql(apiA, mutation, { email: owner, password: PASSWORD }, '127.0.0.7')
    expect(gqlStatus(refused)).toBe(429)
    expect(refused.json.errors[0].message).toMatch(/登录失败次数过多.*Too many failed sign-in attempts/)
    expect(refused.retryAfter).toBeGreaterThan(0)
    const ownerIn = await graphql(apiB, mutation, { email: owner, password: PASSWORD }, '127.0.0.8')
    expect(typeof ownerIn.json.data.loginUser.token).toBe('string')
  }, 300_000)

  it('should show the refusal on the admin login form, and sign the owner in there after a stranger’s failures', async () => {
    await roomInWindow(LOGIN_RULES.accountNetwork.windowMs)
    const victim = 'victim-form@example.com'
    const owner = 'owner-form@example.com'
    await createUser(victim)
    await createUser(owner)
    // The browser opens localhost, so connects from 127.0.0.1 or ::1: fill the victim's count for both, and the owner's from a stranger's.
    for (let i = 0; i < 10; i++) expect((await login(apiB, victim, `wrong-${i}`, '127.0.0.1')).status).toBe(401)
    for (let i = 0; i < 10; i++) expect((await login(overIpv6(apiB), victim, `wrong-${i}`, '::1')).status).toBe(401)
    for (let i = 0; i < 11; i++) await login(apiB, owner, `wrong-${i}`, '127.0.0.9')

    const context = await browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${inBrowser(apiA)}/admin/login`)
    await page.fill('#field-email', victim)
    await page.fill('#field-password', PASSWORD)
    await page.click('button[type="submit"]')
    await page
      .getByText(/登录失败次数过多，请 \d+ 分钟后再试/)
      .first()
      .waitFor({ timeout: 30_000 })

    await page.goto(`${inBrowser(apiA)}/admin/login`)
    await page.fill('#field-email', owner)
    await page.fill('#field-password', PASSWORD)
    await page.click('button[type="submit"]')
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor({ timeout: 60_000 })
    await context.close()
  }, 300_000)
})

describe('password-reset requests', () => {
  const mailsTo = (email: string) => mails.filter((mail) => mail.to.includes(email)).length

  it('should send at most 3 mails for 15 requests for one e-mail over both processes, and answer the rest 429 with Retry-After', async () => {
    await roomInWindow(RESET_RULES.email.windowMs)
    const owner = 'owner-reset@example.com'
    await createUser(owner)
    const answers: Answer[] = []
    for (let i = 0; i < 15; i++) answers.push(await forgot(alternate(i), owner, `127.0.2.${i + 1}`))
    expect(statuses(answers)).toEqual([200, 200, 200, ...Array(12).fill(429)])
    const refused = answers[3] as Answer
    expect(refused.retryAfter).toBeGreaterThan(0)
    expect(refused.retryAfter).toBeLessThanOrEqual(60 * 60)
    expect(refused.json.errors[0].message).toMatch(/^重设密码的请求过多，请 \d+ 分钟后再试。 \/ Too many password-reset requests/)
    await expect.poll(() => mailsTo(owner), { timeout: 20_000 }).toBeGreaterThanOrEqual(1)
    // Mail leaves in the background: give any further mail time to arrive before counting.
    await sleep(5_000)
    // Payload also sends at most one mail per account every 15 s, so the three accepted requests usually make one.
    expect(mailsTo(owner)).toBeLessThanOrEqual(3)
    // The owner's password still works.
    expect((await login(apiA, owner, PASSWORD, '127.0.2.1')).status).toBe(200)
  }, 300_000)

  it('should answer 429 after 10 requests from one address over both processes, the same for registered and unknown e-mails', async () => {
    await roomInWindow(RESET_RULES.network.windowMs)
    const registered = 'registered-reset@example.com'
    await createUser(registered)
    const answers: Answer[] = []
    // The registered address twice (its own limit is 3), unknown ones otherwise.
    const emailOf = (i: number) => (i === 1 || i === 10 ? registered : `unknown-${i}@example.com`)
    for (let i = 0; i < 12; i++) answers.push(await forgot(alternate(i), emailOf(i), '127.0.0.10'))
    expect(statuses(answers)).toEqual([...Array(10).fill(200), 429, 429])
    expect(answers[1]?.json).toEqual(answers[0]?.json)
    expect(answers[10]?.json).toEqual(answers[11]?.json)
    const gql = await graphql(apiB, 'mutation ($email: String!) { forgotPasswordUser(email: $email) }', { email: registered }, '127.0.0.10')
    expect(gqlStatus(gql)).toBe(429)
    expect(gql.retryAfter).toBeGreaterThan(0)
    // Another address is served.
    expect((await forgot(apiA, 'someone-else@example.com', '127.0.0.11')).status).toBe(200)
  }, 300_000)
})

describe('the first administrator on an empty production database', () => {
  let child: ChildProcess | undefined
  let dir = ''
  let base = ''
  let env: NodeJS.ProcessEnv = childEnv()

  beforeAll(async () => {
    dir = makeTempDir('accounts-empty')
    fs.mkdirSync(path.join(dir, 'media'), { recursive: true })
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    env = childEnv({
      DATABASE_URL: `file:${path.join(dir, 'empty.db')}`,
      DATA_DIR: path.join(dir, 'data'),
      MEDIA_DIR: path.join(dir, 'media'),
      SITE_OUT_DIR: path.join(dir, 'site'),
      SITE_URL: `http://localhost:${port}`,
      NODE_ENV: 'production',
    })
    let output = ''
    // The admin is already built (prepareCluster); the server migrates the empty database itself.
    child = spawn(process.execPath, ['--import', 'tsx', 'publisher/server.ts'], {
      env: { ...env, ROLE: 'api', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    await new Promise<void>((resolve, reject) => {
      child?.on('message', (message: { ready?: boolean }) => message.ready && resolve())
      child?.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
    })
  }, 300_000)

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.on('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const request = (method: string, url: string, body?: unknown) => call({ base }, method, url, { body, from: '127.0.0.12' })

  it('should refuse first-register with 403 and the user:create command, through REST and GraphQL, creating nobody', async () => {
    const attempt = await request('POST', '/api/users/first-register', {
      email: 'grabber@example.com',
      password: 'grab-the-admin-1',
      name: '抢注者',
      role: 'admin',
    })
    expect(attempt.status).toBe(403)
    expect(attempt.json.errors[0].message).toContain('npm run user:create -- --email you@example.gov.cn --role admin')
    const created = await request('POST', '/api/graphql', {
      query:
        'mutation { createUser(data: { email: "grabber@example.com", password: "grab-the-admin-1", name: "抢注者", role: admin }) { id } }',
    })
    expect(gqlStatus(created)).toBe(403)
    expect((await request('GET', '/api/users/init')).json).toEqual({ initialized: false })
    expect((await request('POST', '/api/users/login', { email: 'grabber@example.com', password: 'grab-the-admin-1' })).status).toBe(401)
  })

  it('should show the command in the admin instead of a sign-up form, and sign in the administrator user:create made', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' })
    await page.goto(`${inBrowser({ base })}/admin`)
    await page.getByRole('heading', { level: 1, name: '还没有管理员账号 / No administrator yet' }).waitFor({ timeout: 60_000 })
    expect(page.url()).toBe(`${inBrowser({ base })}/admin/create-first-user`)
    expect(await page.locator('code').textContent()).toBe('npm run user:create -- --email you@example.gov.cn --role admin --name 管理员')
    expect(await page.locator('input[type="password"]').count()).toBe(0)

    const made = spawnSync(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'cms/cli/user-create.ts',
        '--email',
        'first-admin@example.gov.cn',
        '--role',
        'admin',
        '--password',
        'first-admin-password-1',
      ],
      { env, encoding: 'utf8', timeout: 240_000 },
    )
    expect(made.status, made.stderr).toBe(0)
    expect(made.stdout).toContain('已创建用户 / created first-admin@example.gov.cn (admin)')
    expect((await request('GET', '/api/users/init')).json).toEqual({ initialized: true })

    await page.goto(`${inBrowser({ base })}/admin/create-first-user`)
    await page.waitForURL(/\/admin\/login/, { timeout: 60_000 })
    await page.fill('#field-email', 'first-admin@example.gov.cn')
    await page.fill('#field-password', 'first-admin-password-1')
    await page.click('button[type="submit"]')
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor({ timeout: 60_000 })
    await page.close()
  }, 300_000)
})
