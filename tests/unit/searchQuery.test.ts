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
import { addPage, newIndex, writeIndex } from '../../publisher/astro/pagefindIndex.mjs'
import { pagefindTerms, pairedQuery, searchPages, splitQuery } from '../../site/public/js/searchQuery.js'

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

type Result = { id: string; data: () => Promise<{ url: string; content: string; excerpt: string }> }
type Engine = { search: (term: string) => Promise<{ results: Result[] }>; mergeIndex: (url: string) => Promise<void> }

let dir = ''
let server: http.Server
let engine: Engine
const Segmenter = Intl.Segmenter

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-query-'))
  for (const [shard, pages] of SHARDS.entries()) {
    const index = await newIndex()
    for (const [file, html] of Object.entries(pages)) await addPage(index, file, html)
    await writeIndex(index, Object.keys(pages), path.join(dir, shard === 0 ? 'pagefind' : `pagefind/shard-${shard}`), shard === 0)
  }
  server = http.createServer(sirv(dir, { dev: true }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // As on the search page: <html lang="zh-CN"> (Pagefind reads it to split Chinese queries).
  Object.assign(globalThis, { document: { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) } })
  engine = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'pagefind/pagefind.js')).href)
  await (engine as unknown as { options: (o: object) => Promise<void> }).options({ basePath: `${base}/pagefind/` })
  await engine.mergeIndex(`${base}/pagefind/shard-1/`)
})

afterAll(async () => {
  Object.assign(Intl, { Segmenter })
  Reflect.deleteProperty(globalThis, 'document')
  await pagefind.close()
  server?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const paths = async (results: Result[]) =>
  (await Promise.all(results.map((r) => r.data()))).map((d) => new URL(d.url, 'http://x').pathname).sort()
const found = async (query: string) => paths(await searchPages(engine, query))
const pagefindAlone = async (query: string) => paths((await engine.search(query)).results)
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
