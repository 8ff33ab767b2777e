/**
 * Draft previews rendered by the preview process's kept renderer (publisher/astro/keptPreview.ts):
 * the first preview runs Astro and keeps its app; the next ones render with it, byte for byte what an
 * Astro preview build of the same draft renders, and a later preview no longer shows the earlier draft.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Settings } from '../../cms/config/settings.ts'
import { buildPreview, closePreviewRunner, lastPreviewLog } from '../../publisher/preview.ts'
import { buildSite } from '../../publisher/siteBuild.ts'
import { richText } from '../../seed/lexical.ts'
import { startTempPayload, type TempPayload, tempFolderEnv } from '../helpers/tempPayload.ts'
import { testSettings } from '../helpers/testEnv.ts'

let ctx: TempPayload
let settings: Settings
/** Two preview servers' settings: each has its own preview process (and kept renderer). */
let warm: Settings
let cold: Settings

const bulletin = (title: string, slug: string, status: 'draft' | 'published') =>
  ctx.payload.create({
    collection: 'bulletins',
    data: { title, slug, series: 'briefing', date: '2026-11-21', body: richText([`${title}的正文`]), _status: status },
    draft: status === 'draft',
    overrideAccess: true,
  })

const retitle = (id: number, title: string) =>
  ctx.payload.update({ collection: 'bulletins', id, data: { title }, draft: true, overrideAccess: true })

const preview = async (id: number, key: string, with_: Settings) => {
  const dir = await buildPreview({ collection: 'bulletins', id: String(id), rest: [] }, key, with_)
  expect(dir, key).not.toBeNull()
  return { dir: dir as string, log: fs.readFileSync(lastPreviewLog(with_.paths), 'utf8') }
}

/** The rendered pages and feeds of a preview folder (not the copied public files, media or sitemaps). */
const rendered = (dir: string) =>
  new Map(
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((rel) => /\.(html|xml|json)$/.test(rel) && !/^(media|_astro|pagefind)\//.test(rel) && !/sitemap/.test(rel))
      .map((rel) => [rel, fs.readFileSync(path.join(dir, rel), 'utf8')] as const),
  )

beforeAll(async () => {
  ctx = await startTempPayload('preview')
  settings = testSettings({ ...tempFolderEnv(ctx.dir), SITE_OUT_DIR: path.join(ctx.dir, 'live') })
  warm = { ...settings }
  cold = { ...settings }
  await bulletin('已发布的通报', 'published-one', 'published')
  const live = await buildSite(settings, { full: true })
  expect(live.ok ? live.kind : live.error).toBe('full')
}, 300_000)

afterAll(async () => {
  closePreviewRunner(warm)
  closePreviewRunner(cold)
  await ctx?.close()
})

describe('draft preview with the kept renderer', () => {
  it('should render a warm preview without Astro, exactly as an Astro preview of the same draft', async () => {
    const draft = await bulletin('预览草稿第一稿', 'kept-preview', 'draft')
    const first = await preview(draft.id, 'kept-1', warm)
    expect(first.log).not.toMatch(/kept renderer/)
    const edited = await retitle(draft.id, '预览草稿第二稿')
    const second = await preview(draft.id, `kept-2-${edited.updatedAt.replace(/\D/g, '')}`, warm)
    expect(second.log).toMatch(/kept renderer: \d+ pages/)
    const page = 'bulletins/kept-preview/index.html'
    expect(fs.readFileSync(path.join(second.dir, page), 'utf8')).toContain('预览草稿第二稿')
    // The same draft through Astro itself (another server's preview process, cold).
    const astro = await preview(draft.id, 'astro-2', cold)
    expect(astro.log).not.toMatch(/kept renderer/)
    const kept = rendered(second.dir)
    const built = rendered(astro.dir)
    expect([...kept.keys()].sort()).toEqual([...built.keys()].sort())
    expect([...kept.keys()]).toContain(page)
    const differing = [...built].filter(([rel, text]) => kept.get(rel) !== text).map(([rel]) => rel)
    // Feeds carry the build time: the rest byte for byte.
    expect(differing.filter((rel) => !/(^|\/)(rss\.xml|feed\.json)$/.test(rel))).toEqual([])
  }, 600_000)

  it('should put the earlier draft back to its published version in the next preview', async () => {
    const published = await bulletin('公开版本的通报', 'has-public-version', 'published')
    await retitle(published.id, '只在预览里的标题')
    const first = await preview(published.id, 'back-1', warm)
    expect(first.log).toMatch(/kept renderer/)
    expect(fs.readFileSync(path.join(first.dir, 'bulletins/has-public-version/index.html'), 'utf8')).toContain('只在预览里的标题')
    const other = await bulletin('另一份草稿', 'another-draft', 'draft')
    const second = await preview(other.id, 'back-2', warm)
    expect(second.log).toMatch(/kept renderer/)
    const list = fs.readFileSync(path.join(second.dir, 'bulletins/index.html'), 'utf8')
    expect(list).toContain('另一份草稿')
    expect(list).toContain('公开版本的通报')
    expect(list).not.toContain('只在预览里的标题')
  }, 300_000)
})
