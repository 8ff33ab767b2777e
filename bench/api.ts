/**
 * 3. REST API and static pages: two real API processes (publisher/server.ts, ROLE=api, production, admin
 * build from cms/.next) on the bench's database and live site, and the nginx front (deploy/nginx.ts)
 * in front of one and of both. REST list and detail under 20 clients (autocannon, every response
 * time recorded) for anonymous callers (answered from the API cache) and an editor (JWT, never
 * cached): one process on its own, one behind nginx, two behind nginx. Then `/` and a ranking page
 * from the built-in static server and from nginx. Single-client p50s and the Local API find last.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Paths } from '../cms/config/paths.ts'
import type { Settings } from '../cms/config/settings.ts'
import { liveTarget } from '../publisher/siteBuild.ts'
import { type NginxFront, startNginxFront } from '../tests/helpers/nginx.ts'
import { type BenchServer, ensureAdminBuild, staffLogin, startServer, stopServer } from './apiServers.ts'
import { type FindTimes, findTimes, type LoadResult, load, serial } from './load.ts'
import { round } from './util.ts'

export type Audience = 'anonymous' | 'staff'
export const SETUPS = ['one process', 'one process behind nginx', 'two processes behind nginx'] as const
export type Setup = (typeof SETUPS)[number]
export type ApiLoad = { setup: Setup; endpoint: 'list' | 'detail'; audience: Audience; load: LoadResult }
/** One page from both static servers; `ratio` = nginx req/s ÷ built-in req/s. */
export type StaticLoad = { page: string; builtIn: LoadResult; nginx: LoadResult; ratio: number }

export type ApiResult = {
  adminBuiltHere: boolean
  /** Anonymous, one process, no front: the rows earlier results have. */
  list: LoadResult
  detail: LoadResult
  /** Every setup × endpoint × audience, 20 clients each. */
  loads: ApiLoad[]
  static: StaticLoad[]
  /** Diagnostic: p50 ms with a single client against one process (list, detail, and /api/users/me as the framework's floor). */
  serialP50: { list: number; detail: number; usersMe: number; staffList: number; staffDetail: number; staffUsersMe: number }
  localFind: FindTimes
  /** Diagnostic: the same find with access control on, as the REST endpoint runs it. */
  localFindAnonymous: FindTimes
  /** Diagnostic: the same find as the editor, access control on. */
  localFindStaff: FindTimes
}

const CLIENTS = 20

/** A ranking page of the live build (`/rankings/<slug>/`), or none when nothing is built. */
function rankingPage(paths: Paths): string | null {
  const live = liveTarget(paths)
  const dir = live ? path.join(live, 'rankings') : null
  if (!dir || !fs.existsSync(dir)) return null
  const slug = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0]
  return slug ? `/rankings/${slug}/` : null
}

async function measureLoads(
  fronts: Record<Setup, string>,
  urls: Record<ApiLoad['endpoint'], string>,
  staff: Record<string, string>,
  duration: number,
  log: (line: string) => void,
): Promise<ApiLoad[]> {
  const loads: ApiLoad[] = []
  for (const setup of SETUPS)
    for (const endpoint of ['list', 'detail'] as const)
      for (const audience of ['anonymous', 'staff'] as const) {
        log(`  ${setup}, ${endpoint}, ${audience}: ${CLIENTS} connections × ${duration} s`)
        const result = await load(`${fronts[setup]}${urls[endpoint]}`, CLIENTS, duration, audience === 'staff' ? staff : {})
        loads.push({ setup, endpoint, audience, load: result })
      }
  return loads
}

async function measureStatic(
  paths: Paths,
  builtIn: string,
  nginx: string,
  duration: number,
  log: (line: string) => void,
): Promise<StaticLoad[]> {
  const ranking = rankingPage(paths)
  if (!liveTarget(paths) || !ranking) {
    log('  no live site: static pages skipped')
    return []
  }
  const rows: StaticLoad[] = []
  for (const page of ['/', ranking]) {
    log(`  static ${page}: built-in server, then nginx, ${CLIENTS} connections × ${duration} s each`)
    await serial(`${builtIn}${page}`, 20)
    await serial(`${nginx}${page}`, 20)
    const builtInLoad = await load(`${builtIn}${page}`, CLIENTS, duration)
    const nginxLoad = await load(`${nginx}${page}`, CLIENTS, duration)
    rows.push({
      page,
      builtIn: builtInLoad,
      nginx: nginxLoad,
      ratio: round(nginxLoad.requestsPerSecond / builtInLoad.requestsPerSecond, 2),
    })
  }
  return rows
}

export async function benchApi(
  payload: Payload,
  settings: Settings,
  tmp: string,
  detailId: number,
  duration: number,
  log: (line: string) => void,
): Promise<ApiResult> {
  const { paths } = settings
  const adminBuiltHere = await ensureAdminBuild(settings, log)
  // The servers serve the live site too; without a build give them an empty one (static pages are then skipped).
  if (!liveTarget(paths)) fs.mkdirSync(paths.siteOutDir, { recursive: true })
  const servers: BenchServer[] = []
  const fronts: NginxFront[] = []
  const urls = { list: '/api/bulletins?limit=20&depth=1', detail: `/api/bulletins/${detailId}?depth=1` }
  try {
    for (const n of [1, 2]) {
      log(`  starting API process ${n} (publisher/server.ts, ROLE=api, production)`)
      servers.push(await startServer(settings, path.join(tmp, `server-api-${n}.log`), 'api', { TRUSTED_PROXIES: '127.0.0.1' }))
    }
    const [one, two] = servers as [BenchServer, BenchServer]
    for (const upstreams of [[one], [one, two]])
      fronts.push(
        await startNginxFront({
          dir: path.join(tmp, `nginx-${upstreams.length}`),
          siteRoot: paths.siteOutDir,
          upstreams: upstreams.map((server) => `127.0.0.1:${server.port}`),
        }),
      )
    const staff = await staffLogin(payload, one.base)
    const base = one.base
    const serialP50 = {
      list: await serial(`${base}${urls.list}`),
      detail: await serial(`${base}${urls.detail}`),
      usersMe: await serial(`${base}/api/users/me`),
      staffList: await serial(`${base}${urls.list}`, 100, staff.headers),
      staffDetail: await serial(`${base}${urls.detail}`, 100, staff.headers),
      staffUsersMe: await serial(`${base}/api/users/me`, 100, staff.headers),
    }
    // The second process warms up its routes too before it is measured.
    for (const url of Object.values(urls)) for (const headers of [{}, staff.headers]) await serial(`${two.base}${url}`, 20, headers)
    const setups = { 'one process': base, 'one process behind nginx': fronts[0]?.base, 'two processes behind nginx': fronts[1]?.base }
    const loads = await measureLoads(setups as Record<Setup, string>, urls, staff.headers, duration, log)
    const staticLoads = await measureStatic(paths, base, fronts[0]?.base as string, duration, log)
    const direct = (endpoint: ApiLoad['endpoint']) =>
      loads.find((row) => row.setup === 'one process' && row.endpoint === endpoint && row.audience === 'anonymous')?.load as LoadResult
    log('  Local API find × 500 (servers stopped)')
    await Promise.all([...fronts.map((front) => front.stop()), ...servers.map(stopServer)])
    const find = { collection: 'bulletins', limit: 20, depth: 1 } as const
    return {
      adminBuiltHere,
      list: direct('list'),
      detail: direct('detail'),
      loads,
      static: staticLoads,
      serialP50,
      localFind: await findTimes(() => payload.find(find)),
      localFindAnonymous: await findTimes(() => payload.find({ ...find, overrideAccess: false })),
      localFindStaff: await findTimes(() => payload.find({ ...find, overrideAccess: false, user: staff.user })),
    }
  } finally {
    await Promise.all([...fronts.map((front) => front.stop()), ...servers.map(stopServer)])
  }
}
