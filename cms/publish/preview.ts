/**
 * Draft preview: /preview/<collection>/<id> builds the site with that one draft merged in, into a
 * directory under dist/preview (never the live site), and shows the document's page. Only signed-in
 * staff get it; anyone else gets 403 and no draft.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { documentPath } from '../domain/publicPaths.ts'
import { hasRole } from '../domain/roles.ts'
import { projectRoot } from '../paths.ts'

const previewRoot = (): string => path.resolve(projectRoot(), 'dist/preview')
const building = new Map<string, Promise<string | null>>()

async function staffUser(req: http.IncomingMessage, port: number): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/api/users/me`, { headers: { cookie: req.headers.cookie ?? '' } }).catch(
    () => undefined,
  )
  const body = (await response?.json().catch(() => undefined)) as { user?: { role?: string } | null } | undefined
  return hasRole(body?.user ?? null, 'admin', 'reviewer', 'editor', 'unitLiaison')
}

async function draftInfo(collection: string, id: string, req: http.IncomingMessage, port: number) {
  const url = `http://127.0.0.1:${port}/api/${encodeURIComponent(collection)}/${encodeURIComponent(id)}?draft=true&depth=0`
  const response = await fetch(url, { headers: { cookie: req.headers.cookie ?? '' } }).catch(() => undefined)
  if (!response?.ok) return undefined
  return (await response.json()) as { slug?: string; updatedAt?: string }
}

function buildPreview(collection: string, id: string, key: string): Promise<string | null> {
  const dir = path.join(previewRoot(), key)
  if (fs.existsSync(path.join(dir, 'index.html'))) return Promise.resolve(dir)
  const env = {
    ...process.env,
    SITE_OUT_DIR: dir,
    PREVIEW_COLLECTION: collection,
    PREVIEW_ID: id,
    ASTRO_CACHE_DIR: path.resolve(projectRoot(), 'node_modules/.astro-preview'),
    SKIP_SEARCH_INDEX: '1',
  }
  const child = spawn(process.execPath, [path.join(projectRoot(), 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot(),
    env,
    stdio: 'ignore',
  })
  return new Promise((resolve) => child.on('exit', (code) => resolve(code === 0 ? dir : null)))
}

function page(res: http.ServerResponse, status: number, title: string, text: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  res.end(
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${title}</title><body style="font:18px/1.7 system-ui;margin:2rem"><h1>${title}</h1><p>${text}</p></body></html>`,
  )
}

export async function handlePreview(req: http.IncomingMessage, res: http.ServerResponse, port: number): Promise<void> {
  const [, , collection = '', id = '', ...rest] = (req.url ?? '').split('?')[0]?.split('/') ?? []
  if (!(await staffUser(req, port)))
    return page(res, 403, '需要登录', '预览草稿需要先登录管理后台。 / Sign in to the admin to preview drafts.')
  const doc = await draftInfo(collection, id, req, port)
  const target = doc?.slug ? documentPath(collection, doc.slug) : null
  if (!doc || !target) return page(res, 404, '无法预览', '找不到该草稿，或它在网站上没有对应页面。 / No such draft or no public page.')
  const key = `${collection}-${id}-${String(doc.updatedAt).replace(/[^0-9]/g, '')}`
  if (!building.has(key))
    building.set(
      key,
      buildPreview(collection, id, key).finally(() => setTimeout(() => building.delete(key), 60_000)),
    )
  const dir = await building.get(key)
  if (!dir) return page(res, 500, '预览构建失败', '请稍后重试，或联系管理员查看日志。 / The preview build failed.')
  if (rest.length === 0) {
    res.writeHead(302, { location: `/preview/${collection}/${id}${target}`, 'cache-control': 'no-store' })
    res.end()
    return
  }
  req.url = `/${rest.join('/')}`
  res.setHeader('cache-control', 'no-store')
  res.setHeader('x-robots-tag', 'noindex')
  sirv(dir, { dev: true, extensions: ['html'] })(req, res, () => page(res, 404, '页面未找到', '预览中没有这个页面。'))
}
