/**
 * What each build folder keeps about itself and how a finished build is checked before it goes live:
 * its page manifest and build info (publisher/rules/affectedPages.ts), the files a served site cannot do
 * without, every file the search index's shards name, and every page of the manifest.
 */
import fs from 'node:fs'
import path from 'node:path'
import { writeNew } from '../cms/storage/files.ts'
import { ASSEMBLED_FILE, type BuildRequest, INFO_FILE, PAGES_FILE } from '../site/lib/buildRequest.ts'
import { type BuildInfo, type PageManifest, pageFile, parseManifest } from './rules/affectedPages.ts'

/** The search index's shard folders (pagefind/shards.json; an index without one is a single shard). */
export function searchShardDirs(dir: string): string[] {
  const file = path.join(dir, 'pagefind', 'shards.json')
  if (!fs.existsSync(file)) return ['pagefind']
  const { merge } = JSON.parse(fs.readFileSync(file, 'utf8')) as { merge?: string[] }
  return ['pagefind', ...(merge ?? []).map((shard) => `pagefind/${shard.replace(/\/$/, '')}`)]
}

/** Every file each shard's pagefind-entry.json names (its per-language meta file and wasm), as paths under the site. */
export function searchIndexFiles(dir: string): string[] | null {
  const files: string[] = []
  for (const shard of searchShardDirs(dir)) {
    const entryFile = path.join(dir, shard, 'pagefind-entry.json')
    if (!fs.existsSync(entryFile)) return null
    const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { hash?: string; wasm?: string | null }> }
    files.push(
      `${shard}/pagefind-entry.json`,
      ...Object.values(entry.languages ?? {}).flatMap((language) => [
        ...(language.hash ? [`${shard}/pagefind.${language.hash}.pf_meta`] : []),
        ...(language.wasm ? [`${shard}/wasm.${language.wasm}.pagefind`] : []),
      ]),
    )
  }
  return files
}

/** The files a served site cannot do without, and a search index that names only files it has. */
export function quickCheck(dir: string, request: BuildRequest): string | null {
  for (const file of ['index.html', '404.html', 'rss.xml', 'feed.json']) {
    if (!fs.existsSync(path.join(dir, file))) return `构建结果缺少 ${file} / the build has no ${file}`
  }
  if (!fs.readFileSync(path.join(dir, 'rss.xml'), 'utf8').includes('<rss version="2.0"')) return 'rss.xml 不是 RSS 2.0 / rss.xml is not RSS'
  if (!request.searchIndex) return null
  const files = searchIndexFiles(dir)
  if (!files || files.length === 0) return '构建结果缺少搜索索引 / the build has no search index'
  const missing = files.find((file) => !fs.existsSync(path.join(dir, file)))
  return missing ? `搜索索引缺少 ${missing} / the search index names a missing file` : null
}

/** Every page of the manifest has its file (a targeted build must not lose a page). */
export function manifestCheck(dir: string, manifest: PageManifest): string | null {
  for (const keys of Object.values(manifest))
    for (const pathname of Object.keys(keys))
      if (!fs.existsSync(path.join(dir, pageFile(pathname)))) return `构建结果缺少页面 ${pathname} / the build lost a page`
  return null
}

/**
 * A targeted build's own page manifest and assembly note are there, written by this build (the
 * snapshot's are links to the live build's files): its assembly wrote them after checking every new
 * and changed page of the manifest (publisher/astro/targetedBuild.mjs).
 */
export function assembledCheck(dir: string, live: string | null): string | null {
  for (const file of [PAGES_FILE, ASSEMBLED_FILE]) {
    const own = fs.statSync(path.join(dir, file), { throwIfNoEntry: false })
    const old = live ? fs.statSync(path.join(live, file), { throwIfNoEntry: false }) : undefined
    if (!own || (old && old.ino === own.ino && old.dev === own.dev)) return `构建结果缺少 ${file} / the build did not write its ${file}`
  }
  return null
}

/** A targeted build's page count: the live build's (its build info) plus the pages its assembly added, less those it removed; counted when not known. */
export function targetedPageCount(dir: string, live: string): number {
  const before = readBuildInfo(live)?.pages
  try {
    const note = JSON.parse(fs.readFileSync(path.join(dir, ASSEMBLED_FILE), 'utf8')) as { pagesAdded?: unknown; pagesRemoved?: unknown }
    const { pagesAdded, pagesRemoved } = note
    if (typeof before === 'number' && typeof pagesAdded === 'number' && typeof pagesRemoved === 'number')
      return before + pagesAdded - pagesRemoved
  } catch {}
  return countPages(dir)
}

export function countPages(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .length
}

/** What the live build was built from, or null (none, or from before build info was kept). */
export function readBuildInfo(dir: string | null): BuildInfo | null {
  if (!dir) return null
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, INFO_FILE), 'utf8')) as BuildInfo
    return typeof raw.codeHash === 'string' ? raw : null
  } catch {
    return null
  }
}

export function readPageParts(pagesDir: string): PageManifest {
  const manifest: Record<string, PageManifest[string]> = {}
  for (const name of fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir) : [])
    Object.assign(manifest, parseManifest(fs.readFileSync(path.join(pagesDir, name), 'utf8')) ?? {})
  return manifest
}

/** Write the build's metadata as new files (in a targeted build the old ones are links into the live build). */
export function writeBuildMeta(dir: string, manifest: PageManifest, info: BuildInfo): void {
  writeNew(path.join(dir, PAGES_FILE), JSON.stringify(manifest))
  writeBuildInfo(dir, info)
}

export function writeBuildInfo(dir: string, info: BuildInfo): void {
  writeNew(path.join(dir, INFO_FILE), JSON.stringify(info))
}
