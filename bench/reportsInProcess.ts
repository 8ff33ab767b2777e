/**
 * 随手拍 in one process, without Next (npx tsx bench/reportsInProcess.ts [reports per client] [--rest]): 50
 * clients, each on its own network, send reports with one ~260 kB photo each (bench/residents.ts's
 * photos, drive and sendReport) on a temp SQLite database, answered as the production server answers
 * them (publisher/fastReports.ts, before Next), or with --rest through Payload's REST handler. Photo
 * workers are not started, so this times the answering path alone; run it under `node --cpu-prof
 * --import tsx` to see where an answer's time goes (unminified, unlike the Next bundle).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import { handleEndpoints } from 'payload'
import { REPORT_CHALLENGE } from '../cms/collections/ResidentReports/endpoints/submit.ts'
import { REPORT_LIMIT } from '../cms/domain/residentReportsLimits.ts'
import { setTrustedClientIp } from '../cms/http/clientIp.ts'
import { answerReport, isFastReport } from '../publisher/fastReports.ts'
import { type SolvedChallenge, solvedChallenge } from '../tests/helpers/residents.ts'
import { startTempPayload } from '../tests/helpers/tempPayload.ts'
import { CLIENTS, drive, photoFor, sendReport } from './residents.ts'

const perClient = Math.min(Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? REPORT_LIMIT.max), REPORT_LIMIT.max)
const rest = process.argv.includes('--rest')
const ctx = await startTempPayload('reports-inproc')

const server = http.createServer(async (req, res) => {
  setTrustedClientIp(req, [])
  if (!rest && isFastReport(ctx.payload, req)) return answerReport(ctx.payload, req, res)
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
  const response = await handleEndpoints({
    config: ctx.config as never,
    request: new Request(`http://localhost${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) }),
    payloadInstanceCacheKey: ctx.key,
  })
  res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'text/plain' })
  res.end(Buffer.from(await response.arrayBuffer()))
})
const base = await new Promise<string>((resolve) =>
  server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
)

const photos = await Promise.all(Array.from({ length: CLIENTS * perClient }, (_, n) => photoFor(n)))
const challenges = photos.map(() => solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE))
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')
const loadBefore = load()
const cpuBefore = process.cpuUsage()
const result = await drive(perClient, 170, 201, (client, index, agent) => {
  const n = client * perClient + index
  return sendReport(base, agent, { client, index, n, challenge: challenges[n] as SolvedChallenge, photo: photos[n] as Buffer })
})
const cpu = process.cpuUsage(cpuBefore)
const stored = (await ctx.payload.count({ collection: 'resident-reports', overrideAccess: true })).totalDocs
console.log(
  `随手拍 in process (${rest ? 'REST handler' : 'before Next'}): ${result.requests} reports ${result.requestsPerSecond}/s p50 ${result.p50} p95 ${result.p95} max ${result.max} ms, ` +
    `errors ${result.errors} ${JSON.stringify(result.statuses)}, stored ${stored}, CPU ${Math.round((cpu.user + cpu.system) / 1000 / result.requests)} ms/report ` +
    `(this process, the clients included), load ${loadBefore} → ${load()}`,
)
server.close()
await ctx.close()
process.exit(0)
