/**
 * 1. Site build: our full build through buildSite() (fresh Astro cache), then a second build right
 * after, and a plain Astro project of N trivial pages as the baseline. Memory comes from /proc
 * (see procWatch.ts); phases from the time each marker line reached the build log.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Paths } from '../cms/config/paths.ts'
import type { Settings } from '../cms/config/settings.ts'
import { buildSite, buildsDir, countPages } from '../publisher/siteBuild.ts'
import { type LogLine, type TreeMemory, TreeWatcher } from './procWatch.ts'
import { round } from './util.ts'

export type BuildRun = { wallMs: number; pages: number; msPerPage: number; memory: TreeMemory; phases: Record<string, number> }
/** `cpuRatio`: the full build's CPU time per page against plain Astro's (less sensitive to a shared machine's load than `ratio`). */
export type SiteBuildResult = { full: BuildRun; second: BuildRun; baseline: BuildRun; ratio: number; cpuRatio: number; logFile: string }

/** A phase runs from its marker line to the next marker found (the last one to the end of the build). */
const MARKERS: [string, RegExp][] = [
  ['startup', /^/],
  ['contentSync', /\[content\] Syncing content/],
  ['typesAndBuildInfo', /\[content\] Synced content/],
  ['viteBundle', /Building static entrypoints/],
  ['renderPages', /generating static routes/],
  ['sitemapAndHooks', /^\d\d:\d\d:\d\d ✓ Completed in/],
  ['searchIndex', /\[@astrojs\/sitemap\]/],
  ['finish', /\[campaign:search-index\]|\[build\] \d+ page\(s\) built/],
  // The builder's checks, build metadata and switch, after the build process is done (publisher/siteBuild.ts).
  ['checkAndSwitch', /^\d\d:\d\d:\d\d checking the new build/],
]

export function phases(lines: LogLine[], wallMs: number): Record<string, number> {
  const found: [string, number][] = []
  let from = 0
  for (const [name, pattern] of MARKERS) {
    const index = name === 'startup' ? 0 : lines.findIndex((line, i) => i >= from && pattern.test(line.text))
    if (index < 0) continue
    found.push([name, name === 'startup' ? 0 : (lines[index] as LogLine).ms])
    from = index
  }
  return Object.fromEntries(found.map(([name, at], i) => [name, Math.round((found[i + 1]?.[1] ?? wallMs) - at)]))
}

const run = (wallMs: number, pages: number, memory: TreeMemory, lines: LogLine[]): BuildRun => ({
  wallMs: Math.round(wallMs),
  pages,
  msPerPage: round(wallMs / Math.max(1, pages), 2),
  memory,
  phases: phases(lines, wallMs),
})

/** Build logs written since this call, oldest first (their names start with the build's timestamp). */
export function newLogs(paths: Paths): () => string[] {
  const dir = buildsDir(paths)
  const list = () => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith('.log')) : [])
  const before = new Set(list())
  return () =>
    list()
      .filter((file) => !before.has(file))
      .sort()
      .map((file) => path.join(dir, file))
}

/** Finds the log of the latest build started since this call. */
export function newLogFinder(paths: Paths): () => string | undefined {
  const logs = newLogs(paths)
  return () => logs().at(-1)
}

/** The bench's full builds may run an hour (the publisher's 5 minutes stop a 100,000-item build half-way). */
export const BENCH_BUILD_TIMEOUT_MS = 60 * 60 * 1000

async function ourBuild(settings: Settings): Promise<BuildRun & { logFile: string }> {
  const findLog = newLogFinder(settings.paths)
  const watcher = new TreeWatcher(process.pid, 100, findLog).start()
  const started = performance.now()
  const result = await buildSite(settings, { full: true, timeoutMs: BENCH_BUILD_TIMEOUT_MS })
  const wallMs = performance.now() - started
  const { memory, lines } = watcher.stop()
  if (!result.ok) throw new Error(`site build failed: ${result.error}\nlog: ${result.logFile}`)
  return { ...run(wallMs, result.pages, memory, lines), logFile: result.logFile }
}

/** A throwaway Astro project with one route producing `count` trivial pages. */
function baselineProject(dir: string, count: number): void {
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true })
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir')
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    // Its own Vite cache: Astro puts it under <root>/node_modules/.vite, which the symlink would make the project's own.
    "export default { outDir: './dist', cacheDir: './cache', vite: { cacheDir: './vite-cache' }, trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } }\n",
  )
  fs.writeFileSync(
    path.join(dir, 'src/pages/[n].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${count} }, (_, i) => ({ params: { n: String(i + 1) } }))\n}\nconst { n } = Astro.params\n---\n<html lang="zh-CN"><head><meta charset="utf-8"><title>第{n}页</title></head><body><h1>第{n}页</h1><p>占位内容。</p></body></html>\n`,
  )
}

async function baselineBuild(settings: Settings, dir: string, count: number): Promise<BuildRun> {
  baselineProject(dir, count)
  const logFile = path.join(dir, 'build.log')
  const log = fs.openSync(logFile, 'w')
  const watcher = new TreeWatcher(process.pid, 100, () => logFile).start()
  const started = performance.now()
  const child = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
    env: { ...settings.source, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', log, log],
  })
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  const wallMs = performance.now() - started
  fs.closeSync(log)
  const { memory, lines } = watcher.stop()
  if (code !== 0) throw new Error(`baseline astro build exited with ${code}; log: ${logFile}`)
  return run(wallMs, countPages(path.join(dir, 'dist')), memory, lines)
}

export async function benchSiteBuild(
  settings: Settings,
  tmp: string,
  items: number,
  log: (line: string) => void,
): Promise<SiteBuildResult> {
  log('  full build (fresh Astro cache)')
  const full = await ourBuild(settings)
  log(`  ${full.pages} pages in ${full.wallMs} ms (CPU ${full.memory.cpuMs} ms)`)
  log('  second build of the same site, right after')
  const second = await ourBuild(settings)
  log(`  ${second.pages} pages in ${second.wallMs} ms`)
  log(`  baseline: plain Astro, ${full.pages} trivial pages`)
  const baseline = await baselineBuild(settings, path.join(tmp, 'baseline'), full.pages || items)
  log(`  ${baseline.pages} pages in ${baseline.wallMs} ms (CPU ${baseline.memory.cpuMs} ms)`)
  const cpuPerPage = (build: BuildRun) => build.memory.cpuMs / Math.max(1, build.pages)
  const cpuRatio = round(cpuPerPage(full) / Math.max(0.001, cpuPerPage(baseline)), 2)
  return { full, second, baseline, ratio: round(full.msPerPage / baseline.msPerPage, 2), cpuRatio, logFile: full.logFile }
}
