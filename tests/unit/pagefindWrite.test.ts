/**
 * writeIndex (publisher/astro/pagefindIndex.mjs) has the Pagefind service write an index's files itself
 * (writeFiles), so its answer is a few bytes instead of every file of the index (getFiles: base64 in
 * JSON, which at 100,000 items waited in the service until the render ended and then arrived at once,
 * issue 26: builder memory). The folder it leaves must be byte-for-byte what getFiles gave, without
 * Pagefind's scripts and styles outside /pagefind/ itself, and it must still refuse an index missing a page.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import * as pagefind from 'pagefind'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addPage, newIndex, writeIndex } from '../../publisher/astro/pagefindIndex.mjs'

const page = (n: number) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>通报${n}</title></head><body>` +
  `<main><h1>文明城市创建第${n}号通报</h1><p>市民参与志愿服务，第${n}次活动。</p></main></body></html>`
const FILES = ['bulletins/b1/index.html', 'bulletins/b2/index.html', 'news/n3/index.html']

let dir = ''
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-write-'))
})
afterAll(async () => {
  await pagefind.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Every file under `root` as 'path base64', sorted. */
function tree(root: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return tree(root, rel)
    return [`${rel} ${fs.readFileSync(path.join(root, rel)).toString('base64')}`]
  })
}

async function indexOf(files: readonly string[]) {
  const index = await newIndex()
  for (const [n, file] of files.entries()) await addPage(index, file, page(n + 1))
  return index
}

describe('writeIndex', () => {
  it('should write the files getFiles gives, byte for byte, scripts and styles only with the client', async () => {
    const expected = (await (await indexOf(FILES)).getFiles()).files
      .map((file) => `${file.path} ${Buffer.from(file.content).toString('base64')}`)
      .sort()
    expect(expected.some((line) => line.startsWith('pagefind.js '))).toBe(true)
    const client = path.join(dir, 'client')
    await writeIndex(await indexOf(FILES), FILES, client, true)
    expect(tree(client).sort()).toEqual(expected)
    const data = path.join(dir, 'data')
    await writeIndex(await indexOf(FILES), FILES, data, false)
    expect(tree(data).sort()).toEqual(expected.filter((line) => line.split(' ')[0]?.includes('/') || !/\.(js|css) /.test(line)))
    expect(fs.existsSync(path.join(data, 'pagefind.js'))).toBe(false)
    expect(fs.existsSync(path.join(data, 'pagefind-entry.json'))).toBe(true)
  })

  it('should write into a fresh folder: nothing left over from an earlier index there', async () => {
    const out = path.join(dir, 'stale')
    fs.mkdirSync(path.join(out, 'fragment'), { recursive: true })
    fs.writeFileSync(path.join(out, 'fragment', 'old.pf_fragment'), 'not an index')
    fs.writeFileSync(path.join(out, 'pagefind.js'), '// old')
    await writeIndex(await indexOf(FILES), FILES, out)
    expect(fs.existsSync(path.join(out, 'fragment', 'old.pf_fragment'))).toBe(false)
    expect(fs.existsSync(path.join(out, 'pagefind.js'))).toBe(false)
    expect(fs.readdirSync(path.join(out, 'fragment'))).toHaveLength(FILES.length)
  })

  it('should refuse an index missing a page it was meant to hold, naming the page', async () => {
    const index = await indexOf(FILES.slice(0, 2))
    await expect(writeIndex(index, FILES, path.join(dir, 'short'))).rejects.toThrow(/no entry for news\/n3\/index\.html/)
  })

  it('should leave Pagefind nothing of the page text while the answer is awaited, and still index that text', async () => {
    const index = await newIndex()
    const given: { content?: string }[] = []
    // The real index; only what addPage hands it is watched (Pagefind's answer callback keeps that object until the answer is read).
    const watched: typeof index = {
      ...index,
      addHTMLFile: (file) => {
        given.push(file)
        return index.addHTMLFile(file)
      },
    }
    const text = `志愿服务${'文明'.repeat(500)}第九十九号`
    const pending = addPage(watched, 'bulletins/b99/index.html', page(99).replace('</main>', `<p>${text}</p></main>`))
    expect(given).toHaveLength(1)
    expect(given[0]?.content).toBe('')
    await pending
    const out = path.join(dir, 'kept-text')
    await writeIndex(index, ['bulletins/b99/index.html'], out)
    const [fragment] = fs.readdirSync(path.join(out, 'fragment'))
    const stored = zlib.gunzipSync(fs.readFileSync(path.join(out, 'fragment', fragment as string))).toString('utf8')
    // Pagefind splits Chinese words with zero-width spaces.
    expect(stored.replaceAll('\u200b', '')).toContain('第九十九号')
  })

  it('should refuse a page indexed under another address (two files, one URL)', async () => {
    const index = await newIndex()
    await addPage(index, 'a/index.html', page(1))
    await index.addHTMLFile({ sourcePath: 'b/index.html', url: '/a/', content: page(2) })
    await expect(writeIndex(index, ['a/index.html', 'b/index.html'], path.join(dir, 'twice'))).rejects.toThrow(
      /no entry for b\/index\.html/,
    )
  })
})
