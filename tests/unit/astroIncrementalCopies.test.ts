/**
 * Contract test of touch point 7 of publisher/astro/internals.mjs (Astro's incremental build cache
 * copies): run against Astro's own installed IncrementalBuildCache, so an upgrade that changes where or
 * how it keeps the copies fails here. A publish full build writes each page once (the cache copy is
 * deferred) and the copies are made afterwards as hard links to the finished build.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { IncrementalBuildCache } from '../../node_modules/astro/dist/core/build/incremental.js'
import { deferCacheCopies, linkCacheCopies } from '../../publisher/astro/internals.mjs'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'astro-copies-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))
afterEach(() => deferCacheCopies(false))

/** A cache folder and the settings shape Astro's cache reads (config.cacheDir as a URL). */
function cacheIn(name: string) {
  const dir = path.join(scratch, name)
  fs.mkdirSync(dir, { recursive: true })
  const settings = { config: { cacheDir: pathToFileURL(`${dir}/`) } }
  return { dir, settings, copy: (file: string) => path.join(dir, 'dist', file) }
}

describe('7. the incremental build cache copies (IncrementalBuildCache)', () => {
  it('should write no copy while deferred, and remove a stale one', async () => {
    const { settings, copy } = cacheIn('deferred')
    const cache = new IncrementalBuildCache('config', 'lock', 'key')
    await cache.writeOutputFile(settings as never, 'old/index.html', Buffer.from('old'))
    expect(fs.readFileSync(copy('old/index.html'), 'utf8')).toBe('old')
    deferCacheCopies(true)
    await cache.writeOutputFile(settings as never, 'old/index.html', Buffer.from('new'))
    await cache.writeOutputFile(settings as never, 'fresh/index.html', Buffer.from('fresh'))
    expect(fs.existsSync(copy('old/index.html'))).toBe(false)
    expect(fs.existsSync(copy('fresh/index.html'))).toBe(false)
  })

  it('should write a copy as a new file when not deferred (never through a hard link into a build)', async () => {
    const { dir, settings, copy } = cacheIn('written')
    const built = path.join(dir, 'build.html')
    fs.writeFileSync(built, 'live page')
    fs.mkdirSync(path.dirname(copy('a/index.html')), { recursive: true })
    fs.linkSync(built, copy('a/index.html'))
    deferCacheCopies(false)
    await new IncrementalBuildCache('config', 'lock', 'key').writeOutputFile(settings as never, 'a/index.html', Buffer.from('next'))
    expect(fs.readFileSync(copy('a/index.html'), 'utf8')).toBe('next')
    expect(fs.readFileSync(built, 'utf8')).toBe('live page')
  })

  it("should link every page the manifest lists to the finished build, names decoded as Astro's URLs are", async () => {
    const { dir, settings, copy } = cacheIn('linked')
    const build = path.join(dir, 'build')
    for (const file of ['a/index.html', '新闻/一/index.html']) {
      fs.mkdirSync(path.dirname(path.join(build, file)), { recursive: true })
      fs.writeFileSync(path.join(build, file), `page ${file}`)
    }
    const cache = new IncrementalBuildCache('config', 'lock', 'key')
    cache.record('src/pages/a.astro', 'dep', '/a/', 'k1', 'a/index.html')
    cache.record('src/pages/news.astro', 'dep', '/新闻/一/', 'k2', encodeURI('新闻/一/index.html'))
    cache.record('src/pages/news.astro', 'dep', '/gone/', 'k3', 'gone/index.html')
    cache.writeManifest(settings as never)
    fs.mkdirSync(path.dirname(copy('a/index.html')), { recursive: true })
    fs.writeFileSync(copy('a/index.html'), 'stale')
    expect(await linkCacheCopies(build, dir)).toBe(2)
    for (const file of ['a/index.html', '新闻/一/index.html']) {
      expect(fs.statSync(copy(file)).ino).toBe(fs.statSync(path.join(build, file)).ino)
    }
    expect(fs.existsSync(copy('gone/index.html'))).toBe(false)
    // Astro restores a skipped page from the copy as it would from one it wrote.
    const restored = path.join(dir, 'out', 'a', 'index.html')
    expect(await cache.restoreOutputFile(settings as never, 'a/index.html', pathToFileURL(restored))).toBe(true)
    expect(fs.readFileSync(restored, 'utf8')).toBe('page a/index.html')
  })

  it('should link nothing without a manifest', async () => {
    const { dir } = cacheIn('empty')
    expect(await linkCacheCopies(path.join(dir, 'build'), dir)).toBe(0)
  })
})
