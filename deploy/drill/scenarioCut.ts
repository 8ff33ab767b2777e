/**
 * Scenario 2: api1's link goes down under a steady load. From nginx's access log: when nginx first moved a
 * request off api1 and how often it still tried api1 after that; from the load: no request started after
 * nginx left api1 failed. The limits (sign-in, 点赞, 随手拍) are exceeded half before and half after the
 * cut, from one client address each, and the refusals must be exactly the overflow: the counts are shared
 * through the database by every host.
 */
import type { Drill } from './cluster.ts'
import { API_PORT } from './cluster.ts'
import { readAccess } from './front.ts'
import { startLoad } from './load.ts'
import type { Check, Recorder } from './report.ts'
import { report, type Site, vote, wrongSignIn } from './residents.ts'

const SIGN_IN_LIMIT = 10 // LOGIN_RULES.accountNetwork (cms/domain/loginThrottle.ts)
const REPORT_LIMIT = 5 // 随手拍 per network per hour
export const VOTE_CAP = 20 // ENDORSE_IP_DAILY_CAP the drill sets

type Tally = { ok: number; refused: number; other: number[] }
const tally = (): Tally => ({ ok: 0, refused: 0, other: [] })
const count = (t: Tally, status: number, okStatus: (s: number) => boolean) =>
  okStatus(status) ? t.ok++ : status === 429 ? t.refused++ : t.other.push(status)

async function exceed(drill: Drill, site: Site, phase: 'before' | 'after', tallies: Record<string, Tally>) {
  const half = (total: number) => (phase === 'before' ? Math.floor(total / 2) : total - Math.floor(total / 2))
  const a = (i: number) => drill.net.clientAddress(i)
  for (let i = 0; i < half(SIGN_IN_LIMIT + 4); i++)
    count(tallies.signIn as Tally, (await wrongSignIn(site.base, drill.admin.email, a(8))).status, (s) => s === 401)
  for (let i = 0; i < half(VOTE_CAP + 3); i++) count(tallies.vote as Tally, (await vote(site, a(9), a(10))).status, (s) => s === 200)
  for (let i = 0; i < half(REPORT_LIMIT + 2); i++) count(tallies.report as Tally, (await report(site, a(11))).status, (s) => s === 201)
}

export async function apiHostCut(drill: Drill, site: Site, recorder: Recorder, loadMs: number): Promise<Check[]> {
  const name = '2 api1 cut'
  const api1 = `${drill.net.hosts.api1?.address}:${API_PORT}`
  const load = startLoad(site, [0, 1, 2, 3, 4, 5, 6, 7].map(drill.net.clientAddress), 3, VOTE_CAP)
  const tallies = { signIn: tally(), vote: tally(), report: tally() }
  await exceed(drill, site, 'before', tallies)
  await new Promise((resolve) => setTimeout(resolve, 3000))
  const cutAt = Date.now()
  drill.net.cut('api1')
  recorder.log(`api1's link is down (${drill.net.hosts.api1?.link})`)
  await new Promise((resolve) => setTimeout(resolve, 2000))
  await exceed(drill, site, 'after', tallies)
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, loadMs - (Date.now() - cutAt))))
  const records = await load.stop()
  const access = readAccess(drill.front.accessLog).filter((entry) => entry.at >= cutAt)
  const firstFailover = access.find((entry) => entry.upstream.startsWith(api1) && entry.upstream.includes(','))
  const leftAt = firstFailover?.at ?? cutAt
  const triedAfter = access.filter((entry) => entry.upstream.includes(api1) && entry.at > leftAt)
  const answeredByCut = access.filter((entry) => entry.upstream === api1 && entry.at > leftAt + 21_000)
  const late = records.filter((r) => r.started > leftAt + 1)
  const lateFailed = late.filter((r) => !r.ok)
  const early = records.filter((r) => r.started <= leftAt + 1 && r.ended >= cutAt && !r.ok)
  recorder.number('nginx left api1 after (s)', ((leftAt - cutAt) / 1000).toFixed(1))
  recorder.number('nginx retried api1 afterwards (requests, each passed on)', triedAfter.length)
  recorder.number('load requests after nginx left api1', late.length)
  recorder.number('load requests failed after nginx left api1', lateFailed.length)
  recorder.number('load requests in flight on api1 at the cut that failed', early.length)
  recorder.number('load votes accepted', load.votesAccepted())
  const limitCheck = (check: string, t: Tally, limit: number, total: number) => ({
    scenario: name,
    check,
    pass: t.ok === limit && t.refused === total - limit && t.other.length === 0,
    detail: `${t.ok} accepted, ${t.refused} refused (429) of ${total}; expected ${limit} + ${total - limit}${t.other.length ? `; other ${t.other.join(',')}` : ''}`,
  })
  return [
    {
      scenario: name,
      check: 'nginx left the cut host within 5 s',
      pass: firstFailover !== undefined && leftAt - cutAt <= 5000,
      detail: firstFailover ? `${((leftAt - cutAt) / 1000).toFixed(1)} s` : 'no failover seen in the access log',
    },
    {
      scenario: name,
      check: 'no request failed after nginx left it',
      pass: late.length > 0 && lateFailed.length === 0,
      detail: `${lateFailed.length} of ${late.length} failed${lateFailed[0] ? ` (${lateFailed[0].kind} ${lateFailed[0].status} ${lateFailed[0].error ?? ''})` : ''}`,
    },
    { scenario: name, check: 'nothing answered by the cut host', pass: answeredByCut.length === 0, detail: `${answeredByCut.length}` },
    limitCheck('sign-in limit exact across hosts', tallies.signIn, SIGN_IN_LIMIT, SIGN_IN_LIMIT + 4),
    limitCheck('点赞 network cap exact across hosts', tallies.vote, VOTE_CAP, VOTE_CAP + 3),
    limitCheck('随手拍 network limit exact across hosts', tallies.report, REPORT_LIMIT, REPORT_LIMIT + 2),
  ]
}
