import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { projectRoot } from '../paths.ts'

export type SiteHandler = { serve: ReturnType<typeof sirv>; notFound: Buffer }

/** A file server for one built directory (sirv caches its listing, so each build gets its own). */
export function siteHandler(dir: string | null): SiteHandler {
  const root = dir ?? path.resolve(projectRoot(), 'dist/empty')
  const notFoundFile = path.join(root, '404.html')
  return {
    serve: sirv(root, {
      dev: false,
      etag: true,
      extensions: ['html'],
      setHeaders: (res, pathname) => {
        res.setHeader(
          'cache-control',
          pathname.startsWith('/media/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
        )
      },
    }),
    notFound: fs.existsSync(notFoundFile) ? fs.readFileSync(notFoundFile) : Buffer.from('404'),
  }
}

/** Serve a request from the site, or its Chinese 404 page. */
export function serveFrom(site: SiteHandler, req: http.IncomingMessage, res: http.ServerResponse): void {
  site.serve(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
    res.end(site.notFound)
  })
}
