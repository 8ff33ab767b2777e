/**
 * The search step of a one-document publish at 100,000-item shard sizes, alone (issue 26): a built site of
 * SHARDS base shards × PER_SHARD synthetic pages (the 64-shard cap makes ~1,700-page shards at 100,000
 * items), then one targeted update with EDITS pages edited (one per shard, as a one-document edit touches
 * 1–2 shards in the 100k build logs), done twice on hard-link snapshots of the same site: writing the
 * shards again (the rule before session 13) and cutting the pages out in place with their new text in a
 * new layer. Prints wall and CPU ms (this process and the Pagefind service) of each.
 * `npx tsx bench/searchCutStep.ts [PER_SHARD] [SHARDS] [cut]` (cpuMs: this process and the Pagefind service it started; ownCpuMs: this process)
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { addFiles, newIndex, placeIndex, writeIndex, writeState } from '../publisher/astro/pagefindIndex.mjs'
import { updateSearchIndex } from '../publisher/astro/searchUpdate.mjs'
import { baseState, shardIndexName } from '../publisher/rules/searchLayers.ts'

const PER_SHARD = Number(process.argv[2] ?? 1700)
const SHARDS = Number(process.argv[3] ?? 4)
const EDITED = Math.min(2, SHARDS)
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cut-step-'))
const live = path.join(root, 'live')

// Text like a bulletin's: a few hundred characters from a vocabulary of ~3,000 words.
const CHARS =
  '文明城市创建通报整改单位街道社区志愿服务交通秩序环境卫生市容市貌公共设施宣传教育窗口行业示范点问题曝光责任落实督查考核测评结果排名进步退步全体居民共同参与'
const word = (n: number) =>
  `${CHARS[n % CHARS.length]}${CHARS[(n * 7 + 3) % CHARS.length]}${n % 5 === 0 ? CHARS[(n * 13) % CHARS.length] : ''}`
let seed = 1
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed
}
const body = (i: number) =>
  Array.from({ length: 8 }, () => `<p>${Array.from({ length: 30 }, () => word(rand() % 3000)).join('')}，编号${i}。</p>`).join('')
const page = (i: number, extra = '') =>
  `<!doctype html><html lang="zh-CN"><head><title>通报 ${i}</title></head><body><header>导航</header><main><h1>第${i}号通报${extra}</h1>${body(i)}</main><footer>页脚</footer></body></html>`
const file = (i: number) => `bulletins/b-${i}/index.html`

const ticks = (): number => {
  const fields = (fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1] ?? '').split(' ')
  // utime, stime, cutime, cstime (the Pagefind service once it has exited), at 100 per second.
  return [11, 12, 13, 14].reduce((sum, at) => sum + Number(fields[at]), 0) * 10
}

const started = Date.now()
const groups = Array.from({ length: SHARDS }, (_, shard) => Array.from({ length: PER_SHARD }, (_, k) => file(shard * PER_SHARD + k)))
for (let i = 0; i < SHARDS * PER_SHARD; i++) {
  fs.mkdirSync(path.dirname(path.join(live, file(i))), { recursive: true })
  fs.writeFileSync(path.join(live, file(i)), page(i))
}
for (let shard = 0; shard < SHARDS; shard++) {
  const index = await newIndex()
  await addFiles(index, live, groups[shard] ?? [])
  const fresh = path.join(live, `.pagefind-shard-${shard}.tmp`)
  await writeIndex(index, groups[shard] ?? [], fresh, shard === 0)
  placeIndex(live, shardIndexName(shard), fresh)
}
writeState(live, baseState(SHARDS, groups))
await pagefind.close()
// The service's exit is reaped (its CPU counted in cutime) before the steps start.
await new Promise((resolve) => setTimeout(resolve, 2000))
console.log(`site: ${SHARDS} shards × ${PER_SHARD} pages indexed in ${Date.now() - started} ms`)

let runs = 0
async function step(mode: 'rewrite' | 'cut') {
  const dir = path.join(root, `${mode}-${++runs}`)
  execFileSync('cp', ['-al', live, dir])
  // One page in each of EDITED shards: new text in its <main>.
  const edited = groups.slice(0, EDITED).map((files) => files[Math.floor(PER_SHARD / 2)] as string)
  for (const rel of edited) {
    const i = Number(rel.match(/b-(\d+)/)?.[1])
    fs.writeFileSync(`${path.join(dir, rel)}.new`, page(i, ` zqedited${mode}x`))
    fs.renameSync(`${path.join(dir, rel)}.new`, path.join(dir, rel))
  }
  const cpu = ticks()
  const own = process.cpuUsage()
  const wall = performance.now()
  const result = await updateSearchIndex(dir, live, edited, null, mode === 'rewrite' ? { cutFrom: Number.POSITIVE_INFINITY } : {})
  const wallMs = Math.round(performance.now() - wall)
  const used = process.cpuUsage(own)
  // The Pagefind service of this step has exited (inParallel closes it): wait until it is reaped.
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const { paths: _paths, ...rest } = result
  const ownMs = Math.round((used.user + used.system) / 1000)
  console.log(JSON.stringify({ mode, wallMs, cpuMs: ticks() - cpu, ownCpuMs: ownMs, ...rest }))
}
for (const mode of process.argv[4] === 'cut' ? (['cut', 'cut'] as const) : (['rewrite', 'cut', 'rewrite', 'cut'] as const)) await step(mode)
fs.rmSync(root, { recursive: true, force: true })
