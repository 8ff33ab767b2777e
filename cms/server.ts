/**
 * One origin for everything: the static public site at /, the Payload admin at /admin and the
 * API at /api (served by the Next.js app in cms/). Started by `npm start` with NODE_ENV=production.
 * It also runs the site builder: publishing rebuilds the site and switches it in atomically.
 */
import http from 'node:http'
import path from 'node:path'
import next from 'next'
import { getPayload } from 'payload'
import { embedHosts } from './domain/embeds.ts'
import { isCmsPath, withDefaultAdminLanguage } from './domain/routing.ts'
import type { SecurityOptions } from './http/applySecurityHeaders.ts'
import { prepareRequest } from './http/prepareRequest.ts'
import { projectRoot } from './paths.ts'
import { readPublishConfig } from './publish/config.ts'
import { handlePreview } from './publish/preview.ts'
import { startPublishing } from './publish/service.ts'
import { liveTarget } from './publish/siteBuild.ts'
import { serveFrom, siteHandler } from './publish/siteHandler.ts'

const port = Number(process.env.PORT ?? 3000)
const security: SecurityOptions = {
  https: (process.env.SITE_URL ?? '').toLowerCase().startsWith('https:'),
  frameHosts: embedHosts(process.env),
}
const app = next({ dev: false, dir: path.resolve(projectRoot(), 'cms'), port })
await app.prepare()
const handleCms = app.getRequestHandler()

let site = siteHandler(liveTarget())
// The builder's own Payload (this module graph, not Next's bundle): it takes publish requests from
// the database queue that the CMS's hooks write to (cms/publish/index.ts), and saves its status.
const publishing = await startPublishing({
  payload: await getPayload({ config: (await import('./payload.config.ts')).default, key: 'site-builder' }),
  ...readPublishConfig(process.env),
  // Each switch gets a fresh file server: sirv lists a folder once, and a live folder never changes.
  onSwitch: (dir) => (site = siteHandler(dir)),
})

const server = http.createServer((req, res) => {
  const url = req.url ?? '/'
  prepareRequest(req, res, security)
  if (isCmsPath(url)) {
    req.headers.cookie = withDefaultAdminLanguage(req.headers.cookie)
    void handleCms(req, res)
    return
  }
  if (url.startsWith('/preview/')) {
    void handlePreview(req, res, port)
    return
  }
  serveFrom(site, req, res)
})

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
  await fetch(`http://127.0.0.1:${port}/api/users/me`).catch(() => undefined)
}

server.listen(port, () => {
  void warmUp().then(() => process.send?.({ ready: true, port }))
  // The first build starts the long-lived build process, so the first publish is as fast as later ones.
  publishing.builder.request({ reason: 'startup', changed: [] })
})

function shutdown(): void {
  publishing.close()
  server.close()
  void app.close().finally(() => process.exit(0))
  setTimeout(() => process.exit(0), 3000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
