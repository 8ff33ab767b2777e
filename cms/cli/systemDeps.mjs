// The Debian packages `npm test` needs besides npm's, how to tell each is there, and (pure, in
// planSystemDeps) what to do about the missing ones. Plain JavaScript: bootstrap.mjs runs it on
// whatever Node the machine has, before the project's dependencies exist. Tested in tests/unit/systemDeps.test.ts.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

/** @typedef {'chromium' | 'fonts-noto-cjk' | 'libxml2-utils' | 'python3-feedparser' | 'nginx' | 'postgresql' | 'iproute2'} SystemPackage */

/** In the order they are installed and named. */
export const SYSTEM_PACKAGES = /** @type {const} */ ([
  'chromium',
  'fonts-noto-cjk',
  'libxml2-utils',
  'python3-feedparser',
  'nginx',
  'postgresql',
  'iproute2',
])

/**
 * @typedef {{ action: 'none' }
 *   | { action: 'install', packages: SystemPackage[], message: string, commands: string[][] }
 *   | { action: 'stop', packages: SystemPackage[], message: string }} SystemDepsPlan
 */

/**
 * What to do about the missing packages: nothing; install them (root with apt-get: one `apt-get update`,
 * one `apt-get install`); or stop with the command that installs them.
 * @param {{ missing: readonly string[], isRoot: boolean, hasAptGet: boolean }} facts
 * @returns {SystemDepsPlan}
 */
export function planSystemDeps({ missing, isRoot, hasAptGet }) {
  const packages = SYSTEM_PACKAGES.filter((name) => missing.includes(name))
  if (packages.length === 0) return { action: 'none' }
  const list = packages.join(' ')
  if (isRoot && hasAptGet)
    return {
      action: 'install',
      packages,
      message: `▶ 安装测试所需的系统软件包 / installing system packages for the tests: ${list}`,
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=120', ...packages],
      ],
    }
  return {
    action: 'stop',
    packages,
    message: `✖ 缺少测试所需的系统软件包 / missing system packages for the tests: ${list}. 请先运行 / run first: sudo apt-get install -y ${list}`,
  }
}

/** @param {string} command @param {string[]} args */
const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0

/** The CJK fonts Chromium will find: fontconfig's list, or Debian's font file when fc-list itself is absent. */
function hasCjkFonts() {
  const listed = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' })
  if (!listed.error) return /Noto Sans CJK/i.test(listed.stdout ?? '')
  return fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')
}

/** Debian's PostgreSQL server binaries (/usr/lib/postgresql/<major>/bin/initdb), any major version. */
function hasPostgresServer() {
  const base = '/usr/lib/postgresql'
  if (!fs.existsSync(base)) return false
  return fs.readdirSync(base).some((major) => fs.existsSync(`${base}/${major}/bin/initdb`))
}

/**
 * The packages whose part is missing on this machine (impure: looks at the file system and runs probes).
 * @param {{ chromiumPath: string }} where the browser tests look for Chromium
 * @returns {SystemPackage[]}
 */
export function findMissingSystemPackages({ chromiumPath }) {
  /** @type {Record<SystemPackage, () => boolean>} */
  const present = {
    chromium: () => fs.existsSync(chromiumPath),
    'fonts-noto-cjk': hasCjkFonts,
    'libxml2-utils': () => succeeds('xmllint', ['--version']),
    // Debian's Python packages load under /usr/bin/python3 only (the feed tests call it by that path).
    'python3-feedparser': () => succeeds('/usr/bin/python3', ['-c', 'import feedparser']),
    // The production-front test runs Debian's nginx (tests/e2e/nginx.test.ts).
    nginx: () => fs.existsSync('/usr/sbin/nginx'),
    // The PostgreSQL tests start their own server from Debian's binaries (tests/helpers/postgres.ts).
    postgresql: hasPostgresServer,
    // The drill (deploy/drill/, tests/e2e/drill.test.ts) makes its own network namespaces with `ip`.
    iproute2: () => fs.existsSync('/usr/sbin/ip') || fs.existsSync('/sbin/ip') || fs.existsSync('/bin/ip'),
  }
  return SYSTEM_PACKAGES.filter((name) => !present[name]())
}

/** Whether apt-get is on the PATH. */
export const hasAptGet = () => succeeds('apt-get', ['--version'])
