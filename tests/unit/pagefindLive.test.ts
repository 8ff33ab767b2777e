/**
 * The full build's search index made while pages render (publisher/astro/pagefindLive.ts), through a
 * prerenderer that stands in for Astro's (same interface), with the real Pagefind service: every
 * searchable page has exactly one entry in exactly one base shard, whether it was rendered, reused
 * from the incremental cache (read from disk) or a surprise sent the whole index to disk.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import zlib from 'node:zlib'
import type { AstroPrerenderer, RouteData } from 'astro'
import { afterAll, describe, expect, it } from 'vitest'
import { serviceInputBacklog, servicesWithBlockingInput } from '../../publisher/astro/pagefindIndex.mjs'
import { liveSearch, plannedFiles } from '../../publisher/astro/pagefindLive.ts'
import { applyTaps, prerenderTaps, renderedBody } from '../../publisher/astro/prerenderTaps.ts'
import { shardCount } from '../../publisher/rules/affectedPages.ts'
import { parseSearchState } from '../../publisher/rules/searchLayers.ts'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-live-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const page = { type: 'page' } as RouteData
const endpoint = { type: 'endpoint' } as RouteData
const DOCS = 230
const docPath = (i: number) => `/bulletins/b-${i}/`
const html = (title: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><nav>导航</nav><main><h1>${title}</h1><p>文明城市创建 ${title} 通报内容</p></main></body></html>`
/** The site's paths: documents, a list page and a feed (neither searched), the 404 page. */
const PATHS = [
  ...Array.from({ length: DOCS }, (_, i) => ({ pathname: docPath(i), route: page })),
  { pathname: '/bulletins/', route: page },
  { pathname: '/rss.xml', route: endpoint },
  { pathname: '/404', route: page },
]
const fileOf = (pathname: string) =>
  pathname === '/rss.xml' ? 'rss.xml' : pathname === '/404' ? '404.html' : `${pathname.replace(/^\//, '')}index.html`

/** Astro's part: list the paths, render each (or reuse it when `cached`), write the body where Astro would. */
async function build(
  dir: string,
  prerenderer: AstroPrerenderer,
  cached: (i: number) => boolean,
  extra: string[] = [],
  afterEach: () => void = () => undefined,
) {
  const paths = await prerenderer.getStaticPaths()
  for (const [i, { pathname, route }] of paths.entries()) {
    afterEach()
    const file = path.join(dir, fileOf(pathname))
    fs.mkdirSync(path.dirname(file), { recursive: true })
    if (cached(i)) {
      fs.writeFileSync(file, html(`缓存 ${pathname}`))
      continue
    }
    const result = await prerenderer.render(new Request(new URL(pathname, 'http://localhost')), { routeData: route })
    const response = result instanceof Response ? result : result.response
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()))
  }
  for (const rel of extra) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), html(`额外 ${rel}`))
  }
}

const fakeAstro = (body: (pathname: string) => string = (pathname) => html(`页面 ${pathname}`)): AstroPrerenderer => ({
  name: 'fake',
  getStaticPaths: async () => PATHS,
  render: async (request) => new Response(body(new URL(request.url).pathname), { status: 200 }),
})

/** Every page URL with an entry in any index under dir/pagefind (one per fragment), counted. */
function entries(dir: string): Map<string, number> {
  const counts = new Map<string, number>()
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.pf_fragment')) {
        const text = zlib.gunzipSync(fs.readFileSync(full)).toString('utf8')
        const url = JSON.parse(text.slice(text.indexOf('{'))).url as string
        counts.set(url, (counts.get(url) ?? 0) + 1)
      }
    }
  }
  walk(path.join(dir, 'pagefind'))
  return counts
}

async function run(name: string, cached: (i: number) => boolean, extra: string[] = [], astro = fakeAstro(), afterEach?: () => void) {
  const dir = path.join(root, name)
  fs.mkdirSync(dir, { recursive: true })
  const live = liveSearch()
  live.outDir(dir)
  await build(dir, applyTaps(astro, [live.tap]), cached, extra, afterEach)
  return { dir, done: await live.finish(dir) }
}

function expectOneEntryPerPage(dir: string, pages: number) {
  const state = parseSearchState(fs.readFileSync(path.join(dir, '.build/search.json'), 'utf8'))
  const files = Object.keys(state?.pages ?? {})
  expect(files).toHaveLength(pages)
  expect(state?.shards).toBe(shardCount(pages))
  expect(new Set(Object.values(state?.pages ?? {}))).toEqual(new Set(Array.from({ length: shardCount(pages) }, (_, i) => `shard-${i}`)))
  const counts = entries(dir)
  expect([...counts.values()].every((count) => count === 1)).toBe(true)
  expect([...counts.keys()].sort()).toEqual(files.map((file) => `/${file.replace(/index\.html$/, '')}`).sort())
  expect(counts.has('/bulletins/')).toBe(false)
}

describe('search index while rendering (full builds)', () => {
  it('should plan only searchable HTML pages, the first route of a pathname winning', () => {
    const planned = plannedFiles([...PATHS, { pathname: '/bulletins/b-1', route: endpoint }])
    expect(planned.size).toBe(DOCS)
    expect(planned.get('bulletins/b-1')).toBe('bulletins/b-1/index.html')
    expect(planned.has('rss.xml')).toBe(false)
  })

  it('should index every rendered page once, into shardCount(pages) shards, without reading them again', async () => {
    const { dir, done } = await run('rendered', () => false)
    expect(done).toEqual({ pages: DOCS, whileRendering: DOCS, fromDisk: false })
    expectOneEntryPerPage(dir, DOCS)
    expect(fs.existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(true)
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.pagefind-'))).toEqual([])
  }, 120_000)

  it('should read the pages Astro reused from its cache from disk, still one entry each', async () => {
    const { dir, done } = await run('cached', (i) => i % 3 === 0)
    expect(done.fromDisk).toBe(false)
    expect(done.whileRendering).toBe(DOCS - Math.ceil(DOCS / 3))
    expectOneEntryPerPage(dir, DOCS)
  }, 120_000)

  it('should index the folder from disk when a page it did not plan was written', async () => {
    const { dir, done } = await run('surprise', () => false, ['knowledge/unplanned/index.html'])
    expect(done).toEqual({ pages: DOCS + 1, whileRendering: 0, fromDisk: true })
    expectOneEntryPerPage(dir, DOCS + 1)
  }, 120_000)

  it('should hand the Pagefind service each page at once while rendering, through its blocking input (pages larger than a pipe too)', async () => {
    // Contract with pagefind (lib/service.js): it starts its service with child_process.spawn, stdin a pipe, and writes requests to child.stdin.
    const started = servicesWithBlockingInput()
    const backlogs: number[] = []
    // Every tenth page larger than a pipe's 64 KiB.
    const long = (pathname: string) => `<p>${`${pathname} 文明城市创建长篇通报正文。`.repeat(1_400)}</p></main>`
    const large = (pathname: string) => html(`页面 ${pathname}`).replace('</main>', /b-\d*0\/$/.test(pathname) ? long(pathname) : '</main>')
    const { dir, done } = await run(
      'large',
      () => false,
      [],
      fakeAstro(large),
      () => backlogs.push(serviceInputBacklog()),
    )
    expect(servicesWithBlockingInput()).toBeGreaterThan(started)
    expect(Buffer.byteLength(large(docPath(10)))).toBeGreaterThan(64 * 1024)
    expect(backlogs.filter((bytes) => bytes !== 0)).toEqual([])
    expect(done).toEqual({ pages: DOCS, whileRendering: DOCS, fromDisk: false })
    expectOneEntryPerPage(dir, DOCS)
  }, 180_000)

  it('should leave no Pagefind service behind when the build process is killed', async () => {
    // The service's input is a named pipe this process holds the only writing end of: killed, the service reads its end and exits.
    const script = path.join(root, 'service.mts')
    const module = pathToFileURL(path.resolve('publisher/astro/pagefindIndex.mjs')).href
    fs.writeFileSync(
      script,
      `import { newIndex } from ${JSON.stringify(module)}\nawait newIndex()\nconsole.log('ready')\nsetInterval(() => undefined, 1000)\n`,
    )
    const build = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    await once(build.stdout, 'data')
    /** A process's state and parent (/proc/<pid>/stat), or null once it is gone. */
    const stat = (pid: string) => {
      try {
        const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
        const [state, parent] = text.slice(text.lastIndexOf(')') + 2).split(' ')
        return { state, parent, name: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')) }
      } catch {
        return null
      }
    }
    const services = fs
      .readdirSync('/proc')
      .filter((pid) => /^\d+$/.test(pid) && stat(pid)?.parent === String(build.pid) && stat(pid)?.name.startsWith('pagefind'))
    expect(services).toHaveLength(1)
    build.kill('SIGKILL')
    const service = services[0] as string
    const running = () => {
      const now = stat(service)
      return now !== null && now.state !== 'Z'
    }
    for (let i = 0; i < 200 && running(); i++) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(running()).toBe(false)
  }, 60_000)

  it('should give the page Astro writes the same bytes it rendered', async () => {
    const live = liveSearch()
    fs.mkdirSync(path.join(root, 'bytes'), { recursive: true })
    live.outDir(path.join(root, 'bytes'))
    const tapped = applyTaps(fakeAstro(), [live.tap])
    await tapped.getStaticPaths()
    const result = await tapped.render(new Request('http://localhost/bulletins/b-7/'), { routeData: page })
    const response = result instanceof Response ? result : result.response
    expect(await response.text()).toBe(html('页面 /bulletins/b-7/'))
    await live.finish(path.join(root, 'bytes')).catch(() => undefined)
  }, 60_000)
})

describe('search shards grouped by unit (full builds)', () => {
  /** Document i shows unit u-(i % 5); the list page shows all of them. */
  const unitOf = (pathname: string) => `u-${Number(/b-(\d+)/.exec(pathname)?.[1] ?? 0) % 5}`
  const withUnits = (pathname: string) =>
    html(`页面 ${pathname}`).replace('</main>', `<a href="/units/${unitOf(pathname)}/">${unitOf(pathname)}</a></main>`)

  it('should put the pages of each unit in shards of their own, every page once', async () => {
    const { dir, done } = await run('grouped', () => false, [], fakeAstro(withUnits))
    expect(done).toEqual({ pages: DOCS, whileRendering: DOCS, fromDisk: false })
    const state = parseSearchState(fs.readFileSync(path.join(dir, '.build/search.json'), 'utf8'))
    const byShard = new Map<string, Set<string>>()
    for (const [file, shard] of Object.entries(state?.pages ?? {}))
      byShard.set(shard, (byShard.get(shard) ?? new Set()).add(unitOf(`/${file}`)))
    expect(Object.keys(state?.pages ?? {})).toHaveLength(DOCS)
    expect([...byShard.values()].every((units) => units.size === 1)).toBe(true)
    expect(state?.shards).toBe(byShard.size)
    const counts = entries(dir)
    expect(counts.size).toBe(DOCS)
    expect([...counts.values()].every((count) => count === 1)).toBe(true)
  }, 120_000)
})

describe('prerender taps', () => {
  it('should read a page once for every tap, and hand Astro the same bytes', async () => {
    let reads = 0
    const page = new Response('<main>一页</main>', { status: 200, headers: { 'content-type': 'text/html' } })
    const arrayBuffer = page.arrayBuffer.bind(page)
    page.arrayBuffer = () => {
      reads += 1
      return arrayBuffer()
    }
    const first = await renderedBody(page)
    const second = await renderedBody(first.result)
    expect(reads).toBe(1)
    expect(second.text).toBe('<main>一页</main>')
    expect(second.result).toBe(first.result)
    const handedOn = second.result as Response
    expect(handedOn.status).toBe(200)
    expect(handedOn.headers.get('content-type')).toBe('text/html')
    expect(Buffer.from(await handedOn.arrayBuffer()).equals(Buffer.from('<main>一页</main>'))).toBe(true)
  })

  it('should hand on the same bytes however the page is read, and keep a redirect or a wrapped result as it was', async () => {
    const html = `<main>${'文明城市 '.repeat(5000)}</main>`
    const read = async () =>
      (await renderedBody(new Response(html, { status: 201, statusText: 'Made', headers: { 'x-a': '1' } }))).result as Response
    const byBuffer = await read()
    expect(byBuffer).toBeInstanceOf(Response)
    expect([byBuffer.status, byBuffer.statusText, byBuffer.headers.get('x-a'), byBuffer.body !== null]).toEqual([201, 'Made', '1', true])
    expect(Buffer.from(await byBuffer.arrayBuffer()).toString('utf8')).toBe(html)
    expect(await (await read()).text()).toBe(html)
    const reader = ((await read()).body as ReadableStream<Uint8Array>).getReader()
    const chunks: Uint8Array[] = []
    for (let part = await reader.read(); !part.done; part = await reader.read()) chunks.push(part.value)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(html)
    const wrapped = await renderedBody({ response: new Response('<p>x</p>'), metadata: { a: 1 } } as never)
    const result = wrapped.result as unknown as { response: Response; metadata: unknown }
    expect(result.metadata).toEqual({ a: 1 })
    expect(await result.response.text()).toBe('<p>x</p>')
  })

  it('should apply every tap in order and set no prerenderer without taps', () => {
    const order: string[] = []
    const tap = (name: string) => (prerenderer: AstroPrerenderer) => {
      order.push(name)
      return { ...prerenderer, name: `${prerenderer.name}+${name}` }
    }
    expect(applyTaps(fakeAstro(), [tap('search'), tap('kept')]).name).toBe('fake+search+kept')
    expect(order).toEqual(['search', 'kept'])
    let set = 0
    const hook = prerenderTaps([null, undefined]).hooks['astro:build:start'] as unknown as (options: { setPrerenderer: () => void }) => void
    hook({ setPrerenderer: () => (set += 1) })
    expect(set).toBe(0)
  })
})
