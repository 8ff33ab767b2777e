/**
 * npm run bench [-- --items 1000 --only build,publish,api,images,weights --edits 20 --duration 10 --keep]
 * Measures the site build, publish-to-live, the REST API, the image pipeline and page weights on a
 * synthetic site in a fresh temp database. A measurement: exits 0 even when goals are missed.
 */
import fs from 'node:fs'
import { parseBenchArgs, type Stage } from './args.ts'
import { prepareBenchEnv } from './env.ts'

const args = parseBenchArgs()
// The bench's folders and its settings, read once: everything below gets them as an argument.
const { dir: tmp, settings } = prepareBenchEnv(args.reuse)
const log = (line: string) => console.log(line)
let exitCode = 0

try {
  const { machine } = await import('./report.ts')
  const info = machine()
  const date = new Date().toISOString().slice(0, 10)
  // With --reuse the size is the reused site's, known once it is read: the header waits for it.
  const header = () => log(`▶ bench: ${args.items.toLocaleString('en')} items, stages ${[...args.only].join(',')}, temp ${tmp}`)
  if (!args.reuse) header()
  const { getPayload } = await import('payload')
  const { payloadConfig } = await import('../cms/payloadConfig.ts')
  const payload = await getPayload({ config: payloadConfig(settings) })
  const { createSynthetic, reuseSynthetic } = await import('./synthetic.ts')
  // The snapshot and 错敏词 stages need no content: alone, they skip creating it. `--only create` measures creation alone.
  const needsContent = [...args.only].some((name) => name !== 'snapshot' && name !== 'words')
  const synthetic = args.reuse || !needsContent ? await reuseSynthetic(payload) : await createSynthetic(payload, args.items)
  if (!needsContent) synthetic.items = args.items
  if (args.reuse) {
    args.items = synthetic.items
    header()
  }
  log(
    `✔ synthetic site: ${JSON.stringify(synthetic.counts)} in ${(synthetic.ms / 1000).toFixed(1)} s${synthetic.cpuMs === undefined ? '' : ` (CPU ${(synthetic.cpuMs / 1000).toFixed(1)} s)`}`,
  )

  const { buildSite } = await import('../publisher/siteBuild.ts')
  const results: import('./report.ts').Results = {}
  if (!args.reuse && needsContent) results.creation = { items: args.items, ms: Math.round(synthetic.ms), cpuMs: synthetic.cpuMs }
  const errors: Record<string, string> = {}
  /** A stage that crashes is reported and the others still run; the exit code then says so. */
  const stage = async (name: Stage, title: string, body: () => Promise<void>) => {
    if (!args.only.has(name)) return
    log(`▶ ${title}`)
    try {
      await body()
    } catch (error) {
      errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error)
      console.error(`✖ ${name} failed:`, error)
      exitCode = 1
    }
  }
  await stage('build', '1. site build', async () => {
    const { benchSiteBuild } = await import('./siteBuild.ts')
    results.build = await benchSiteBuild(settings, tmp, args.items, log)
  })
  if (!results.build && (args.only.has('publish') || args.only.has('weights') || args.only.has('api'))) {
    log('▶ building the site once (not measured)')
    const { BENCH_BUILD_TIMEOUT_MS } = await import('./siteBuild.ts')
    const built = await buildSite(settings, { full: true, timeoutMs: BENCH_BUILD_TIMEOUT_MS })
    if (!built.ok) throw new Error(`site build failed: ${built.error}`)
  }
  await stage('weights', '5. page weights', async () => {
    const { benchWeights, heaviestPage } = await import('./weights.ts')
    const heaviest = heaviestPage(settings.paths)
    results.weights = [...benchWeights(settings.paths), ...(heaviest ? [heaviest] : [])]
  })
  await stage('publish', `2. publish-to-live, ${args.edits} edits`, async () => {
    const { benchPublish } = await import('./publish.ts')
    results.publish = await benchPublish(payload, settings, args.edits, log)
  })
  await stage('api', '3. REST API under load', async () => {
    const { benchApi } = await import('./api.ts')
    results.api = await benchApi(payload, settings, tmp, (synthetic.bulletins[0] as { id: number }).id, args.duration, log)
  })
  await stage('images', '4. image pipeline', async () => {
    const { benchImages } = await import('./images.ts')
    results.images = await benchImages(payload, log)
  })
  await stage('words', '6. 错敏词 check, 10,000 chars × 10,000 entries', async () => {
    const { benchWords } = await import('./sensitiveWords.ts')
    results.words = benchWords()
    log(`✔ 错敏词: median ${results.words.medianMs} ms, p95 ${results.words.p95Ms} ms (compile ${results.words.compileMs} ms)`)
  })
  await stage('residents', '7. 随手拍 and 点赞 under 50 concurrent clients', async () => {
    const { benchResidents } = await import('./residents.ts')
    results.residents = await benchResidents(payload, settings, tmp, log)
  })
  await stage('surveys', '8. 问卷 answers under 50 concurrent clients', async () => {
    const { benchSurveys } = await import('./surveys.ts')
    results.surveys = await benchSurveys(payload, settings, tmp, log)
  })
  await stage('messages', '9. 留言 with a photo under 50 concurrent clients', async () => {
    const { benchMessages } = await import('./messages.ts')
    results.messages = await benchMessages(payload, settings, tmp, log)
  })
  await stage('snapshot', '10. targeted-build snapshot alone', async () => {
    const { benchSnapshot } = await import('./snapshot.ts')
    const { liveTarget } = await import('../publisher/siteBuild.ts')
    results.snapshot = await benchSnapshot(tmp, args.items, liveTarget(settings.paths), log)
  })
  await stage('endorse', '11. 点赞 alone under 50 concurrent clients, one process', async () => {
    const { benchEndorse } = await import('./endorse.ts')
    results.endorse = await benchEndorse(payload, settings, tmp, log, args.profile, args.twoStep)
    if (results.endorse.profile) log(`  server CPU profile: ${results.endorse.profile} (npx tsx bench/profileSummary.ts <file>)`)
  })
  await payload.destroy()

  const { goals, loadAverage, markdown, writeResults } = await import('./report.ts')
  info.loadAverageAtEnd = loadAverage()
  const met = goals(results, args.items)
  const params = { date, items: args.items, only: [...args.only], edits: args.edits, durationS: args.duration }
  const table = markdown(params, info, results, met)
  const file = writeResults(
    {
      date: new Date().toISOString(),
      machine: info,
      params,
      synthetic: { counts: synthetic.counts, ms: Math.round(synthetic.ms), cpuMs: synthetic.cpuMs },
      results,
      goals: met,
      errors,
    },
    table,
    date,
  )
  log(`\n${table}`)
  log(`✔ results: ${file} and bench/results/latest.md`)
} catch (error) {
  console.error('✖ bench crashed:', error)
  exitCode = 1
} finally {
  if (args.keep) log(`temp folder kept: ${tmp}`)
  else {
    // At 100,000 items two builds and their snapshots are over a million entries: minutes of unlinking.
    log(`removing the temp folder ${tmp} (minutes at 100,000 items; the results above are complete — --keep keeps it)`)
    const started = performance.now()
    fs.rmSync(tmp, { recursive: true, force: true })
    log(`temp folder removed in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
}
process.exit(exitCode)
