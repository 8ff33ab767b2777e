/**
 * Pages cut out of a written Pagefind index in place (publisher/astro/pagefindCut.mjs,
 * publisher/rules/pagefindFiles.ts) and a targeted build that uses it (searchUpdate.mjs: a large index
 * loses its changed page, whose new text goes into a new layer). Real Pagefind service, real files, and
 * Pagefind's own browser client (served over HTTP, every index merged as the search page does) to see
 * what a search finds. Takedown = gone: after a cut no file under pagefind/, decompressed, holds a word
 * only the page had.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchUrls } from '../../bench/searchCheck.ts'
import { applyCut, planCut } from '../../publisher/astro/pagefindCut.mjs'
import { indexSite, readState } from '../../publisher/astro/pagefindIndex.mjs'
import { earlySearch, updateSearchIndex } from '../../publisher/astro/searchUpdate.mjs'
import { cutChunk, decodeCbor, encodeCbor, readMeta, unwrap, wrap } from '../../publisher/rules/pagefindFiles.ts'
import { CUT_MAX } from '../../publisher/rules/searchLayers.ts'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-cut-'))
const DOCS = 240
const file = (i: number) => `bulletins/b-${i}/index.html`
const url = (i: number) => `/bulletins/b-${i}/`
// Every page has a word of its own (zqpage<i>, spelled out so no page's word is a prefix of another's) and shares the rest.
const own = (i: number) => `zqpage${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`
const html = (i: number, text = `${own(i)} 文明城市创建通报`) =>
  `<!doctype html><html lang="zh-CN"><head><title>${i}</title></head><body><main><h1>通报 ${i}</h1><p>${text} 共同词语</p></main></body></html>`

let live = ''
let builds = 0
let server: http.Server
let base = ''
/** The folder the HTTP server serves (each check points it at a build). */
let served = ''

beforeAll(async () => {
  live = path.join(root, 'live')
  for (let i = 0; i < DOCS; i++) {
    fs.mkdirSync(path.dirname(path.join(live, file(i))), { recursive: true })
    fs.writeFileSync(path.join(live, file(i)), html(i))
  }
  await indexSite(live)
  server = http.createServer((req, res) => {
    const target = path.join(served, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    if (target.startsWith(served) && fs.existsSync(target) && fs.statSync(target).isFile()) res.end(fs.readFileSync(target))
    else {
      res.statusCode = 404
      res.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 120_000)
afterAll(() => {
  server?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

/** The pages a search of `term` finds in the build `dir`, sorted. */
async function finds(dir: string, term: string): Promise<string[]> {
  served = dir
  return (await searchUrls(base, term)).sort()
}

/** Every file under pagefind/, gzip'd ones decompressed, as text. */
function searchText(dir: string): string {
  let all = ''
  for (const entry of fs.readdirSync(path.join(dir, 'pagefind'), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.(js|css)$/.test(entry.name) || entry.name.startsWith('wasm.')) continue
    const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name))
    all += `${bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')}\n`
  }
  return all
}

/** A targeted build on a hard-link snapshot: pages rewritten (new files renamed over their links) or removed. */
async function targeted(edits: Record<number, string>, removed: number[] = [], cutFrom = 50) {
  const dir = path.join(root, `build-${++builds}`)
  execFileSync('cp', ['-al', live, dir])
  const changed = Object.entries(edits).map(([i, text]) => {
    const rel = file(Number(i))
    fs.writeFileSync(`${path.join(dir, rel)}.new`, html(Number(i), text))
    fs.renameSync(`${path.join(dir, rel)}.new`, path.join(dir, rel))
    return rel
  })
  for (const i of removed) fs.rmSync(path.join(dir, file(i)))
  const gone = removed.map(file)
  const early = earlySearch(live, changed, gone, { cutFrom })
  for (const rel of changed) early?.rendered(rel, fs.readFileSync(path.join(dir, rel), 'utf8'))
  const liveFiles = new Map<string, number>()
  for (const entry of fs.readdirSync(path.join(live, 'pagefind'), { withFileTypes: true, recursive: true }))
    if (entry.isFile()) liveFiles.set(path.join(entry.parentPath, entry.name), fs.statSync(path.join(entry.parentPath, entry.name)).ino)
  const result = await updateSearchIndex(dir, live, [...changed, ...gone], early, { cutFrom })
  return { dir, result, liveFiles }
}

describe('Pagefind files', () => {
  it('should read and write back every meta and word chunk byte for byte', () => {
    const folder = path.join(live, 'pagefind')
    const files = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.pf_(meta|index)$/.test(name))
    expect(files.length).toBeGreaterThan(2)
    for (const name of files) {
      const data = zlib.gunzipSync(fs.readFileSync(path.join(folder, name)))
      expect(Buffer.from(wrap(unwrap(data))).equals(data)).toBe(true)
    }
  })

  it('should encode integers, strings and lists in their shortest form', () => {
    for (const value of [0, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32, -1, -25, -300, '', '文明', [], [1, [-2, 'x']], null, true]) {
      expect(decodeCbor(encodeCbor(value))).toEqual(value)
    }
    expect([...encodeCbor(24)]).toEqual([0x18, 24])
    expect([...encodeCbor(-25)]).toEqual([0x38, 24])
    // Every length in the fewest bytes, counted in UTF-8 bytes (8 Chinese characters are 24 bytes: a one-byte length).
    const head = (length: number) => (length < 24 ? 1 : length < 0x100 ? 2 : length < 0x10000 ? 3 : 5)
    for (const length of [0, 1, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32 - 1, 2 ** 32]) {
      expect(encodeCbor(length).length, `${length}`).toBe(length < 2 ** 32 ? head(length) : 9)
      expect(encodeCbor(-1 - length).length, `${-1 - length}`).toBe(length < 2 ** 32 ? head(length) : 9)
    }
    for (const char of ['a', '文', '😀'])
      for (const bytes of [0, 12, 21, 24, 36, 252, 256, 65_532, 65_536]) {
        const size = new TextEncoder().encode(char).length
        if (bytes % size) continue
        const text = char.repeat(bytes / size)
        const encoded = encodeCbor(text)
        expect(encoded.length, `${bytes} bytes of ${char}`).toBe(head(bytes) + bytes)
        expect(decodeCbor(encoded)).toBe(text)
      }
    for (const count of [23, 24, 256]) expect(encodeCbor(new Array(count).fill(0)).length).toBe(head(count) + count)
  })

  it('should refuse bytes that are not one whole CBOR item', () => {
    const item = encodeCbor(['word', [[0, [1]]]])
    expect(() => decodeCbor(item.subarray(0, item.length - 1))).toThrow(/pagefind file/)
    expect(() => decodeCbor(Uint8Array.from([...item, 0]))).toThrow(/pagefind file/)
  })

  it('should refuse a layout it does not know rather than cut blind', () => {
    expect(() => cutChunk(wrap([[['word', [[0, [1]]], ['not empty']]]]), new Set([0]))).toThrow(/unexpected word data/)
    expect(() => readMeta(wrap({} as never))).toThrow()
    expect(() => unwrap(new TextEncoder().encode('other'))).toThrow(/not a pagefind_dcd/)
  })

  it('should take the pages out of word lists whose page numbers are deltas, keeping the others', () => {
    // Word 'a' on pages 0, 2, 5 (deltas 0, 2, 3); cutting page 2 leaves 0, 5 (deltas 0, 5); 'b' only on page 2 goes.
    const chunk = wrap([
      [
        [
          'a',
          [
            [0, [1], []],
            [2, [1], []],
            [3, [1], []],
          ],
          [],
        ],
        ['b', [[2, [4], []]], []],
        ['c', [[5, [2], []]], []],
      ],
    ])
    const out = cutChunk(chunk, new Set([2]))
    if (!out.changed || !out.data) throw new Error('expected a changed chunk')
    expect(unwrap(out.data)).toEqual([
      [
        [
          'a',
          [
            [0, [1], []],
            [5, [1], []],
          ],
          [],
        ],
        ['c', [[5, [2], []]], []],
      ],
    ])
    expect(out).toMatchObject({ from: 'a', to: 'c' })
    expect(cutChunk(chunk, new Set([9]))).toEqual({ changed: false })
    expect(cutChunk(wrap([[['b', [[2, [4], []]], []]]]), new Set([2]))).toEqual({ changed: true, data: null })
  })

  it('should cut a page out of a written index so a search no longer finds it, and find every other page as before', async () => {
    const dir = path.join(root, `cut-${++builds}`)
    execFileSync('cp', ['-al', live, dir])
    const state = JSON.parse(fs.readFileSync(path.join(dir, '.build/search.json'), 'utf8')) as { pages: Record<string, string> }
    const shard = state.pages[file(3)]
    const others = Object.entries(state.pages)
      .filter(([page, index]) => index === shard && page !== file(3))
      .map(([page]) => `/${page.replace(/index\.html$/, '')}`)
    const folder = path.join(dir, 'pagefind', shard === 'shard-0' ? '' : shard)
    const touched: string[] = []
    applyCut(dir, folder, await planCut(folder, [file(3)]), touched)
    expect(await finds(dir, own(3))).toEqual([])
    expect(await finds(dir, own(4))).toEqual([url(4)])
    const shared = await finds(dir, '共同词语')
    expect(shared).toHaveLength(DOCS - 1)
    expect(shared).toEqual(expect.arrayContaining(others))
    expect(searchText(dir)).not.toContain(own(3))
    // Written files are new ones (the live build's stay as they were), every change listed.
    expect(touched.length).toBeGreaterThan(2)
    expect(await finds(live, own(3))).toEqual([url(3)])
    // A page cut out before is not there to cut again; another page of the shard is.
    await expect(planCut(folder, [file(3)])).rejects.toThrow(/is not in/)
    const next = others[0] as string
    const nextFile = `${next.slice(1)}index.html`
    applyCut(dir, folder, await planCut(folder, [nextFile]))
    expect(await finds(dir, '共同词语')).toHaveLength(DOCS - 2)
    expect(await finds(dir, own(4))).toEqual([url(4)])
  }, 60_000)
})

describe('targeted search update with cuts', () => {
  it('should cut an edited page out of its large shard and index its new text in a new layer', async () => {
    const { dir, result, liveFiles } = await targeted({ 5: 'zqnewtextx 改写后的通报' })
    expect(result).toMatchObject({ full: false, rewritten: 0, added: 1, cut: 1, cutIndexes: 1, pages: 1 })
    expect(await finds(dir, 'zqnewtextx')).toEqual([url(5)])
    expect(await finds(dir, own(5))).toEqual([])
    expect(await finds(dir, '共同词语')).toHaveLength(DOCS)
    expect(searchText(dir)).not.toContain(own(5))
    const state = JSON.parse(fs.readFileSync(path.join(dir, '.build/search.json'), 'utf8')) as { pages: Record<string, string> }
    expect(state.pages[file(5)]).toBe('layer-1')
    expect(Object.keys(state.pages)).toHaveLength(DOCS)
    // The live build's files were never written through a link.
    for (const [full, ino] of liveFiles) expect(fs.statSync(full).ino).toBe(ino)
    expect(await finds(live, own(5))).toEqual([url(5)])
  }, 60_000)

  it('should leave no word of a taken-down page in any search file', async () => {
    const { dir, result } = await targeted({}, [8, 9])
    expect(result).toMatchObject({ full: false, rewritten: 0, added: 0, cut: 2 })
    const text = searchText(dir)
    expect(text).not.toContain(own(8))
    expect(text).not.toContain(own(9))
    expect(text).not.toContain(url(8))
    expect(await finds(dir, '共同词语')).toHaveLength(DOCS - 2)
    const state = JSON.parse(fs.readFileSync(path.join(dir, '.build/search.json'), 'utf8')) as { pages: Record<string, string> }
    expect(state.pages[file(8)]).toBeUndefined()
  }, 60_000)

  it('should write a small index again instead of cutting (the default threshold at this size)', async () => {
    const { dir, result } = await targeted({ 6: 'zqsmallx 改写' }, [], 1000)
    expect(result).toMatchObject({ full: false, rewritten: 1, added: 0, cut: 0 })
    expect(await finds(dir, 'zqsmallx')).toEqual([url(6)])
    expect(await finds(dir, own(6))).toEqual([])
  }, 60_000)
})

describe('search work started while pages render (earlySearch)', () => {
  it('should not start a large shard the plan will cut, however many new pages the build adds', async () => {
    // One page of a shard edited, beside more new pages than CUT_MAX: the plan counts only pages of large
    // indexes toward CUT_MAX (searchLayers.ts cutInPlace), so it cuts; the early work must not write the shard.
    const state = readState(live)
    if (!state) throw new Error('no search state')
    const shard = state.pages[file(3)] as string
    const shardFiles = Object.keys(state.pages).filter((page) => state.pages[page] === shard)
    expect(shardFiles.length).toBeGreaterThan(50)
    const fresh = Array.from({ length: CUT_MAX + 50 }, (_, i) => `bulletins/new-${i}/index.html`)
    // cutFrom 50: the shard is large (cut, not started); 1000: it is small (written again, started at once).
    for (const [cutFrom, started] of [
      [50, false],
      [1000, true],
    ] as const) {
      const early = earlySearch(live, [file(3), ...fresh], [], { cutFrom })
      if (!early) throw new Error('no early search')
      early.rendered(file(3), html(3, 'zqearlyx 改写'))
      const taken = await early.take(shard, shardFiles, new Set([file(3)]))
      expect(taken !== null, `cutFrom ${cutFrom}`).toBe(started)
      await taken?.index.deleteIndex()
      await early.discard()
    }
  }, 60_000)
})
