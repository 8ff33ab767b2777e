import fs from 'node:fs'
import type http from 'node:http'
import { contentRange, type RangeDecision } from './rules/httpRange.ts'

/** 416 for a range that starts past the end of a file of `size` bytes. */
export function sendUnsatisfiable(res: http.ServerResponse, size: number): void {
  res.writeHead(416, { 'Content-Range': contentRange({ kind: 'unsatisfiable' }, size), 'Content-Length': 0 })
  res.end()
}

/** 206 with the bytes `start`–`end` of a file already checked to exist; a read error closes the socket. */
export function sendPartial(
  res: http.ServerResponse,
  file: { path: string; stats: fs.Stats; contentType: string },
  range: Extract<RangeDecision, { kind: 'partial' }>,
): void {
  res.writeHead(206, {
    'Content-Type': file.contentType,
    'Content-Length': range.end - range.start + 1,
    'Content-Range': contentRange(range, file.stats.size),
    'Accept-Ranges': 'bytes',
    'Last-Modified': file.stats.mtime.toUTCString(),
  })
  const stream = fs.createReadStream(file.path, { start: range.start, end: range.end })
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}
