/** The results file (bench/results/<date>.json), the markdown table (stdout and bench/results/latest.md) and the goals. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ApiResult } from './api.ts'
import { apiGoals, apiRows } from './apiReport.ts'
import { endorseGoals, endorseRows } from './endorse.ts'
import type { ImagesResult } from './images.ts'
import type { PublishResult } from './publish.ts'
import { type ResidentsResult, residentsGoals, residentsRows } from './residents.ts'
import { scaleGoals } from './scaleGoals.ts'
import type { SiteBuildResult } from './siteBuild.ts'
import { snapshotRows } from './snapshot.ts'
import { type SurveysResult, surveysGoals, surveysRows } from './surveys.ts'
import { PAGE_LIMIT, type WeightRow } from './weights.ts'

export type Results = {
  build?: SiteBuildResult
  publish?: PublishResult
  api?: ApiResult
  images?: ImagesResult
  weights?: WeightRow[]
  words?: import('./sensitiveWords.ts').WordsResult
  residents?: ResidentsResult
  surveys?: SurveysResult
  messages?: import('./messages.ts').MessagesResult
  snapshot?: import('./snapshot.ts').SnapshotResult
  endorse?: import('./endorse.ts').EndorseResult
  /** Creating the synthetic site (not measured with --reuse). */
  creation?: { items: number; ms: number; cpuMs?: number }
}
export type Goal = { goal: string; value: string; pass: boolean; note?: string }

export const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100)

export function machine() {
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? os.cpus()[0]?.model ?? 'unknown'
  const release = fs.existsSync('/etc/os-release')
    ? fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)/m)?.[1]
    : undefined
  return {
    os: `${release ?? os.type()} (${os.type()} ${os.release()})`,
    cpu,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    loadAverageAtStart: loadAverage(),
    loadAverageAtEnd: [] as number[],
  }
}

export function goals(results: Results, items: number): Goal[] {
  const at10k = items === 10_000 ? undefined : `goal is set at 10,000 items; this run has ${items.toLocaleString('en')}`
  const list: Goal[] = []
  const { build, publish, api, images, weights } = results
  if (build)
    list.push({
      goal: 'full site build ≤ 1.5 ms/page, search included (issue 26)',
      value: `${build.full.msPerPage} ms/page`,
      pass: build.full.msPerPage <= 1.5,
      note: at10k,
    })
  if (build)
    list.push({
      goal: 'full site build ≤ 3× plain Astro in the same run (issue 26)',
      value: `${build.ratio}× (${build.full.msPerPage} / ${build.baseline.msPerPage} ms/page)`,
      pass: build.ratio <= 3,
    })
  if (publish)
    list.push({
      goal: 'publish-to-live p95 ≤ 2 s',
      value: `${publish.p95} ms`,
      pass: publish.failures.length === 0 && publish.p95 <= 2000,
      note: at10k,
    })
  if (publish) list.push({ goal: '0 edits lost', value: `${publish.failures.length} lost`, pass: publish.failures.length === 0 })
  if (publish?.preview)
    list.push({
      goal: 'draft preview, warm ≤ 1 s',
      value: `${publish.preview.warmMs} ms (median of ${publish.preview.warmAll?.join(' / ') ?? publish.preview.warmMs} ms; first, starting its worker: ${publish.preview.coldMs} ms)`,
      pass: publish.preview.ok && publish.preview.warmMs <= 1000,
      note: at10k,
    })
  if (api) list.push(...apiGoals(api))
  if (images) list.push({ goal: 'renditions ≤ 1.15× raw sharp', value: `${images.ratio}×`, pass: images.ratio <= 1.15 })
  if (results.words) {
    const { medianMs, p95Ms, entries, textChars } = results.words
    list.push({
      goal: '错敏词 check ≤ 20 ms',
      value: `median ${medianMs} ms, p95 ${p95Ms} ms`,
      pass: p95Ms <= 20,
      note: `${textChars} chars × ${entries} entries`,
    })
  }
  if (results.residents) list.push(...residentsGoals(results.residents))
  if (results.surveys) list.push(...surveysGoals(results.surveys))
  list.push(...scaleGoals(results, items))
  if (results.endorse) list.push(...endorseGoals(results.endorse))
  if (weights?.length) {
    const heaviest = Math.max(...weights.map((row) => row.total))
    list.push({ goal: 'every page ≤ 60 kB', value: `max ${kB(heaviest)}`, pass: heaviest <= PAGE_LIMIT })
  }
  return list
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const phaseText = (phases: Record<string, number>) =>
  Object.entries(phases)
    .map(([name, ms]) => `${name} ${s(ms)}`)
    .join(' · ')

export function markdown(params: { date: string; items: number }, info: ReturnType<typeof machine>, results: Results, met: Goal[]): string {
  const rows: string[] = []
  const row = (...cells: (string | number)[]) => rows.push(`| ${cells.join(' | ')} |`)
  const { build, publish, api, images, weights } = results
  if (build) {
    const { full, second, baseline } = build
    row('Site build, full (fresh cache)', `${s(full.wallMs)} for ${full.pages.toLocaleString('en')} pages = **${full.msPerPage} ms/page**`)
    row('— peak RSS (largest process / whole tree)', `${full.memory.peakProcessMb} MB / ${full.memory.peakTreeMb} MB`)
    row('— phases', phaseText(full.phases))
    row(
      'Site build, second run right after',
      `${s(second.wallMs)} = ${second.msPerPage} ms/page (${second.memory.peakTreeMb} MB tree peak)`,
    )
    row('— phases', phaseText(second.phases))
    row(
      'Plain Astro, same number of trivial pages',
      `${s(baseline.wallMs)} = ${baseline.msPerPage} ms/page, ${baseline.memory.peakTreeMb} MB → **ratio ${build.ratio}×**`,
    )
    row(
      '— CPU time (build process tree, user + system)',
      `full ${s(full.memory.cpuMs)} · second ${s(second.memory.cpuMs)} · plain Astro ${s(baseline.memory.cpuMs)} → **CPU ratio ${build.cpuRatio}×** per page`,
    )
  }
  if (publish)
    row(
      `Publish-to-live (${publish.edits} edits)`,
      `p50 ${s(publish.p50)} · **p95 ${s(publish.p95)}** · max ${s(publish.max)}${publish.failures.length ? ` · ${publish.failures.length} never went live` : ''}${publish.retried ? ` · ${publish.retried} built twice (retry)` : ''} (median build ${s(publish.medianBuildMs)}, then ${s(publish.medianAfterLiveMs)} deferred work; ${publish.peakTreeMb} MB tree peak)`,
    )
  if (publish) row('— median phases per edit (startup includes the 200 ms window)', phaseText(publish.medianPhases))
  if (publish?.perEdit.length)
    row(
      '— each edit (collection, build kind, ms to page + feed + search served, CPU of the bench process tree until idle)',
      publish.perEdit
        .map(
          (edit) =>
            `${edit.label} ${edit.kind}${edit.pages === undefined ? '' : ` (${edit.pages} pages)`} ${edit.ms === null ? 'LOST' : s(edit.ms)}${edit.cpuMs === undefined ? '' : ` (CPU ${s(edit.cpuMs)})`}`,
        )
        .join(' · '),
    )
  if (publish?.preview)
    row(
      'Preview of one draft',
      `**${s(publish.preview.warmMs)}** (first preview, starting the preview worker: ${s(publish.preview.coldMs)})${publish.preview.ok ? '' : ' — draft not shown'}`,
    )
  if (api) for (const [measure, value] of apiRows(api)) row(measure, value)
  if (images)
    row(
      `Image pipeline (${images.images} JPEGs, 4 renditions)`,
      `Payload ${images.payloadMsPerImage} ms/image · raw sharp ${images.sharpMsPerImage} ms/image → **${images.ratio}×** (sharp the focal-point way: ${images.focalPointSharpMsPerImage} ms/image)`,
    )
  if (results.residents) for (const [measure, value] of residentsRows(results.residents)) row(measure, value)
  if (results.surveys) for (const [measure, value] of surveysRows(results.surveys)) row(measure, value)
  if (results.snapshot) for (const [measure, value] of snapshotRows(results.snapshot)) row(measure, value)
  if (results.endorse) for (const [measure, value] of endorseRows(results.endorse)) row(measure, value)
  if (results.creation)
    row(
      `Creating the synthetic site (${results.creation.items.toLocaleString('en')} items)`,
      `${s(results.creation.ms)}${results.creation.cpuMs === undefined ? '' : ` (CPU ${s(results.creation.cpuMs)})`}`,
    )
  const out = [
    `### Benchmarks — ${params.date}, ${params.items.toLocaleString('en')} items`,
    '',
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGb} GB RAM, ${info.os}, Node ${info.node}; load average (1/5/15 min) at start ${info.loadAverageAtStart.join(' / ')}, at end ${info.loadAverageAtEnd.join(' / ')}.`,
    ...(rows.length > 0 ? ['', '| Measure | Result |', '|---|---|', ...rows] : []),
  ]
  if (weights?.length) {
    out.push('', '| Page | HTML | CSS | JS | Total | ≤ 60 kB |', '|---|---:|---:|---:|---:|:---:|')
    for (const w of weights)
      out.push(
        `| ${w.type} (\`${w.file}\`) | ${kB(w.html)} | ${kB(w.css)} | ${kB(w.js)} | ${kB(w.total)} | ${w.total <= PAGE_LIMIT ? '✅' : '❌'} |`,
      )
  }
  out.push('', '| Goal | Measured | Met |', '|---|---|:---:|')
  for (const goal of met) out.push(`| ${goal.goal} | ${goal.value}${goal.note ? ` (${goal.note})` : ''} | ${goal.pass ? '✅' : '❌'} |`)
  return `${out.join('\n')}\n`
}

/** bench/results/<date>.json (then <date>-2.json … for later runs the same day) and bench/results/latest.md. */
export function writeResults(json: Record<string, unknown>, table: string, date: string): string {
  const dir = path.resolve('bench/results')
  fs.mkdirSync(dir, { recursive: true })
  let file = path.join(dir, `${date}.json`)
  for (let n = 2; fs.existsSync(file); n++) file = path.join(dir, `${date}-${n}.json`)
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`)
  fs.writeFileSync(path.join(dir, 'latest.md'), table)
  return file
}
