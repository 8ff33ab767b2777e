/** The part of autocannon's programmatic API the bench uses (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number } & Record<`p${string}`, number>
  export type Result = {
    requests: Histogram & { total: number; sent: number }
    latency: Histogram & { totalCount: number }
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    duration: number
  }
  export type Options = {
    url: string
    connections?: number
    duration?: number
    pipelining?: number
    timeout?: number
    headers?: Record<string, string>
  }
  export type Instance = EventEmitter & {
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): Instance
  }
  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance
  export default autocannon
}
