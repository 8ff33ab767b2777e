/** Measuring helpers: autocannon with every response time recorded, a single client, repeated Local API calls. */
import autocannon from 'autocannon'
import { percentile, round } from './util.ts'

export type LoadResult = {
  url: string
  requestsPerSecond: number
  total: number
  non2xx: number
  errors: number
  p50: number
  p95: number
  p97_5: number
  p99: number
  max: number
}
export type FindTimes = { runs: number; p50: number; p95: number }

export async function findTimes(find: () => Promise<unknown>, runs = 500): Promise<FindTimes> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await find()
    times.push(performance.now() - started)
  }
  return { runs, p50: round(percentile(times, 50), 2), p95: round(percentile(times, 95), 2) }
}

export function load(url: string, connections: number, duration: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const times: number[] = []
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, timeout: 30, headers }, (error, result) => {
      if (error) return reject(error)
      resolve({
        url: new URL(url).pathname + new URL(url).search,
        requestsPerSecond: round(result.requests.average, 0),
        total: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
        p50: round(percentile(times, 50), 1),
        p95: round(percentile(times, 95), 1),
        p97_5: result.latency.p97_5 as number,
        p99: round(percentile(times, 99), 1),
        max: round(
          times.reduce((max, time) => Math.max(max, time), 0),
          1,
        ),
      })
    })
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime)
    })
  })
}

/** One client, one request at a time: the server's time per request (also warms the route up). Only 2xx answers count. */
export async function serial(url: string, runs = 50, headers: Record<string, string> = {}): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    times.push(performance.now() - started)
    if (!response.ok) throw new Error(`${new URL(url).pathname} answered ${response.status}`)
  }
  return round(percentile(times.slice(10), 50), 1)
}
