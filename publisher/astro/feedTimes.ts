/**
 * After the build (and after a targeted build's assembly, so this integration comes last), give every
 * feed file the time of its last real change (publisher/rules/feedTimes.ts): readers polling a feed
 * get 304 across builds until an item changes, from the built-in server and nginx alike.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import type { BuildRequest } from '../../site/lib/buildRequest.ts'
import { feedLastChange, isFeedFile } from '../rules/feedTimes.ts'

/** Feed files lie at most two folders deep (/rss.xml, /tv/rss.xml, /units/<slug>/rss.xml). */
function feedFiles(root: string, relative = '', depth = 0): string[] {
  const entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true })
  return entries.flatMap((entry) => {
    const rel = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isFile()) return isFeedFile(rel) ? [rel] : []
    if (!entry.isDirectory() || depth >= 2 || entry.name.startsWith('.') || ['media', '_astro', 'pagefind'].includes(entry.name)) return []
    return feedFiles(root, rel, depth + 1)
  })
}

/**
 * Set each feed file's mtime to its last change; returns how many were set. `only`: these files of
 * `root` (relative), e.g. the feeds a targeted build replaced — the others are the live build's, with their time.
 */
export function setFeedTimes(root: string, only?: readonly string[]): number {
  let set = 0
  for (const rel of only ? only.filter(isFeedFile) : feedFiles(root)) {
    const file = path.join(root, rel)
    const changed = feedLastChange(rel, fs.readFileSync(file, 'utf8'))
    if (!changed) continue
    fs.utimesSync(file, changed, changed)
    set += 1
  }
  return set
}

export function feedTimes(request: BuildRequest): AstroIntegration {
  return {
    name: 'campaign:feed-times',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = request.targeted?.into ?? fileURLToPath(dir)
        if (!fs.existsSync(root)) return
        logger.info(`feed times: ${setFeedTimes(root)} feeds dated by their newest change`)
      },
    },
  }
}
