/**
 * Stage 8: 50 residents at once, each on its own network, posting 留言 with one phone-sized photo
 * through the production server (MESSAGE_LIMIT per client, each with its own solved challenge, as
 * each gets a fresh one from /messages/new/). Errors must be 0 and the stored count exact; p95 reported.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Settings } from '../cms/config/settings.ts'
import { MESSAGE_CHALLENGE, MESSAGE_LIMIT } from '../cms/domain/messages/index.ts'
import { liveTarget } from '../publisher/siteBuild.ts'
import { rawRequest, solvedChallenge } from '../tests/helpers/residents.ts'
import { ensureAdminBuild, startServer, stopServer } from './apiServers.ts'
import { CLIENTS, type DriveResult, drive, photoFor } from './residents.ts'

export type MessagesResult = DriveResult & { photoBytes: number; stored: number; expected: number }

export async function benchMessages(
  payload: Payload,
  settings: Settings,
  tmp: string,
  log: (line: string) => void,
): Promise<MessagesResult> {
  await ensureAdminBuild(settings, log)
  if (!liveTarget(settings.paths)) fs.mkdirSync(settings.paths.siteOutDir, { recursive: true })
  const perClient = MESSAGE_LIMIT.max
  const total = CLIENTS * perClient
  log(`  ${total} photos prepared before timing`)
  const photos = await Promise.all(Array.from({ length: total }, (_, n) => photoFor(10_000 + n)))
  const challenges = Array.from({ length: total }, () => solvedChallenge(payload.config.secret, MESSAGE_CHALLENGE))
  const before = (await payload.count({ collection: 'messages', overrideAccess: true })).totalDocs
  const server = await startServer(settings, path.join(tmp, 'server-messages.log'), 'all')
  try {
    log(`  留言: ${CLIENTS} clients × ${perClient} messages with one photo each`)
    const result = await drive(perClient, 140, 201, (client, index, agent) => {
      const n = client * perClient + index
      const form = new FormData()
      form.append('category', ['consult', 'suggest', 'complain', 'praise'][n % 4] as string)
      form.append('subject', `第${client}号居民的第${index}条留言`)
      form.append('text', `第${client}号居民第${index}次留言：建议在第${n}号楼旁增设休息座椅和照明，方便老人晚上散步。`)
      form.append('allowPublic', n % 2 === 0 ? 'yes' : '')
      form.append('website', '')
      const challenge = challenges[n] ?? solvedChallenge(payload.config.secret, MESSAGE_CHALLENGE)
      form.append('challengeToken', challenge.challengeToken)
      form.append('challengeAnswer', challenge.challengeAnswer)
      form.append('photos', new Blob([new Uint8Array(photos[n] as Buffer)], { type: 'image/jpeg' }), `IMG_${n}.jpg`)
      return rawRequest(`${server.base}/api/messages/submit`, {
        method: 'POST',
        body: form,
        agent,
        headers: { accept: 'application/json' },
      })
    })
    const stored = (await payload.count({ collection: 'messages', overrideAccess: true })).totalDocs - before
    const photoBytes = Math.round(photos.reduce((sum, photo) => sum + photo.length, 0) / photos.length)
    log(
      `✔ 留言: ${result.requestsPerSecond} req/s · p50 ${result.p50} · p95 ${result.p95} · max ${result.max} ms · errors ${result.errors} · stored ${stored} of ${total} · statuses ${JSON.stringify(result.statuses)}`,
    )
    return { ...result, photoBytes, stored, expected: total }
  } finally {
    await stopServer(server)
  }
}
