/**
 * Scenario 1: kill -9 the builder host in the middle of a publish. The standby builder on api2 takes the
 * lease once it runs out; the edit published before the kill and one published while no builder acted
 * both go live; the live poller (livePoller.ts) sees only complete builds throughout.
 */
import type { Drill } from './cluster.ts'
import { leaseHolder, type Publisher, publishBulletin, siteState, waitLive } from './publish.ts'
import type { Check, Recorder } from './report.ts'

export async function builderKilled(drill: Drill, p: Publisher, recorder: Recorder): Promise<Check[]> {
  const name = '1 builder -9'
  const holderBefore = await leaseHolder(p)
  const first = await publishBulletin(p, 'builder')
  recorder.log(`published ${first.title} (${first.detail}); waiting for the build to start`)
  let state = await siteState(p)
  const until = Date.now() + 60_000
  while (state !== 'building' && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    state = await siteState(p)
  }
  const killedAt = Date.now()
  await drill.procs.builder.kill()
  recorder.log(`kill -9 the builder host's processes (state was ${state}); lease held by ${holderBefore}`)
  const second = await publishBulletin(p, 'nobuilder')
  recorder.log(`published ${second.title} while no builder acts (${second.detail})`)
  const firstMs = await waitLive(first.url, first.title, 300_000)
  const liveAfterKill = firstMs === null ? null : Date.now() - killedAt
  const secondMs = await waitLive(second.url, second.title, 120_000)
  const holderAfter = await leaseHolder(p)
  recorder.number('takeover: kill → first edit live (s)', liveAfterKill === null ? 'never' : (liveAfterKill / 1000).toFixed(1))
  recorder.log(`lease now held by ${holderAfter}`)
  const standbyPid = holderAfter.split(':')[1] ?? ''
  return [
    { scenario: name, check: 'the build was under way when killed', pass: state === 'building', detail: `state ${state}` },
    {
      scenario: name,
      check: 'another host took the lease',
      pass: holderAfter !== holderBefore && holderAfter !== 'none' && standbyPid !== '',
      detail: `${holderBefore} → ${holderAfter}`,
    },
    {
      scenario: name,
      check: 'the edit cut off by the kill went live',
      pass: liveAfterKill !== null,
      detail: liveAfterKill === null ? 'not live' : `${(liveAfterKill / 1000).toFixed(1)} s after the kill`,
    },
    {
      scenario: name,
      check: 'an edit made with no builder went live',
      pass: secondMs !== null && second.ok,
      detail: secondMs === null ? 'not live' : 'live',
    },
  ]
}
