/**
 * The ffmpeg binary that @ffmpeg-installer/ffmpeg ships inside its per-platform npm package (nothing
 * is downloaded at install time). Used for a video's poster frame and, in the seed, for the demo
 * episodes' short videos. Run as a separate program with arguments (never a shell), output to stdout.
 */
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** The binary's path, or null on a platform the package has no build for. */
export function ffmpegPath(): string | null {
  try {
    return (require('@ffmpeg-installer/ffmpeg') as { path: string }).path
  } catch {
    return null
  }
}

/** Run ffmpeg with these arguments; resolves with what it wrote to stdout. */
export function runFfmpeg(args: readonly string[], timeoutMs = 60_000): Promise<Buffer> {
  const binary = ffmpegPath()
  if (!binary) return Promise.reject(new Error('ffmpeg is not available on this platform'))
  return new Promise((resolve, reject) => {
    execFile(
      binary,
      ['-hide_banner', '-loglevel', 'error', '-nostdin', ...args],
      { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs },
      (error, stdout, stderr) => (error ? reject(new Error(`ffmpeg: ${String(stderr).slice(0, 500) || error.message}`)) : resolve(stdout)),
    )
  })
}

/** One frame of a video file as a JPEG: at `atSeconds`, or the first frame of a shorter video. */
export async function posterFrame(videoPath: string, atSeconds: number): Promise<Buffer> {
  const frame = (at: number) =>
    runFfmpeg(['-ss', String(at), '-i', videoPath, '-frames:v', '1', '-f', 'image2pipe', '-vcodec', 'mjpeg', '-q:v', '3', 'pipe:1'])
  const jpeg = await frame(atSeconds)
  return jpeg.length > 0 ? jpeg : frame(0)
}
