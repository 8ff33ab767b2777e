/** The API stage's goals and its rows of the results table (bench/report.ts puts them in place). */
import { type ApiResult, SETUPS } from './api.ts'
import type { LoadResult } from './load.ts'
import type { Goal } from './report.ts'

export const API_GOALS = { listPerSecond: 400, listP95Ms: 25, staffListP50Ms: 15, staticRatio: 2 } as const

const ENDPOINTS = { list: 'REST list (limit 20, depth 1)', detail: 'REST detail (depth 1)' } as const

const loadText = (load: LoadResult) =>
  `**${load.requestsPerSecond} req/s** · p50 ${load.p50} · **p95 ${load.p95}** · p99 ${load.p99} ms${load.non2xx ? ` · ${load.non2xx} non-2xx` : ''}${load.errors ? ` · ${load.errors} errors` : ''}`

/** Rows of the stages table; results written before the two-process run have no `loads`. */
export function apiRows(api: ApiResult): [string, string][] {
  const rows: [string, string][] = []
  const loads = api.loads ?? [{ setup: 'one process', endpoint: 'list', audience: 'anonymous', load: api.list }]
  for (const endpoint of ['list', 'detail'] as const)
    for (const setup of SETUPS) {
      const found = (audience: string) => loads.find((row) => row.setup === setup && row.endpoint === endpoint && row.audience === audience)
      const [anonymous, staff] = [found('anonymous'), found('staff')]
      if (!anonymous && !staff) continue
      const cells = [anonymous && `anonymous (cached) ${loadText(anonymous.load)}`, staff && `staff (uncached) ${loadText(staff.load)}`]
      rows.push([`${ENDPOINTS[endpoint]}, 20 clients, ${setup}`, cells.filter(Boolean).join('<br>')])
    }
  const one = api.serialP50
  rows.push([
    '— one client at a time, p50, one process',
    `anonymous: list ${one.list} · detail ${one.detail} · /api/users/me ${one.usersMe} ms; staff: **list ${one.staffList}** · detail ${one.staffDetail} · /api/users/me ${one.staffUsersMe} ms`,
  ])
  for (const page of api.static ?? [])
    rows.push([
      `Static \`${page.page}\`, 20 clients`,
      `built-in server ${loadText(page.builtIn)}<br>nginx ${loadText(page.nginx)} → nginx/built-in **${page.ratio}×**`,
    ])
  rows.push(['Local API find (limit 20, depth 1)', `p50 ${api.localFind.p50} · p95 ${api.localFind.p95} ms`])
  rows.push([
    '— same, anonymous (overrideAccess: false, as REST)',
    `p50 ${api.localFindAnonymous.p50} · p95 ${api.localFindAnonymous.p95} ms`,
  ])
  if (api.localFindStaff)
    rows.push(['— same, as the editor (overrideAccess: false)', `p50 ${api.localFindStaff.p50} · p95 ${api.localFindStaff.p95} ms`])
  return rows
}

export function apiGoals(api: ApiResult): Goal[] {
  const goals: Goal[] = []
  const anonymousLists = (api.loads ?? []).filter((row) => row.endpoint === 'list' && row.audience === 'anonymous')
  for (const { setup, load } of anonymousLists.length ? anonymousLists : [{ setup: 'one process', load: api.list }])
    goals.push({
      goal: `anonymous REST list, 20 clients, ${setup}: ≥ ${API_GOALS.listPerSecond} req/s, p95 ≤ ${API_GOALS.listP95Ms} ms`,
      value: `${load.requestsPerSecond} req/s, p95 ${load.p95} ms`,
      pass: load.requestsPerSecond >= API_GOALS.listPerSecond && load.p95 <= API_GOALS.listP95Ms && load.non2xx === 0 && load.errors === 0,
    })
  if (api.serialP50.staffList !== undefined)
    goals.push({
      goal: `staff REST list, one client, p50 ≤ ${API_GOALS.staffListP50Ms} ms`,
      value: `${api.serialP50.staffList} ms`,
      pass: api.serialP50.staffList <= API_GOALS.staffListP50Ms,
    })
  if (api.static?.length)
    goals.push({
      goal: `built-in static server within ${API_GOALS.staticRatio}× of nginx (req/s)`,
      value: api.static.map((page) => `\`${page.page}\` ${page.ratio}×`).join(' · '),
      pass: api.static.every((page) => page.ratio <= API_GOALS.staticRatio && page.builtIn.non2xx === 0),
    })
  return goals
}
