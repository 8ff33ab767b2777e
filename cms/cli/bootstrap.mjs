// Runs before `npm start` and `npm test` on whatever Node the machine has (system Node may be 20):
// install the project's dependencies, which bring Node 24, when they are missing or stale.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

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
