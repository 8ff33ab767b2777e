/**
 * One origin for everything: the static public site at /, the Payload admin at /admin and the
 * API at /api (served by the Next.js app in cms/). Started by `npm start` with NODE_ENV=production.
 * ROLE (cms/domain/serverRole.ts) decides what this process does: `all` (default) serves and runs the
 * site builder, `api` only serves, `builder` only builds (and answers GET /health). The builder runs
 * only while this process holds the builder lease in the database (publisher/lease.ts), so any
 * number of processes can serve while exactly one builds; each serving process notices a switch of
 * the live site made by another process (publisher/liveWatch.ts).
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import next from 'next'
import type { Payload } from 'payload'
import { readSettings } from '../cms/config/settings.ts'
import { challengeKey } from '../cms/domain/challenge.ts'
import { runsBuilder, servesHttp } from '../cms/domain/serverRole.ts'
import { ApiCache } from '../cms/http/apiCache.ts'
import type { SecurityOptions } from '../cms/http/applySecurityHeaders.ts'
import { bodyCapSettings, continueWhenAdmitted, refuseOversizedBody } from '../cms/http/bodyCap.ts'
import { prepareRequest } from '../cms/http/prepareRequest.ts'
import { isCmsPath, withDefaultAdminLanguage } from '../cms/http/rules/routing.ts'
import { resolvePayloadSecret } from '../cms/secrets.ts'
import { globalSlugs, publicCollections, slugs } from '../cms/slugs.ts'
import { answerFast, fastRoute } from './fastApi.ts'
import { answerReport, isFastReport } from './fastReports.ts'
import { serveSiteWithForms } from './formPages.ts'
import { startLeasedBuilder } from './leasedBuilder.ts'
import { watchLiveSite } from './liveWatch.ts'
import { type PhotoWorkers, startPhotoWorkers } from './photoWorkers.ts'
import { handlePreview } from './preview.ts'
import { sharedPayload } from './sharedPayload.ts'
import { liveTarget } from './siteBuild.ts'
import { siteHandler } from './siteHandler.ts'

// This process's settings, read once (README "Configuration"; cms/config/settings.ts).
const settings = readSettings(process.env)
const { role, port } = settings
const security: SecurityOptions = {
  https: settings.site.secureCookies,
  frameHosts: [...settings.embedHosts],
  trustedProxies: [...settings.trustedProxies],
  // 网站设置 → 嵌入来源, as the live build has them (publisher/siteRoutes.ts): frame-ancestors of /embed/ pages.
  embedOrigins: () => site.routes.embedOrigins,
}
// The residents' form pages get a fresh one-time challenge on every GET (cms/domain/formPages.ts).
const formKey = challengeKey(resolvePayloadSecret(settings))
// Request bodies: capped per address before anything reads them (cms/http/rules/bodyCaps.ts).
const bodyCaps = bodyCapSettings(settings)
const app = servesHttp(role) ? next({ dev: false, dir: path.resolve(settings.paths.projectRoot, 'cms'), port }) : null
await app?.prepare()
const handleNext = app?.getRequestHandler()

// Before the first build there is no live site: an empty folder answers 404 until the first switch.
let site = siteHandler(liveTarget(settings.paths) ?? fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-no-site-')))
// Anonymous reads of public content, per process (cms/http/apiCache.ts); filled through this server.
const apiCache = new ApiCache({
  origin: `http://127.0.0.1:${port}`,
  collections: [...publicCollections, slugs.units],
  globals: [globalSlugs.siteIdentity],
})
// Each switch gets a fresh file server (it remembers the files of one build) and drops cached API answers.
const switchSite = (dir: string): void => {
  if (path.resolve(dir) === site.root) return
  site = siteHandler(dir)
  apiCache.clear()
}
const stopWatching = servesHttp(role) ? watchLiveSite(settings.paths, switchSite) : () => undefined
let builder: Awaited<ReturnType<typeof startLeasedBuilder>> | null = null
// Residents' photos are re-encoded in child processes at low priority, never in this one (PHOTO_WORKERS; ROLE=api starts none).
let photoWorkers: PhotoWorkers | null = null
// This process's Payload instance (the one Next started), for the routes answered before Next.
let fastPayload: Payload | null = null

function handleCms(req: http.IncomingMessage, res: http.ServerResponse): void {
  req.headers.cookie = withDefaultAdminLanguage(req.headers.cookie)
  void handleNext?.(req, res)
}

/** ROLE=builder answers only this: whether it is the builder now (holds the lease) or waits. */
function health(req: http.IncomingMessage, res: http.ServerResponse): void {
  const ok = req.method === 'GET' && (req.url ?? '/').split('?')[0] === '/health'
  res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(
    JSON.stringify(
      ok
        ? { role, building: builder?.isBuilding() ?? false, holder: builder?.holder ?? null, photoWorkers: photoWorkers?.pids() ?? [] }
        : { error: 'not found' },
    ),
  )
}

const server = http.createServer((req, res) => {
  const url = req.url ?? '/'
  prepareRequest(req, res, security)
  if (refuseOversizedBody(req, res, bodyCaps)) return
  if (!servesHttp(role)) {
    health(req, res)
    return
  }
  // 点赞 answered before Next once the warm-up has started Payload (publisher/fastApi.ts).
  const fast = fastPayload ? fastRoute(req) : null
  if (fast && fastPayload) {
    void answerFast(fastPayload, fast, req, res)
    return
  }
  // 随手拍 too (publisher/fastReports.ts), where reports are stored in batches.
  if (fastPayload && isFastReport(fastPayload, req)) {
    void answerReport(fastPayload, req, res)
    return
  }
  if (isCmsPath(url)) {
    apiCache.trackWrite(req, res)
    if (!apiCache.handle(req, res, () => handleCms(req, res))) handleCms(req, res)
    return
  }
  if (url.startsWith('/preview/')) {
    void handlePreview(req, res, port, settings)
    return
  }
  serveSiteWithForms(site, req, res, formKey, settings.limits.quizQuestions)
})

server.on('checkContinue', continueWhenAdmitted(server, bodyCaps))

server.on('error', (error: NodeJS.ErrnoException) => {
  const message =
    error.code === 'EADDRINUSE'
      ? `端口 ${port} 已被占用：请停止占用它的程序，或换一个端口，例如 PORT=3001 npm start / port ${port} is in use.`
      : `服务器无法启动 / server failed: ${error.message}`
  console.error(`✖ ${message}`)
  process.exit(1)
})

/**
 * One API request right away: it starts Payload inside the Next app together with its job runner,
 * so scheduled publishing and the hourly overdue refresh run without anyone opening the admin.
 */
async function warmUp(): Promise<void> {
  const started = await fetch(`http://127.0.0.1:${port}/api/users/me`).then(
    () => true,
    () => false,
  )
  // Should this fail, Next answers those routes as before.
  if (started) fastPayload = await sharedPayload(settings).catch(() => null)
}

server.listen(port, () => {
  const ready = servesHttp(role) ? warmUp() : Promise.resolve()
  void ready.then(() => process.send?.({ ready: true, port, role }))
  // The builder (with its startup build) starts once this process holds the builder lease.
  if (!runsBuilder(role)) return
  startLeasedBuilder(settings, switchSite).then(
    (started) => {
      builder = started
      // After the builder's Payload has applied the migrations.
      if (settings.limits.photoWorkers > 0) photoWorkers = startPhotoWorkers(settings)
    },
    (error: unknown) => {
      console.error('✖ 网站构建服务无法启动 / the site builder failed to start:', error)
      process.exit(1)
    },
  )
})

function shutdown(): void {
  stopWatching()
  server.close()
  // Releasing the lease lets a waiting builder take over at once.
  void Promise.allSettled([builder?.close(), app?.close(), photoWorkers?.close()]).finally(() => process.exit(0))
  setTimeout(() => process.exit(0), 3000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
