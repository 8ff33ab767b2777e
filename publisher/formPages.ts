/**
 * The form pages of cms/domain/formPages.ts, answered by the Node server itself: the live build's
 * HTML of the page with its challenge placeholder replaced by a fresh one-time challenge (question,
 * signed token, answer field), `Cache-Control: no-store`, for GET and HEAD. Issuing a challenge
 * writes nothing; the endpoint that receives the form remembers tries and used tokens in the
 * database (cms/limits/challenges.ts). A path that is not a form page, or a page this build does
 * not have, is left to the static file server.
 */
import { randomBytes, randomInt } from 'node:crypto'
import fs from 'node:fs/promises'
import type http from 'node:http'
import path from 'node:path'
import { makeChallenge } from '../cms/domain/challenge.ts'
import { challengeFields, challengePlaceholder, type FormPage, formPageOf } from '../cms/domain/formPages.ts'
import { fillQuizPage } from './quizPage.ts'
import { type SiteHandler, serveFrom } from './siteHandler.ts'

export type FormPageOptions = {
  /** The live build's folder. */
  root: string
  /** challengeKey(PAYLOAD_SECRET) (cms/domain/challenge.ts). */
  key: string
  /** What answers the request when this build has no such page (the static file server). */
  otherwise: () => void
  now?: () => number
  /** QUIZ_QUESTIONS: questions drawn for each GET of the quiz page. */
  quizQuestions?: number
}

/** The decoded, normalized path of a request, or null when it cannot be decoded. */
function pathnameOf(url: string | undefined): string | null {
  try {
    return path.posix.normalize(decodeURIComponent((url ?? '/').split('?')[0] ?? '/'))
  } catch {
    return null
  }
}

/** The built page's file: `/good-people/a/objection/index.html` → `<root>/good-people/a/objection/index.html`. */
function fileOf(root: string, pathname: string): string | null {
  const dir = pathname.replace(/\/index\.html$/, '').replace(/\/$/, '')
  const file = path.join(root, dir, 'index.html')
  return file.startsWith(root + path.sep) ? file : null
}

/** The page with a fresh challenge in place of its placeholder, or null when the page carries none. */
export function fillFormPage(html: string, page: FormPage, key: string, now: number): string | null {
  const placeholder = challengePlaceholder(page.purpose)
  if (!html.includes(placeholder)) return null
  const challenge = makeChallenge({
    key,
    purpose: page.purpose,
    now,
    pick: (n) => randomInt(n),
    nonce: randomBytes(16).toString('base64url'),
  })
  return html.replace(placeholder, challengeFields(challenge))
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse, page: FormPage, file: string, options: FormPageOptions) {
  const html = await fs.readFile(file, 'utf8').catch(() => null)
  const now = (options.now ?? Date.now)()
  const filled =
    html === null
      ? null
      : page.purpose === 'quiz'
        ? await fillQuizPage(html, { root: path.resolve(options.root), key: options.key, now, questions: options.quizQuestions })
        : fillFormPage(html, page, options.key, now)
  if (filled === null) {
    options.otherwise()
    return
  }
  const body = Buffer.from(filled)
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Answer a GET or HEAD of a form page (true), or leave the request alone (false). */
export function serveFormPage(req: http.IncomingMessage, res: http.ServerResponse, options: FormPageOptions): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const pathname = pathnameOf(req.url)
  const page = pathname === null ? null : formPageOf(pathname)
  const file = page && pathname ? fileOf(path.resolve(options.root), pathname) : null
  if (!page || !file) return false
  answer(req, res, page, file, options).catch(() => {
    if (res.headersSent) res.destroy()
    else {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('500')
    }
  })
  return true
}

/** The public site as publisher/server.ts serves it: form pages filled in, everything else from the build's files. */
export function serveSiteWithForms(
  site: SiteHandler,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  key: string,
  quizQuestions?: number,
): void {
  if (!serveFormPage(req, res, { root: site.root, key, quizQuestions, otherwise: () => serveFrom(site, req, res) }))
    serveFrom(site, req, res)
}
