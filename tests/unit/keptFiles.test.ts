/**
 * A build's metadata kept in the build process's memory (site/lib/keptFiles.ts) and what the site builder
 * checks of a targeted build's own metadata (publisher/buildMeta.ts assembledCheck, targetedPageCount):
 * a kept file is the file on disk — the same inode under another name (a hard-link snapshot) finds it, a
 * file replaced under the same name (a new build, a hand-edited or damaged file) is read again — and a
 * targeted build that did not write its own manifest never goes live.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeNew } from '../../cms/storage/files.ts'
import { readParts } from '../../publisher/astro/targetedBuild.mjs'
import { assembledCheck, countPages, targetedPageCount, writeBuildInfo } from '../../publisher/buildMeta.ts'
import { ASSEMBLED_FILE, PAGES_FILE } from '../../site/lib/buildRequest.ts'
import { buildManifest, forgetKept, forgetParts, keepPart, keptParts, readKept, rememberKept } from '../../site/lib/keptFiles.ts'
import { partFile } from '../../site/lib/pageManifest.ts'

let work = ''
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'kept-files-'))
  forgetKept()
})
afterEach(() => fs.rmSync(work, { recursive: true, force: true }))

const manifestOf = (pages: string[]) => ({ 'bulletins/[slug]': Object.fromEntries(pages.map((page, i) => [page, `k${i}`])) })

function writeManifest(dir: string, manifest: object): void {
  writeNew(path.join(dir, PAGES_FILE), JSON.stringify(manifest))
}

/** A hard-link copy of `from` at `to` (what a targeted build's snapshot is). */
function snapshot(from: string, to: string): void {
  for (const rel of fs.readdirSync(from, { recursive: true, encoding: 'utf8' })) {
    const source = path.join(from, rel)
    if (fs.statSync(source).isDirectory()) fs.mkdirSync(path.join(to, rel), { recursive: true })
    else fs.linkSync(source, path.join(to, rel))
  }
}

describe('kept build metadata', () => {
  it('should parse a manifest once, find it again through a snapshot, and read again a file replaced under its name', () => {
    const live = path.join(work, 'live')
    writeManifest(live, manifestOf(['/bulletins/a/']))
    let parsed = 0
    const parse = (text: string | null) => {
      parsed++
      return text === null ? null : (JSON.parse(text) as object)
    }
    const file = path.join(live, PAGES_FILE)
    const first = readKept(file, parse)
    expect(readKept(file, parse)).toBe(first)
    expect(parsed).toBe(1)
    // A snapshot's link is the same file: no parse.
    const next = path.join(work, 'next')
    snapshot(live, next)
    expect(readKept(path.join(next, PAGES_FILE), parse)).toBe(first)
    expect(parsed).toBe(1)
    // The new build writes its own manifest under the same name: read again, the live build's kept as it was.
    writeManifest(next, manifestOf(['/bulletins/a/', '/bulletins/b/']))
    expect(buildManifest(next)).toEqual(manifestOf(['/bulletins/a/', '/bulletins/b/']))
    expect(buildManifest(live)).toEqual(manifestOf(['/bulletins/a/']))
  })

  it('should read again a file rewritten in place with other content, and never keep a damaged or missing one', () => {
    const dir = path.join(work, 'b')
    writeManifest(dir, manifestOf(['/bulletins/a/']))
    expect(buildManifest(dir)).toEqual(manifestOf(['/bulletins/a/']))
    // Written in place (not the publisher's way, but a hand edit): another size or time, read again.
    fs.writeFileSync(path.join(dir, PAGES_FILE), JSON.stringify(manifestOf(['/bulletins/zz/'])))
    expect(buildManifest(dir)).toEqual(manifestOf(['/bulletins/zz/']))
    fs.writeFileSync(path.join(dir, PAGES_FILE), '{"bulletins/[slug]": {"/x/": 5}}')
    expect(buildManifest(dir)).toBeNull()
    fs.writeFileSync(path.join(dir, PAGES_FILE), 'not json')
    expect(buildManifest(dir)).toBeNull()
    fs.rmSync(path.join(dir, PAGES_FILE))
    expect(buildManifest(dir)).toBeNull()
    expect(buildManifest(path.join(work, 'nowhere'))).toBeNull()
  })

  it('should keep one file of each kind: the newest manifest, whatever other kinds are read meanwhile', () => {
    let parsed = 0
    const parse = (text: string | null) => {
      parsed++
      return text === null ? null : (JSON.parse(text) as object)
    }
    const a = path.join(work, 'a', PAGES_FILE)
    const b = path.join(work, 'b', PAGES_FILE)
    const media = path.join(work, 'a', '.build', 'media.json')
    writeNew(a, '{}')
    writeNew(b, '{"x": {}}')
    writeNew(media, '{}')
    readKept(a, parse)
    readKept(media, parse)
    readKept(a, parse)
    expect(parsed).toBe(2)
    readKept(b, parse)
    readKept(a, parse)
    expect(parsed).toBe(4)
    readKept(media, parse)
    expect(parsed).toBe(4)
  })

  it('should answer with what was remembered for a file just written', () => {
    const dir = path.join(work, 'c')
    const manifest = manifestOf(['/bulletins/a/'])
    writeManifest(dir, manifest)
    rememberKept(path.join(dir, PAGES_FILE), manifest)
    expect(buildManifest(dir)).toBe(manifest)
  })

  it('should keep manifest parts per parts folder until forgotten', () => {
    const keys = { '/bulletins/a/': 'k' }
    keepPart('/tmp/one', 'bulletins/[slug]', keys)
    expect(keptParts('/tmp/one').get('bulletins/[slug]')).toBe(keys)
    expect(keptParts('/tmp/two').size).toBe(0)
    forgetParts('/tmp/one')
    expect(keptParts('/tmp/one').size).toBe(0)
    keepPart('/tmp/one', 'bulletins/[slug]', keys)
    forgetParts()
    expect(keptParts('/tmp/one').size).toBe(0)
  })
})

describe('a targeted build checked by the site builder', () => {
  function build(name: string, pages: string[]): string {
    const dir = path.join(work, name)
    for (const page of pages) writeNew(path.join(dir, page, 'index.html'), '<h1>x</h1>')
    writeManifest(dir, manifestOf(pages.map((page) => `/${page}/`)))
    return dir
  }

  it('should refuse a build whose manifest or assembly note is the live build’s (the assembly did not finish)', () => {
    const live = build('live', ['bulletins/a', 'bulletins/b'])
    writeNew(path.join(live, ASSEMBLED_FILE), JSON.stringify({ pagesAdded: 0, pagesRemoved: 0 }))
    const next = path.join(work, 'next')
    snapshot(live, next)
    expect(assembledCheck(next, live)).toMatch(/pages\.json/)
    writeManifest(next, manifestOf(['/bulletins/a/', '/bulletins/b/']))
    expect(assembledCheck(next, live)).toMatch(/assembled\.json/)
    writeNew(path.join(next, ASSEMBLED_FILE), JSON.stringify({ pagesAdded: 1, pagesRemoved: 0 }))
    expect(assembledCheck(next, live)).toBeNull()
    fs.rmSync(path.join(next, PAGES_FILE))
    expect(assembledCheck(next, live)).toMatch(/pages\.json/)
  })

  it('should count a targeted build’s pages from the live count and its note, and count them when either is missing or damaged', () => {
    const live = build('live', ['bulletins/a', 'bulletins/b', 'bulletins/c'])
    writeBuildInfo(live, { codeHash: 'x', shards: 1, full: true, pages: countPages(live) })
    const next = build('next', ['bulletins/a', 'bulletins/c', 'bulletins/d', 'bulletins/e'])
    writeNew(path.join(next, ASSEMBLED_FILE), JSON.stringify({ pagesAdded: 2, pagesRemoved: 1 }))
    expect(targetedPageCount(next, live)).toBe(4)
    expect(countPages(next)).toBe(4)
    // A damaged note, or a live build without a count: counted on disk.
    writeNew(path.join(next, ASSEMBLED_FILE), '{"pagesAdded": "9"}')
    fs.rmSync(path.join(next, 'bulletins/e'), { recursive: true })
    expect(targetedPageCount(next, live)).toBe(3)
    writeNew(path.join(next, ASSEMBLED_FILE), JSON.stringify({ pagesAdded: 9, pagesRemoved: 0 }))
    writeBuildInfo(live, { codeHash: 'x', shards: 1, full: true })
    expect(targetedPageCount(next, live)).toBe(3)
  })
})

describe('the new manifest from its parts (publisher/astro/targetedBuild.mjs readParts)', () => {
  const part = (dir: string, route: string, keys: Record<string, string>) =>
    fs.writeFileSync(path.join(dir, partFile(route)), JSON.stringify({ [route]: keys }))

  it('should take kept parts from memory and every other part file once, kept afterwards', () => {
    const parts = path.join(work, 'parts')
    fs.mkdirSync(parts)
    // A route listed in this process: its file is written and its part kept (site/lib/buildScope.ts).
    part(parts, 'bulletins/[slug]', { '/bulletins/a/': 'new' })
    keepPart(parts, 'bulletins/[slug]', { '/bulletins/a/': 'new' })
    // A route not listed (the live build's part, memory only) and one whose part is a file only.
    keepPart(parts, 'news/[slug]', { '/news/n/': 'live' })
    part(parts, 'exposures/[slug]', { '/exposures/e/': 'file' })
    const expected = {
      'bulletins/[slug]': { '/bulletins/a/': 'new' },
      'news/[slug]': { '/news/n/': 'live' },
      'exposures/[slug]': { '/exposures/e/': 'file' },
    }
    expect(readParts(parts)).toEqual(expected)
    // Read again (the assembly after the removed pages): from memory, the files are not read again.
    fs.writeFileSync(path.join(parts, partFile('exposures/[slug]')), '{damaged')
    fs.writeFileSync(path.join(parts, partFile('bulletins/[slug]')), '{damaged')
    expect(readParts(parts)).toEqual(expected)
    expect(keptParts(parts).get('exposures/[slug]')).toEqual({ '/exposures/e/': 'file' })
  })

  it('should name a damaged part file it has to read, and keep nothing of another folder', () => {
    const parts = path.join(work, 'parts')
    fs.mkdirSync(parts)
    keepPart(path.join(work, 'other'), 'news/[slug]', { '/news/n/': 'other build' })
    part(parts, 'news/[slug]', { '/news/n/': 'this build' })
    expect(readParts(parts)).toEqual({ 'news/[slug]': { '/news/n/': 'this build' } })
    fs.writeFileSync(path.join(parts, partFile('units/[slug]')), '{damaged')
    expect(() => readParts(parts)).toThrow(/units__slug_\.json is damaged/)
    forgetParts(parts)
    expect(() => readParts(parts)).toThrow(/damaged/)
  })
})
