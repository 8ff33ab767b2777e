/**
 * Short demo videos the project makes itself at seed time (no broadcaster's player, no made-up ids):
 * a title card drawn with sharp, encoded to H.264/AAC MP4 (silent audio, moov first for streaming)
 * with the ffmpeg binary that the @ffmpeg-installer npm package ships, and WebVTT captions saying
 * what it is. Tests use the same encoder for their fixtures.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { runFfmpeg } from '../cms/media/ffmpeg.ts'

export type TitleCard = { lines: string[]; seconds: number; background?: string; width?: number; height?: number }

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The card as a PNG: the lines centred, the first one large. */
export function titleCardImage(card: TitleCard): Promise<Buffer> {
  const width = card.width ?? 640
  const height = card.height ?? 360
  const top = height / 2 - ((card.lines.length - 1) * 44) / 2
  const texts = card.lines.map(
    (line, index) =>
      `<text x="50%" y="${top + index * 44}" font-size="${index === 0 ? 34 : 22}" text-anchor="middle" dominant-baseline="middle">${escapeXml(line)}</text>`,
  )
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${card.background ?? '#9b1c1c'}"/><g fill="#fff" font-family="Noto Sans CJK SC, Noto Serif CJK SC, WenQuanYi Zen Hei, sans-serif" font-weight="700">${texts.join('')}</g></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** Encode arguments for ffmpeg: `input` frames (or a lavfi source) to MP4 at `output`. */
export async function encodeMp4(card: TitleCard, options: { videoCodec?: string[] } = {}): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'demo-video-'))
  try {
    const png = path.join(dir, 'card.png')
    const out = path.join(dir, 'out.mp4')
    await fs.writeFile(png, await titleCardImage(card))
    const video = options.videoCodec ?? [
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-tune',
      'stillimage',
      '-pix_fmt',
      'yuv420p',
      '-profile:v',
      'main',
    ]
    await runFfmpeg([
      '-loop',
      '1',
      '-framerate',
      '10',
      '-i',
      png,
      '-f',
      'lavfi',
      '-i',
      'anullsrc=r=44100:cl=mono',
      '-t',
      String(card.seconds),
      ...video,
      '-c:a',
      'aac',
      '-b:a',
      '32k',
      '-movflags',
      '+faststart',
      '-y',
      out,
    ])
    return await fs.readFile(out)
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

const stamp = (seconds: number): string => {
  const whole = Math.floor(seconds)
  const ms = String(Math.round((seconds - whole) * 1000)).padStart(3, '0')
  return `00:${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}.${ms}`
}

/** WebVTT with one cue per line, spread evenly over the video. */
export function captionsFor(lines: string[], seconds: number): Buffer {
  const each = seconds / Math.max(1, lines.length)
  const cues = lines.map((line, index) => `${index + 1}\n${stamp(index * each)} --> ${stamp((index + 1) * each)}\n${line}\n`)
  return Buffer.from(`WEBVTT\n\n${cues.join('\n')}`, 'utf8')
}
