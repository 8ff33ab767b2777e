/**
 * A targeted build's search index (publisher/astro/searchUpdate.mjs) with the real Pagefind service: a
 * page whose bytes changed but not what Pagefind reads (publisher/rules/searchText.ts: <main> without
 * images) keeps its entry and the search files stay those of the live build, byte for byte and link for
 * link; a page whose text changed gets its new text, in the one index written again, where only the
 * files that differ are replaced.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { indexSite } from '../../publisher/astro/pagefindIndex.mjs'
import { earlySearch, updateSearchIndex } from '../../publisher/astro/searchUpdate.mjs'
import { searchedHtml, searchTextChanged } from '../../publisher/rules/searchText.ts'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-update-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const DOCS = 400
const file = (i: number) => `bulletins/b-${i}/index.html`
type Page = { text: string; unit: string; alt: string; photo: string }
const initial = (i: number): Page => ({
  text: `文明城市创建通报 第${i}号`,
  unit: '第1街道',
  alt: '合成题图',
  photo: `/media/p-${i % 3}.jpg`,
})
const html = (page: Page) =>
  `<!doctype html><html lang="zh-CN"><head><title>${page.text}</title></head><body><header>${page.unit}</header>` +
  `<main><h1>${page.text}</h1><img src="${page.photo}" alt="${page.alt}"><p>${page.text} 正文</p></main>` +
  `<footer>责任单位：${page.unit}</footer></body></html>`

/** Every file under dir/pagefind and the search state: relative path → inode and bytes. */
function searchFiles(dir: string): Map<string, { ino: number; bytes: string }> {
  const out = new Map<string, { ino: number; bytes: string }>()
  const state = path.join(dir, '.build/search.json')
  for (const entry of fs.readdirSync(path.join(dir, 'pagefind'), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    out.set(path.relative(dir, full), { ino: fs.statSync(full).ino, bytes: fs.readFileSync(full).toString('base64') })
  }
  out.set('.build/search.json', { ino: fs.statSync(state).ino, bytes: fs.readFileSync(state).toString('base64') })
  return out
}

/** Each page URL's entry text (fragments decompressed). */
function entries(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const entry of fs.readdirSync(path.join(dir, 'pagefind'), { withFileTypes: true, recursive: true })) {
    if (!entry.name.endsWith('.pf_fragment')) continue
    const text = zlib.gunzipSync(fs.readFileSync(path.join(entry.parentPath, entry.name))).toString('utf8')
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string }
    out.set(fragment.url, text.replaceAll('\u200b', ''))
  }
  return out
}

let live = ''
let builds = 0
beforeAll(async () => {
  live = path.join(root, 'live')
  for (let i = 0; i < DOCS; i++) {
    fs.mkdirSync(path.dirname(path.join(live, file(i))), { recursive: true })
    fs.writeFileSync(path.join(live, file(i)), html(initial(i)))
  }
  await indexSite(live)
}, 120_000)

/** A targeted build on a hard-link snapshot of the live build: `edits` pages replaced (new files renamed over their links). */
async function targeted(edits: Record<number, Partial<Page>>, withEarly = false, base = live) {
  const dir = path.join(root, `build-${++builds}`)
  execFileSync('cp', ['-al', base, dir])
  const changed = Object.entries(edits).map(([i, edit]) => {
    const rel = file(Number(i))
    const fresh = `${path.join(dir, rel)}.new`
    fs.writeFileSync(fresh, html({ ...initial(Number(i)), ...edit }))
    fs.renameSync(fresh, path.join(dir, rel))
    return rel
  })
  const early = withEarly ? earlySearch(base, changed, []) : null
  for (const rel of changed) early?.rendered(rel, fs.readFileSync(path.join(dir, rel), 'utf8'))
  return { dir, result: await updateSearchIndex(dir, base, changed, early) }
}

describe('what Pagefind reads of a page', () => {
  it('should be <main> without its images, whatever their attributes hold', () => {
    const page = html({ text: '正文', unit: '某单位', alt: 'a > b "c"', photo: '/media/x.jpg' })
    expect(searchedHtml(page)).toBe('<main><h1>正文</h1><p>正文 正文</p></main>')
    expect(searchedHtml("<main><img alt='x > y' src=/m.jpg><p>t</p></main>")).toBe('<main><p>t</p></main>')
    expect(searchedHtml('<p>no main</p>')).toBe('<p>no main</p>')
  })

  it('should see a change of text only inside <main>, never of an image', () => {
    const before = html(initial(1))
    expect(searchTextChanged(before, html({ ...initial(1), unit: '第2街道' }))).toBe(false)
    expect(searchTextChanged(before, html({ ...initial(1), alt: '新的说明' }))).toBe(false)
    expect(searchTextChanged(before, html({ ...initial(1), photo: '/media/new.jpg' }))).toBe(false)
    expect(searchTextChanged(before, html({ ...initial(1), text: '改写' }))).toBe(true)
    expect(searchTextChanged(null, before)).toBe(true)
  })
})

describe('targeted search update', () => {
  it('should leave every search file byte-identical (the same links) when no page changed its searched text', async () => {
    const before = searchFiles(live)
    const { dir, result } = await targeted(
      Object.fromEntries(Array.from({ length: 60 }, (_, i) => [i * 3, { unit: '第1街道（改名）', alt: `说明 ${i}` }])),
      true,
    )
    expect(result).toMatchObject({ full: false, pages: 0, rewritten: 0, added: 0, unchanged: 60, files: 0 })
    expect(searchFiles(dir)).toEqual(before)
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.pagefind-'))).toEqual([])
  }, 60_000)

  it('should give a page its new text in the one index written again, keeping the other files linked', async () => {
    const before = searchFiles(live)
    const { dir, result } = await targeted({ 7: { text: '改写后的通报 zqnewtext' }, 9: { unit: '别的单位' } }, true)
    expect(result).toMatchObject({ full: false, rewritten: 1, added: 0, unchanged: 1 })
    const after = searchFiles(dir)
    const found = entries(dir)
    expect(found.get('/bulletins/b-7/')).toContain('zqnewtext')
    expect([...found.values()].filter((text) => text.includes('文明城市创建通报 第7号'))).toEqual([])
    expect(found.size).toBe(DOCS)
    // No image meta in any entry (an alt text or photo address never lands in a search file).
    expect([...found.values()].filter((text) => /image/.test(text))).toEqual([])
    // Most files of the rewritten index and every file of the others keep their links to the live build.
    const kept = [...after].filter(([rel, { ino }]) => before.get(rel)?.ino === ino).length
    expect(kept).toBeGreaterThan(after.size * 0.8)
    expect(result.files).toBeLessThan(after.size - kept + 10)
    // Each search file replaced or removed below pagefind/'s own entries is in the build's list of changes
    // (publisher/treeJournal.ts compares only pagefind/'s top-level entries).
    const nested = (rel: string) => rel.startsWith('pagefind/') && rel.split('/').length >= 3
    const replaced = [...after].filter(([rel, { ino }]) => nested(rel) && before.get(rel)?.ino !== ino).map(([rel]) => rel)
    const gone = [...before.keys()].filter((rel) => nested(rel) && !after.has(rel))
    expect(replaced.length + gone.length).toBeGreaterThan(0)
    expect(result.paths).toEqual(expect.arrayContaining([...replaced, ...gone]))
  }, 60_000)

  it('should do the same without the work started while rendering (a build Astro rendered)', async () => {
    const { dir, result } = await targeted({ 11: { text: '再次改写 zqother' }, 12: { alt: '只改说明' } })
    expect(result).toMatchObject({ full: false, rewritten: 1, unchanged: 1 })
    expect(entries(dir).get('/bulletins/b-11/')).toContain('zqother')
  }, 60_000)

  it('should put the pages a change touching most shards changed into shards of their own, so the same change again writes only those', async () => {
    // A renamed unit shown on every tenth page: its pages are in every shard, so everything is indexed again.
    const renamed = (name: string) =>
      Object.fromEntries(Array.from({ length: DOCS / 10 }, (_, i) => [i * 10, { text: `${name} 第${i}号` }]))
    const first = await targeted(renamed('新名街道'), true)
    expect(first.result).toMatchObject({ full: true })
    const state = JSON.parse(fs.readFileSync(path.join(first.dir, '.build/search.json'), 'utf8')) as { pages: Record<string, string> }
    expect(new Set(Array.from({ length: DOCS / 10 }, (_, i) => state.pages[file(i * 10)]))).toEqual(new Set(['shard-0']))
    const second = await targeted(renamed('又改名街道'), true, first.dir)
    expect(second.result).toMatchObject({ full: false, rewritten: 1, added: 0 })
    expect(entries(second.dir).get('/bulletins/b-10/')).toContain('又改名街道')
  }, 120_000)
})
