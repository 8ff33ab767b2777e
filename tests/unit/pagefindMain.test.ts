/**
 * Pagefind is sent only a page's <main> without images (publisher/rules/searchText.ts searchedHtml, used by
 * pagefindIndex.mjs addPage): the index it makes must be byte-for-byte the one made from the whole page
 * without its images (the language is forced, so the <html lang> is not needed).
 */
import * as pagefind from 'pagefind'
import { afterAll, describe, expect, it } from 'vitest'
import { EXCLUDED } from '../../publisher/astro/pagefindIndex.mjs'
import { searchedHtml } from '../../publisher/rules/searchText.ts'

const OPTIONS = { rootSelector: 'main', forceLanguage: 'zh-cn', excludeSelectors: [...EXCLUDED] }

const page = (n: number) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>标题${n} | 示范市</title>` +
  `<meta name="description" content="摘要${n}"><style>body{color:#222}</style></head><body>` +
  `<header><img src="/logo.svg" alt="站标"><nav><a href="/">首页</a></nav></header>` +
  `<main id="main" class="wrap"><h1>文明城市创建第${n}号通报</h1><time datetime="2026-12-0${n}">12月${n}日</time>` +
  `<img src="/media/p${n}.webp" alt="题图${n}"><p>市民参与志愿服务，第${n}次活动在示范市举行。</p>` +
  `<nav class="pager"><a href="/2/">下一页</a></nav></main><footer><p>示范市文明办</p></footer></body></html>`

afterAll(() => pagefind.close())

const withoutImages = (html: string) => html.replace(/<img\b[^>]*>/g, '')

describe('searchedHtml', () => {
  it('should keep <main> only, without images', () => {
    const part = searchedHtml(page(1))
    expect(part.startsWith('<main id="main"')).toBe(true)
    expect(part.endsWith('</main>')).toBe(true)
    expect(part).not.toContain('站标')
    expect(part).not.toContain('题图')
    expect(part).not.toContain('<style>')
  })

  it('should send a page without <main> whole', () => {
    const plain = '<html lang="zh-CN"><body><h1>无主体</h1></body></html>'
    expect(searchedHtml(plain)).toBe(plain)
  })

  it('should make the same index as the whole pages without their images', async () => {
    const whole = (await pagefind.createIndex(OPTIONS)).index
    const parts = (await pagefind.createIndex(OPTIONS)).index
    if (!whole || !parts) throw new Error('Pagefind did not start')
    for (const n of [1, 2, 3]) {
      const file = `bulletins/b${n}/index.html`
      const a = await whole.addHTMLFile({ sourcePath: file, content: withoutImages(page(n)) })
      const b = await parts.addHTMLFile({ sourcePath: file, content: searchedHtml(page(n)) })
      expect(b).toEqual(a)
    }
    const bytes = async (index: typeof whole) =>
      (await index.getFiles()).files.map((file) => `${file.path} ${Buffer.from(file.content).toString('base64')}`).sort()
    expect(await bytes(parts)).toEqual(await bytes(whole))
  })
})
