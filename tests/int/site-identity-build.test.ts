/**
 * 网站设置 reaches every page through Astro's incremental build: pages whose cacheKey did not change
 * are reused from the previous build, so the site identity (footer, titles) is part of every page's
 * key (site/lib/cacheKey.ts). Real seeded SQLite, real `astro build` twice into the same cache folder.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'node-html-parser'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoContent } from '../../seed/index.ts'
import { startTempPayload, type TempPayload, tempFolderEnv } from '../helpers/tempPayload.ts'
import { childEnv } from '../helpers/testEnv.ts'

let ctx: TempPayload
let cacheDir = ''

/** `astro build` in a child process into `outDir`, always with this test's own cache folder. Returns its log. */
function build(outDir: string): string {
  const script = `import { build } from 'astro'; await build({ root: process.cwd(), outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)}, logLevel: 'info' })`
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: childEnv({ ...tempFolderEnv(ctx.dir), SITE_URL: 'https://wm.example.cn', ASTRO_TELEMETRY_DISABLED: '1' }),
    timeout: 240_000,
  })
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the log's colour codes are removed
  return (result.stdout + result.stderr).replace(/\u001b\[[0-9;]*m/g, '')
}

const page = (outDir: string, file: string) => parse(fs.readFileSync(path.join(outDir, file), 'utf8'))
/** A bulletin's page: it has a cacheKey and nothing about it changes between the builds. */
const firstBulletin = (outDir: string): string => {
  const slug = fs.readdirSync(path.join(outDir, 'bulletins')).find((name) => !['page', 'series', 'rss.xml'].includes(name))
  return `bulletins/${slug}/index.html`
}

beforeAll(async () => {
  ctx = await startTempPayload('identity-build')
  await seedDemoContent(ctx.payload)
  cacheDir = `${path.join(ctx.dir, 'astro-cache')}/`
}, 180_000)
afterAll(() => ctx.close())

describe('site identity and the incremental build', () => {
  it('should reuse an unchanged page, then re-render it with a changed identity, hide emptied fields and show a set mark', async () => {
    const first = path.join(ctx.dir, 'site-1')
    build(first)
    const file = firstBulletin(first)
    expect(page(first, file).querySelector('footer.site')?.text).toContain('承办单位：示范市融媒体中心（演示）')

    // Nothing changed: the bulletin's page is reused from the cache (proves the build is incremental).
    const second = path.join(ctx.dir, 'site-2')
    const log = build(second)
    expect(log).toMatch(new RegExp(`/${path.dirname(file)}/index\\.html \\((cached|restored)\\)`))
    expect(fs.readFileSync(path.join(second, file), 'utf8')).toBe(fs.readFileSync(path.join(first, file), 'utf8'))

    // The office's 党政机关网站 mark (a plain stand-in image here) with the address it links to.
    const markFile = await sharp({ create: { width: 220, height: 80, channels: 3, background: '#c62f2f' } })
      .png()
      .toBuffer()
    const mark = await ctx.payload.create({
      collection: 'media',
      data: { alt: '标识' },
      file: { data: markFile, name: 'mark.png', mimetype: 'image/png', size: markFile.length },
      overrideAccess: true,
    })
    await ctx.payload.updateGlobal({
      slug: 'site-identity',
      data: {
        siteName: '示范市文明网（改版）',
        operator: '',
        phone: '',
        identityMark: mark.id,
        identityMarkUrl: 'https://bszs.conac.cn/sitename?method=show&id=0',
      },
      overrideAccess: true,
      context: { skipRebuild: true },
    })
    const third = path.join(ctx.dir, 'site-3')
    const again = build(third)
    expect(again).not.toMatch(new RegExp(`/${path.dirname(file)}/index\\.html \\((cached|restored)\\)`))
    const changed = page(third, file)
    expect(changed.querySelector('title')?.text).toMatch(/ · 示范市文明网（改版）$/)
    expect(changed.querySelector('header.site .brand')?.text).toBe('示范市文明网（改版）')
    const footer = changed.querySelector('footer.site')?.text ?? ''
    expect(footer).toContain('主办单位：中共示范市委宣传部 示范市文明办（演示）')
    expect(footer).not.toContain('承办单位')
    expect(footer).not.toContain('联系电话')
    const markLink = changed.querySelector('footer.site .gov-mark a')
    expect(markLink?.getAttribute('href')).toBe('https://bszs.conac.cn/sitename?method=show&id=0')
    const markImg = markLink?.querySelector('img')
    expect(markImg?.getAttribute('alt')).toBe('党政机关网站标识')
    expect(markImg?.getAttribute('src')).toMatch(/^\/media\/mark[^/]*\.png$/)
    expect(fs.existsSync(path.join(third, decodeURIComponent(markImg?.getAttribute('src') ?? '')))).toBe(true)
  }, 600_000)
})
