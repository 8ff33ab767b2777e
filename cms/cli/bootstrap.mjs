// Runs before `npm start` and `npm test` on whatever Node the machine has (system Node may be 20):
// install the project's dependencies, which bring Node 24, when they are missing or stale; before
// `npm test` also the Debian packages the feed and browser tests use (see systemDeps.mjs).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { findMissingSystemPackages, hasAptGet, planSystemDeps } from './systemDeps.mjs'

const root = process.cwd()
const nodeBin = path.join(root, 'node_modules', '.bin', 'node')
const marker = path.join(root, 'node_modules', '.package-lock.json')

function projectNodeMajor() {
  if (!fs.existsSync(nodeBin)) return 0
  const result = spawnSync(nodeBin, ['--version'], { encoding: 'utf8' })
  return Number(/^v(\d+)/.exec(result.stdout ?? '')?.[1] ?? 0)
}

function installIsStale() {
  if (!fs.existsSync(marker)) return true
  const installed = fs.statSync(marker).mtimeMs
  return ['package.json', 'package-lock.json'].some((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs > installed)
}

if (projectNodeMajor() < 24 || installIsStale()) {
  console.log('▶ 安装依赖（首次约 1–2 分钟）/ installing dependencies (first time: 1–2 minutes)')
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' })
  if (result.status !== 0) {
    console.error('✖ npm install 失败，请检查网络或 npm 镜像设置 / npm install failed: check the network or the npm registry setting')
    process.exit(1)
  }
  if (projectNodeMajor() < 24) {
    console.error('✖ 未能安装 Node 24（node_modules/.bin/node）/ Node 24 was not installed into node_modules/.bin/node')
    process.exit(1)
  }
}

/** Install what is missing when we may (root with apt-get), else stop with the command to run. */
function ensureSystemPackages() {
  // Where tests/helpers/browser.ts looks for Chromium.
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  const missing = findMissingSystemPackages({ chromiumPath })
  const plan = planSystemDeps({ missing, isRoot: process.getuid?.() === 0, hasAptGet: missing.length > 0 && hasAptGet() })
  if (plan.action === 'none') return
  if (plan.action === 'stop') {
    console.error(plan.message)
    process.exit(1)
  }
  console.log(plan.message)
  for (const [command, ...args] of plan.commands) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    const result = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 })
    if (result.status !== 0) {
      process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error.message}\n` : ''}`)
      console.error(`✖ ${command} ${args.join(' ')} 失败 / failed`)
      process.exit(1)
    }
  }
  const still = findMissingSystemPackages({ chromiumPath })
  if (still.length > 0) {
    console.error(`✖ 安装后仍缺少 / still missing after apt-get install: ${still.join(' ')}`)
    process.exit(1)
  }
}

// Only `npm test` needs them (npm sets npm_lifecycle_event to the script it runs); `npm start` does not.
if (process.env.npm_lifecycle_event === 'pretest') ensureSystemPackages()
