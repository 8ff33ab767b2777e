/**
 * Draft preview: /preview/<collection>/<id> builds the site with that one draft merged in, into a
 * directory under dist/preview (never the live site), and shows the document's page. It uses the
 * publish builds' engine: when the live build allows a targeted build (same code), only the pages the
 * draft changes (and the routes without getStaticPaths) are rendered, and every other path of the
 * preview is answered from the live build; otherwise the whole site is rendered. Only a user who
 * may update that document gets it (Payload's own access rules, asked through the REST API with the
 * caller's cookie); anyone else gets 403 and no draft. One preview build runs at a time per server;
 * old preview folders are deleted whenever a new build starts.
 */
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Paths } from '../cms/config/paths.ts'
import type { Settings } from '../cms/config/settings.ts'
import { documentPath } from '../cms/domain/publicPaths.ts'
import { PAGES_FILE } from '../site/lib/buildRequest.ts'
import { readBuildInfo } from './buildMeta.ts'
import { draftInfo, mayUpdate, signedIn, type Target } from './previewAccess.ts'
import { OneBuildAtATime } from './previewGate.ts'
import { foldersToPrune, PREVIEW_KEEP, PREVIEW_MAX_AGE_MS, type PreviewFolder } from './rules/previewPrune.ts'
import { type BuildJob, type RunOutcome, scratchDirFor, WorkerRunner } from './runners.ts'
import { liveTarget } from './siteBuild.ts'
import { serveFrom, siteHandler } from './siteHandler.ts'
import { siteSourceHash } from './sourceHash.ts'

/** dist/preview of the project (settings.paths). */
const previewRoot = (paths: Paths): string => path.resolve(paths.projectRoot, 'dist/preview')
const READY_MARK = '.preview-ready'
/** In a preview folder rendered targeted: paths it does not have are answered from the live build. */
const TARGETED_MARK = '.preview-targeted'
const RETRY_AFTER_SECONDS = 60
/** A build still running after this long is stopped, so one stuck build cannot block previews for good. */
const BUILD_TIMEOUT_MS = 15 * 60 * 1000
const gate = new OneBuildAtATime<string | null>()

/** /preview/<collection>/<id>/<rest…> with a collection that has public pages and a plain id, or null. */
function parseTarget(url: string | undefined): Target | null {
  const [, , collection = '', id = '', ...rest] = (url ?? '').split('?')[0]?.split('/') ?? []
  if (!/^[a-z][a-z0-9-]{0,40}$/.test(collection) || !documentPath(collection, 'x')) return null
  if (!/^[A-Za-z0-9]{1,64}$/.test(id)) return null
  return { collection, id, rest }
}

function previewFolders(root: string): PreviewFolder[] {
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => ({ name: entry.name, modifiedMs: fs.statSync(path.join(root, entry.name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
}

/** Delete preview folders past their age or beyond the newest few; never the one about to be built. */
function pruneOldPreviews(keep: string, paths: Paths): void {
  const root = previewRoot(paths)
  const doomed = foldersToPrune(previewFolders(root), {
    now: Date.now(),
    maxAgeMs: PREVIEW_MAX_AGE_MS,
    keep: PREVIEW_KEEP,
    protect: [keep],
  })
  for (const name of doomed) fs.rmSync(path.join(root, name), { recursive: true, force: true })
}

/**
 * This server process among those sharing dist/preview (several API processes, maybe on several
 * hosts): each has its own Astro cache (content store, build request) and builds into its own
 * scratch folder; only the finished folder is renamed into the shared place, so a preview built by
 * one process is served by any of them and two processes never write into the same folder.
 */
const instance = `${os.hostname()}-${process.pid}`.replace(/[^A-Za-z0-9.-]/g, '_')
/** Preview builds run in their own Astro process with their own cache folder: they never touch the publish builder's. */
const previewCacheDir = (paths: Paths): string => path.join(previewRoot(paths), '.cache', instance)
const buildingDir = (key: string, paths: Paths): string => path.join(previewRoot(paths), '.building', `${key}-${instance}`)
/** Another process's cache or unfinished build folder untouched this long is left over from a stopped process. */
const LEFTOVER_MS = 24 * 60 * 60 * 1000
/** The preview build process of each settings this process previews with (the server has one). */
const previewRunners = new WeakMap<Settings, WorkerRunner>()

function previewRunner(settings: Settings): WorkerRunner {
  const runner = previewRunners.get(settings) ?? new WorkerRunner(settings)
  previewRunners.set(settings, runner)
  return runner
}

/** Stop the preview build process of these settings (its kept renderer goes with it); the next preview starts another. */
export function closePreviewRunner(settings: Settings): void {
  previewRunners.get(settings)?.close()
  previewRunners.delete(settings)
}

/** The log of this process's last preview build (whether Astro or the kept renderer rendered it, and its timings). */
export const lastPreviewLog = (paths: Paths): string => path.join(previewCacheDir(paths), 'last-preview.log')

/** Remove other processes' cache and build folders nobody has touched for LEFTOVER_MS. */
function pruneLeftovers(paths: Paths): void {
  for (const folder of ['.cache', '.building']) {
    const root = path.join(previewRoot(paths), folder)
    for (const { name, modifiedMs } of previewFolders(root))
      if (!name.endsWith(instance) && Date.now() - modifiedMs > LEFTOVER_MS)
        fs.rmSync(path.join(root, name), { recursive: true, force: true })
  }
}

/** The live build to render the draft's pages on top of, when it was built from the same code. */
function previewBase(paths: Paths): string | null {
  const live = liveTarget(paths)
  if (!live || !fs.existsSync(path.join(live, PAGES_FILE))) return null
  return readBuildInfo(live)?.codeHash === siteSourceHash(paths.projectRoot) ? live : null
}

/** Build the preview `key` of `target` with these settings (the server's); the folder, or null when the build failed. */
export async function buildPreview(target: Target, key: string, settings: Settings): Promise<string | null> {
  const { paths } = settings
  pruneOldPreviews(key, paths)
  pruneLeftovers(paths)
  const dir = path.join(previewRoot(paths), key)
  const building = buildingDir(key, paths)
  const cacheDir = previewCacheDir(paths)
  fs.rmSync(building, { recursive: true, force: true })
  fs.mkdirSync(cacheDir, { recursive: true })
  const touched = new Date()
  fs.utimesSync(cacheDir, touched, touched)
  const runner = previewRunner(settings)
  const base = previewBase(paths)
  const logFile = lastPreviewLog(paths)
  fs.writeFileSync(logFile, `preview ${key}: ${base ? `targeted on ${base}` : 'full'}\n`)
  const job: BuildJob = {
    outDir: building,
    cacheDir,
    scratchDir: scratchDirFor(paths.projectRoot, `preview-${key}-${instance}`),
    logFile,
    request: {
      searchIndex: false,
      preview: { collection: target.collection, id: target.id },
      targeted: base ? { baseDir: base, into: null } : null,
      pagesDir: null,
    },
    incremental: !base,
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<RunOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: 'timeout' }), BUILD_TIMEOUT_MS)
  })
  const outcome = await Promise.race([runner.run(job), timeout])
  clearTimeout(timer)
  if (!outcome.ok) {
    runner.close()
    for (const folder of [job.scratchDir, building]) fs.rmSync(folder, { recursive: true, force: true })
    return null
  }
  if (base) fs.writeFileSync(path.join(building, TARGETED_MARK), '')
  fs.writeFileSync(path.join(building, READY_MARK), '')
  return placeBuilt(building, dir)
}

/** Rename a finished preview into its shared place; when another process got there first, keep theirs (it may be serving it). */
function placeBuilt(building: string, dir: string): string {
  const theirs = () => fs.existsSync(path.join(dir, READY_MARK))
  if (!theirs()) {
    try {
      fs.rmSync(dir, { recursive: true, force: true })
      fs.renameSync(building, dir)
      return dir
    } catch (error) {
      if (!theirs()) throw error
    }
  }
  fs.rmSync(building, { recursive: true, force: true })
  return dir
}

function page(res: http.ServerResponse, status: number, title: string, text: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  res.end(
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${title}</title><body style="font:18px/1.7 system-ui;margin:2rem"><h1>${title}</h1><p>${text}</p></body></html>`,
  )
}

/** The built folder for `key`: the running build if it is this one, a finished folder, a new build, or null when busy. */
function previewDir(target: Target, key: string, settings: Settings): Promise<string | null> | null {
  const dir = path.join(previewRoot(settings.paths), key)
  if (gate.runningKey !== key && fs.existsSync(path.join(dir, READY_MARK))) return Promise.resolve(dir)
  return gate.run(key, () => buildPreview(target, key, settings))
}

async function answerPreview(req: http.IncomingMessage, res: http.ServerResponse, port: number, settings: Settings): Promise<void> {
  const caller = { req, port }
  const target = parseTarget(req.url)
  if (!target) return page(res, 404, '无法预览', '预览地址不正确。 / Not a preview address.')
  if (!(await signedIn(caller))) return page(res, 403, '需要登录', '预览草稿需要先登录管理后台。 / Sign in to the admin to preview drafts.')
  if (!(await mayUpdate(target, caller)))
    return page(
      res,
      403,
      '无权预览',
      '只有可以编辑这篇内容的账号才能预览它的草稿。 / Only users who may edit this document can preview it.',
    )
  const doc = await draftInfo(target, caller)
  const pagePath = doc?.slug ? documentPath(target.collection, doc.slug) : null
  if (!doc || !pagePath) return page(res, 404, '无法预览', '找不到该草稿，或它在网站上没有对应页面。 / No such draft or no public page.')
  const key = `${target.collection}-${target.id}-${String(doc.updatedAt).replace(/[^0-9]/g, '')}`
  const pending = previewDir(target, key, settings)
  if (!pending) {
    res.setHeader('retry-after', String(RETRY_AFTER_SECONDS))
    return page(
      res,
      429,
      '预览繁忙',
      '另一份草稿预览正在生成，请约 1 分钟后刷新本页重试。 / Another preview is being built; retry in about a minute.',
    )
  }
  const dir = await pending
  if (!dir) return page(res, 500, '预览构建失败', '请稍后重试，或联系管理员查看日志。 / The preview build failed.')
  if (target.rest.length === 0) {
    res.writeHead(302, { location: `/preview/${target.collection}/${target.id}${pagePath}`, 'cache-control': 'no-store' })
    res.end()
    return
  }
  req.url = `/${target.rest.join('/')}`
  res.setHeader('x-robots-tag', 'noindex')
  const notFound = () => page(res, 404, '页面未找到', '预览中没有这个页面。')
  const live = fs.existsSync(path.join(dir, TARGETED_MARK)) ? liveTarget(settings.paths) : null
  serveFrom(
    siteHandler(dir, { preview: true }),
    req,
    res,
    live ? () => serveFrom(siteHandler(live, { preview: true }), req, res, notFound) : notFound,
  )
}

/**
 * Answer /preview/… with the server's settings; an unexpected failure becomes a 500 page (or a closed
 * socket), never a crashed server.
 */
export async function handlePreview(req: http.IncomingMessage, res: http.ServerResponse, port: number, settings: Settings): Promise<void> {
  try {
    await answerPreview(req, res, port, settings)
  } catch (error) {
    console.error(`✖ 预览失败 / preview failed: ${error instanceof Error ? error.message : String(error)}`)
    if (res.headersSent) res.destroy()
    else page(res, 500, '预览失败', '请稍后重试，或联系管理员查看日志。 / The preview failed.')
  }
}
