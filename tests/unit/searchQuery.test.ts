/**
 * The site search's query rules (site/public/js/searchQuery.js) over a real Pagefind index written the way
 * the site writes it (publisher/astro/pagefindIndex.mjs: its options, two shards merged by the search
 * page), searched with Pagefind's own client (the pagefind.js it wrote) in Node as on the search page:
 * the page's language is zh-CN; a modern browser has Intl.Segmenter, an old one does not (the test removes it).
 * A whole unit name finds every page naming it (its page, a bulletin listing it under 涉及单位, a bulletin
 * naming it in a sentence), a whole person's name or project title finds its page and no page holding
 * only some of its characters, and short queries find exactly what Pagefind alone finds.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import * as pagefind from 'pagefind'
import sirv from 'sirv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchUrls } from '../../bench/searchCheck.ts'
import { addPage, newIndex, writeIndex } from '../../publisher/astro/pagefindIndex.mjs'
import { CHECK_BATCH, pagedSearch, pagefindTerms, pairedQuery, searchPages, splitQuery } from '../../site/public/js/searchQuery.js'

const page = (body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面 | 示范市</title></head><body>` +
  `<header><nav><a href="/">首页</a></nav></header><main id="main">${body}</main><footer>示范市文明办</footer></body></html>`
/** The bulletin's 涉及单位 list as site/components/bulletins/BulletinRelated.astro writes it. */
const unitsList = (name: string) =>
  `<section aria-labelledby="h-units"><h2 id="h-units">涉及单位</h2><ul class="filters"><li><a href="/units/x/">${name}</a></li></ul></section>`

/** Shard 0 (/pagefind/) and shard 1 (/pagefind/shard-1/); shard 1 holds no 斌 and no 新名 / 名街. */
const SHARDS: Record<string, string>[] = [
  {
    'units/x/index.html': page('<h1>新名街道</h1><p>辖区面积三平方公里。</p>'),
    'bulletins/a/index.html': page(`<h1>第一期暗访通报</h1><p>本期通报九个点位。</p>${unitsList('新名街道')}`),
    'bulletins/b/index.html': page('<h1>第二期暗访通报</h1><p>本次检查发现新名街道存在问题。</p>'),
    'good-people/he-wenbin/index.html': page('<h1>何文斌</h1><p>何文斌同志常年义务清扫街巷。</p>'),
    'units/dongfeng/index.html': page('<h1>东风街道</h1><p>东风街道办事处。</p>'),
    'projects/laojiu/index.html': page('<h1>老旧小区改造</h1><p>今年完成改造二十个小区。</p>'),
    'bulletins/c/index.html': page('<h1>新的名单公布</h1><p>名单见附件。</p>'),
    'news/inject/index.html': page('<h1>注入测试</h1><p>市民留言：&lt;img src=x onerror=alert(1)&gt; 注入测试。</p>'),
    'bulletins/nav/index.html': page(
      '<h1>栏目</h1><nav aria-label="筛选"><ul class="filters"><li><a href="/x/">导航专用词</a></li></ul></nav>',
    ),
  },
  {
    'knowledge/ruhe/index.html': page('<h1>如何做好文明城市创建</h1><p>何时开展文明实践活动。</p>'),
    'bulletins/d/index.html': page('<h1>第三期通报</h1><p>何家巷文化墙破损。老旧电线杂乱。</p>'),
    'bulletins/e/index.html': page('<h1>街道动态</h1><p>新华街道开展志愿服务。</p>'),
    'bulletins/f/index.html': page('<h1>第四期通报</h1><p>路口以东 街道口的路灯已修复。</p>'),
  },
]

/**
 * A second site (its own index, served beside the first): one page naming 东风街道 in shard 0 and
 * FLOOD pages in shard 1, which holds no word starting with 东风, each with 东 and 街道 and 路口 and 路灯
 * but not 东风: Pagefind answers 东风街道 there with every one of them (东 for 东风).
 */
const FLOOD = 70
const FLOODED: Record<string, string>[] = [
  {
    'units/dongfeng/index.html': page('<h1>东风街道</h1><p>东风街道办事处。</p>'),
    'units/other/index.html': page('<h1>西城街道</h1><p>西城街道办事处。</p>'),
  },
  Object.fromEntries(
    Array.from({ length: FLOOD }, (_, i) => [
      `bulletins/f-${i}/index.html`,
      page(`<h1>第${i + 1}期通报</h1><p>路口以东 街道口的路灯已修复。</p>`),
    ]),
  ),
]

type Result = { id: string; data: () => Promise<{ url: string; content: string; excerpt: string }> }
type Engine = { search: (term: string) => Promise<{ results: Result[] }>; mergeIndex: (url: string) => Promise<void> }
type Module = Engine & { options: (o: object) => Promise<void> }

let dir = ''
const servers: http.Server[] = []
/** Where each site is served (each on its own server, at its root: Pagefind's result URLs are under it). */
let base = ''
let floodedBase = ''
let engine: Engine
let flooded: Engine
const Segmenter = Intl.Segmenter

/** Write a site's index the way the site does: shard 0 in pagefind/ with the client, the others beside it, shards.json listing them. */
async function writeShards(root: string, shards: Record<string, string>[]): Promise<void> {
  for (const [shard, pages] of shards.entries()) {
    const index = await newIndex()
    for (const [file, html] of Object.entries(pages)) await addPage(index, file, html)
    await writeIndex(index, Object.keys(pages), path.join(root, shard === 0 ? 'pagefind' : `pagefind/shard-${shard}`), shard === 0)
  }
  const merge = shards.slice(1).map((_, i) => `shard-${i + 1}/`)
  fs.writeFileSync(path.join(root, 'pagefind/shards.json'), JSON.stringify({ count: shards.length, merge }))
}

/** Serve a folder over HTTP: its address. */
async function serve(root: string): Promise<string> {
  const server = http.createServer(sirv(root, { dev: true }))
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** The module-level Pagefind client of a written site (each file its own module, its own index). */
async function clientOf(root: string, url: string): Promise<Engine> {
  const client = (await import(/* @vite-ignore */ pathToFileURL(path.join(root, 'pagefind/pagefind.js')).href)) as Module
  await client.options({ basePath: `${url}/pagefind/` })
  await client.mergeIndex(`${url}/pagefind/shard-1/`)
  return client
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-query-'))
  await writeShards(path.join(dir, 'site'), SHARDS)
  await writeShards(path.join(dir, 'flooded'), FLOODED)
  base = await serve(path.join(dir, 'site'))
  floodedBase = await serve(path.join(dir, 'flooded'))
  // As on the search page: <html lang="zh-CN"> (Pagefind reads it to split Chinese queries).
  Object.assign(globalThis, { document: { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) } })
  engine = await clientOf(path.join(dir, 'site'), base)
  flooded = await clientOf(path.join(dir, 'flooded'), floodedBase)
})

afterAll(async () => {
  Object.assign(Intl, { Segmenter })
  Reflect.deleteProperty(globalThis, 'document')
  await pagefind.close()
  for (const server of servers) server.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const paths = async (results: Result[]) =>
  (await Promise.all(results.map((r) => r.data()))).map((d) => new URL(d.url, 'http://x').pathname).sort()
const found = async (query: string) => paths(await searchPages(engine, query))
const pagefindAlone = async (query: string, on = engine) => paths((await on.search(query)).results)
/** A browser without Intl.Segmenter (Pagefind checks for it on every search). */
async function withoutSegmenter<T>(run: () => Promise<T>): Promise<T> {
  Reflect.deleteProperty(Intl, 'Segmenter')
  try {
    return await run()
  } finally {
    Object.assign(Intl, { Segmenter })
  }
}

const NAMED = ['/bulletins/a/', '/bulletins/b/', '/units/x/']

describe('site search in a browser with Intl.Segmenter', () => {
  it('should find every page naming a whole unit name: its page, the 涉及单位 link, the sentence', async () => {
    expect(await found('新名街道')).toEqual(NAMED)
    expect(await found('新名 街道')).toEqual(NAMED)
  })

  it("should find a person's page by the whole name, not pages holding only some of its characters", async () => {
    // Shard 1 knows no 斌: Pagefind alone searches 何文斌 there as 何 + 文.
    expect(await found('何文斌')).toEqual(['/good-people/he-wenbin/'])
    expect(await found('老旧小区改造')).toEqual(['/projects/laojiu/'])
  })

  it("should not take a shard's stand-in for a part it lacks (东 for 东风) as the part", async () => {
    // Shard 1 holds no word starting with 东风; Pagefind answers 东风 there with its word 东.
    expect(await pagefindAlone('东风街道')).toEqual(['/bulletins/f/', '/units/dongfeng/'])
    expect(await found('东风街道')).toEqual(['/units/dongfeng/'])
  })

  it('should find exactly what Pagefind finds for one word or one character (no flood)', async () => {
    for (const query of ['新', '名', '街道', '何', '文明', '老旧']) expect(await found(query), query).toEqual(await pagefindAlone(query))
    expect(await found('新')).toEqual(['/bulletins/a/', '/bulletins/b/', '/bulletins/c/', '/bulletins/e/', '/units/x/'])
    expect(await found('街道')).toEqual([
      '/bulletins/a/',
      '/bulletins/b/',
      '/bulletins/e/',
      '/bulletins/f/',
      '/units/dongfeng/',
      '/units/x/',
    ])
  })

  it('should leave navigation filter lists out of the index, not the document lists styled like them', async () => {
    expect(await found('导航专用词')).toEqual([])
    expect(await found('涉及单位')).toEqual(['/bulletins/a/'])
  })
})

describe('site search in a browser without Intl.Segmenter', () => {
  it('should find every page naming a whole unit name (Pagefind alone: the unit page, and none naming it)', async () => {
    await withoutSegmenter(async () => {
      // One term, 新名街道: it begins a word only on the unit page; shard 1, where no word begins with it,
      // falls back to its longest word that begins the term (新, of 新华街道).
      expect(await pagefindAlone('新名街道')).toEqual(['/bulletins/e/', '/units/x/'])
      expect(await found('新名街道')).toEqual(NAMED)
      expect(await found('何文斌')).toEqual(['/good-people/he-wenbin/'])
      expect(await found('老旧小区改造')).toEqual(['/projects/laojiu/'])
    })
  })

  it('should search one or two characters as Pagefind does', async () => {
    await withoutSegmenter(async () => {
      for (const query of ['新', '街道', '新名', '何']) expect(await found(query), query).toEqual(await pagefindAlone(query))
    })
  })
})

describe('a query found on more pages than are read at once', () => {
  /** Pagefind's engine, counting the pages read (each a fragment file the browser downloads). */
  function counting(inner: Engine): { engine: Engine; reads: () => number } {
    let reads = 0
    const search = async (term: string) => ({
      results: (await inner.search(term)).results.map((r) => ({
        ...r,
        data: () => {
          reads++
          return r.data()
        },
      })),
    })
    return { engine: { ...inner, search }, reads: () => reads }
  }

  it(`should check every result, not only the first ones (${FLOOD} pages Pagefind gives for 东风街道 hold 东 but not 东风)`, async () => {
    expect((await pagefindAlone('东风街道', flooded)).length).toBe(FLOOD + 1)
    expect(await paths(await searchPages(flooded, '东风街道'))).toEqual(['/units/dongfeng/'])
    const pager = await pagedSearch(flooded, '东风街道')
    expect(await paths(await pager.next(20))).toEqual(['/units/dongfeng/'])
    expect(pager.more()).toBe(false)
    expect(pager.total()).toBe(1)
    await withoutSegmenter(async () => expect(await paths(await searchPages(flooded, '东风街道'))).toEqual(['/units/dongfeng/']))
  })

  it('should read the pages of a page of results as it is shown, and tell whether more are left', async () => {
    // Every flood page holds 路口 and 路灯: all pass, 20 at a time.
    const { engine: counted, reads } = counting(flooded)
    const pager = await pagedSearch(counted, '路口 路灯')
    const first = await pager.next(20)
    expect(first).toHaveLength(20)
    expect(pager.more()).toBe(true)
    expect(pager.total()).toBeNull()
    // The shown ones and one ahead (so 'more' is known), in batches of CHECK_BATCH or more: far from all.
    expect(reads()).toBeLessThanOrEqual(Math.max(CHECK_BATCH, 21))
    const rest = await pager.next(100)
    expect(rest).toHaveLength(FLOOD - 20)
    expect(pager.more()).toBe(false)
    expect(pager.total()).toBe(FLOOD)
    // Pagefind's ranking kept, no result twice.
    const all = [...first, ...rest]
    expect(new Set(all.map((r) => r.id)).size).toBe(FLOOD)
    expect(all.map((r) => r.id)).toEqual((await searchPages(flooded, '路口 路灯')).map((r) => r.id))
    for (const data of await Promise.all(all.map((r) => r.data()))) expect(data.content).toMatch(/路口[\s\S]*路灯/)
  })

  it('should give a one-part query its count at once, reading nothing', async () => {
    const { engine: counted, reads } = counting(flooded)
    const pager = await pagedSearch(counted, '街道')
    expect(await pager.next(20)).toHaveLength(20)
    expect(pager.total()).toBe(FLOOD + 2)
    expect(reads()).toBe(0)
  })
})

describe("the bench's search check (bench/searchCheck.ts): what a resident's search finds", () => {
  it('should split a Chinese query as the zh-CN search page does and apply its query rules', async () => {
    // Unsplit (a page of no language), 新名街道 must begin a word: only the unit page, and 新华 in shard 1.
    expect(await searchUrls(base, '新名街道').then((urls) => urls.sort())).toEqual(NAMED)
    expect(await searchUrls(base, '何文斌')).toEqual(['/good-people/he-wenbin/'])
    expect(await searchUrls(floodedBase, '东风街道')).toEqual(['/units/dongfeng/'])
    // The test's own stand-in document is still there (the check puts back what it found).
    expect((globalThis as unknown as { document: { querySelector: () => unknown } }).document.querySelector()).toBeTruthy()
  })
})

describe('result excerpts', () => {
  it("should give a page's markup-like text escaped, with only <mark> as markup (search.js shows the excerpt as HTML)", async () => {
    const results = await searchPages(engine, '注入测试')
    expect(results).toHaveLength(1)
    const { excerpt } = await (results[0] as Result).data()
    expect(excerpt).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
  })
})

describe('query rules', () => {
  it('should split runs of three or more Chinese characters into overlapping pairs', () => {
    expect(splitQuery('新名街道')).toEqual('新名 名街 街道')
    expect(splitQuery('“文明餐桌”宣传，2026年 ABC')).toEqual('文明 明餐 餐桌 宣传 2026 年 abc')
    expect(splitQuery('街道')).toEqual('街道')
  })

  it('should ask for a paired query only where Pagefind cannot split words and pairs change the terms', () => {
    expect(pairedQuery('新名街道', false)).toBe('新名 名街 街道')
    expect(pairedQuery('新名街道', true)).toBeNull()
    expect(pairedQuery('新名', false)).toBeNull()
    expect(pairedQuery('新名 街道', false)).toBeNull()
    expect(pairedQuery('"新名街道"', false)).toBeNull()
  })

  it("should make Pagefind's terms: the browser's words, punctuation dropped, lower-cased", () => {
    expect(pagefindTerms('新名街道', true)).toEqual(['新', '名', '街道'])
    expect(pagefindTerms('“新名”，ABC', false)).toEqual(['新名abc'])
    expect(pagefindTerms('新名 ABC', false)).toEqual(['新名', 'abc'])
  })
})
