/**
 * Notice when the live site (the dist/site symlink) is switched by ANOTHER process — the builder in
 * ROLE=builder, or whichever `npm start` holds the builder lease — so this process serves the new
 * build with a fresh file server. It watches the symlink's folder (a switch is a rename there) and
 * also re-reads the link every `intervalMs`, as file watching is not reliable on every file system.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Paths } from '../cms/config/paths.ts'
import { liveTarget } from './siteBuild.ts'

export const LIVE_POLL_MS = 1_000

/**
 * Calls `onChange(dir)` whenever the live target (settings.paths.siteOutDir) differs from the one last
 * seen; returns a stop function.
 */
export function watchLiveSite(paths: Pick<Paths, 'siteOutDir'>, onChange: (dir: string) => void, intervalMs = LIVE_POLL_MS): () => void {
  let seen = liveTarget(paths)
  const check = () => {
    const current = liveTarget(paths)
    if (current === null || current === seen) return
    seen = current
    onChange(current)
  }
  const timer = setInterval(check, intervalMs)
  timer.unref()
  let watcher: fs.FSWatcher | undefined
  try {
    const live = paths.siteOutDir
    fs.mkdirSync(path.dirname(live), { recursive: true })
    watcher = fs.watch(path.dirname(live), (_event, name) => {
      if (name === null || name === path.basename(live)) check()
    })
    watcher.on('error', () => watcher?.close())
  } catch {
    // Polling alone still notices the switch.
  }
  return () => {
    clearInterval(timer)
    watcher?.close()
  }
}
