/**
 * `npm start`'s own program end to end: a temp database, the real admin build, the real site
 * build, one origin, and an editor logging in through Debian's Chromium.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { freePort } from '../helpers/ports.ts'
import { makeTempDir } from '../helpers/tempPayload.ts'
import { childEnv } from '../helpers/testEnv.ts'

const dir = makeTempDir('start')
let port = 0
let base = ''
let server: ChildProcess
let output = ''
let browser: Browser

function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('✔ 已启动')) resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)))
  })
}

beforeAll(async () => {
  port = await freePort()
  base = `http://localhost:${port}`
  server = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'cms/cli/start.ts'], {
    env: childEnv({
      PORT: String(port),
      DATABASE_URL: `file:${path.join(dir, 'start.db')}`,
      DATA_DIR: path.join(dir, 'data'),
      MEDIA_DIR: path.join(dir, 'media'),
      SITE_OUT_DIR: path.join(dir, 'site'),
      SITE_URL: base,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  fs.mkdirSync(path.join(dir, 'media'), { recursive: true })
  await waitForReady(server)
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.on('exit', resolve))
    server.kill('SIGINT')
    await exited
  }
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('npm start', () => {
  it('should print where to go and how to log in, with the password kept under data/', () => {
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'demo-admin.json'), 'utf8'))
    expect(output).toContain(`公众网站 / public site : ${base}/`)
    expect(output).toContain(`管理后台 / admin       : ${base}/admin`)
    expect(output).toContain(`Demo admin created: admin@example.com / ${saved.password}`)
  })

  it('should serve the public site, its feed, a 404 page and the API on one origin', async () => {
    const home = await fetch(`${base}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('<html lang="zh-CN"')
    const feed = await fetch(`${base}/rss.xml`)
    expect(feed.status).toBe(200)
    expect(await feed.text()).toContain('<rss version="2.0"')
    const missing = await fetch(`${base}/no-such-page/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('页面未找到')
    const api = await fetch(`${base}/api/bulletins?limit=1`)
    expect(api.status).toBe(200)
    expect((await api.json()).totalDocs).toBe(11)
  })

  it('should let the demo admin log into a Chinese admin', async () => {
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'demo-admin.json'), 'utf8'))
    const page = await browser.newPage({ locale: 'en-US' })
    await page.goto(`${base}/admin`)
    await page.locator('input[name="email"]').fill(saved.email)
    await page.locator('input[name="password"]').fill(saved.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(`${base}/admin`)
    await expect(page.getByRole('link', { name: /通报/ }).first().isVisible()).resolves.toBe(true)
    await page.screenshot({ path: path.join(dir, 'admin.png') })
    await page.close()
  })

  it('should refuse a second start on the same port with a clear message', async () => {
    const second = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'cms/cli/start.ts'], {
      env: childEnv({ PORT: String(port), DATA_DIR: path.join(dir, 'data'), DATABASE_URL: `file:${path.join(dir, 'start.db')}` }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    second.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString()
    })
    const code = await new Promise((resolve) => second.on('exit', resolve))
    expect(code).toBe(1)
    expect(err).toContain(`端口 ${port} 已被占用`)
  })

  it('should stop cleanly on Ctrl-C and free the port', async () => {
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve))
    server.kill('SIGINT')
    expect(await exited).toBe(0)
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer()
      probe.once('error', () => resolve(false))
      probe.listen(port, () => probe.close(() => resolve(true)))
    })
    expect(free).toBe(true)
  })
})
