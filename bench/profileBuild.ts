/**
 * Where a full site build spends its time: one full build (fresh Astro cache) of the synthetic content
 * a bench run kept (`npm run bench -- --keep`), with the build process under Node's CPU profiler.
 *   npx tsx bench/profileBuild.ts <kept bench folder> <profile folder>
 * Writes the build process's .cpuprofile into <profile folder> (open it in Chrome DevTools or
 * summarize it with `npx tsx bench/profileSummary.ts <file>`) and prints the build's phases.
 */
import fs from 'node:fs'
import path from 'node:path'
import { WorkerRunner } from '../publisher/runners.ts'
import { buildSite } from '../publisher/siteBuild.ts'
import { prepareBenchEnv } from './env.ts'
import { TreeWatcher } from './procWatch.ts'
import { BENCH_BUILD_TIMEOUT_MS, newLogFinder, phases } from './siteBuild.ts'

const [kept, profiles, mode] = process.argv.slice(2)
if (!kept || !profiles) throw new Error('usage: npx tsx bench/profileBuild.ts <kept bench folder> <profile folder>')
fs.mkdirSync(profiles, { recursive: true })
const { dir, settings } = prepareBenchEnv(kept)
// `noprof`: the same build without the profiler (its phases only).
const profiler = mode === 'noprof' ? {} : { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(profiles)}` }
const runner = new WorkerRunner(settings, { ...settings.source, ...profiler })
const watcher = new TreeWatcher(process.pid, 100, newLogFinder(settings.paths)).start()
const started = performance.now()
const result = await buildSite(settings, { full: true, runner, timeoutMs: BENCH_BUILD_TIMEOUT_MS })
const wallMs = performance.now() - started
const { lines, memory } = watcher.stop()
const pages = result.ok ? result.pages : 0
console.log(JSON.stringify({ ok: result.ok, pages, wallMs: Math.round(wallMs), cpuMs: memory.cpuMs, log: result.logFile }))
console.log(phases(lines, wallMs))
fs.rmSync(dir, { recursive: true, force: true })
// Not runner.close() (SIGKILL): the build process exits on its own when this one does, and writes its profile.
process.exit(0)
