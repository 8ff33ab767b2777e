/**
 * Video in the media library (issue 25 item 1): MP4 with H.264 video and AAC audio, judged from what
 * the file itself says (cms/media/videoProbe.ts reads it), and WebVTT captions (字幕), judged by
 * content. A video may be published only with captions. Pure: facts in, verdicts out.
 */
export const VIDEO_MIME = 'video/mp4'
export const CAPTIONS_MIME = 'text/vtt'
export const DEFAULT_VIDEO_MAX_BYTES = 200 * 1024 * 1024
/** Captions are text: a two-hour programme's WebVTT is well under this. */
export const CAPTIONS_MAX_BYTES = 2 * 1024 * 1024

export type Verdict = { ok: true } | { ok: false; message: string }
export type VideoTrack = { type: string; codec: string }
export type VideoFacts = { tracks: VideoTrack[]; durationSeconds: number; width: number; height: number }

const refuse = (message: string): Verdict => ({ ok: false, message })
const isH264 = (codec: string): boolean => /^avc[13]\./i.test(codec)
const isAac = (codec: string): boolean => /^mp4a\.40\.\d+$/i.test(codec)

/** One H.264 video track, at most one AAC audio track, nothing else; a length and a picture size. */
export function judgeVideo(facts: VideoFacts): Verdict {
  const video = facts.tracks.filter((track) => track.type === 'video')
  const audio = facts.tracks.filter((track) => track.type === 'audio')
  const codecs = facts.tracks.map((track) => track.codec).join('、') || '无'
  if (video.length !== 1)
    return refuse(
      `“视频文件”须有且只有一路视频（检测到 ${video.length} 路）。 / Video file: exactly one video track is required (found ${video.length}).`,
    )
  if (!video.every((track) => isH264(track.codec)) || !audio.every((track) => isAac(track.codec)) || audio.length > 1)
    return refuse(
      `“视频文件”只接受 H.264 视频和 AAC 音频的 MP4（检测到：${codecs}）。请转码后再上传。 / Video file: only MP4 with H.264 video and AAC audio is accepted (found: ${codecs}).`,
    )
  if (facts.tracks.length !== video.length + audio.length)
    return refuse(`“视频文件”含有视频和音频以外的轨道（${codecs}）。 / Video file: tracks other than video and audio (${codecs}).`)
  if (!(facts.durationSeconds > 0) || !(facts.width > 0) || !(facts.height > 0))
    return refuse('“视频文件”没有时长或画面尺寸，文件可能已损坏。 / Video file: no duration or picture size; the file may be damaged.')
  return { ok: true }
}

const TIMING = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})[ \t]+-->[ \t]+(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})(?:[ \t].*)?$/
const seconds = (h: string | undefined, m: string, s: string, ms: string): number =>
  Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000

/** Every cue timing line of a WebVTT text, or null when one is malformed or ends before it starts. */
export function cueTimings(text: string): { start: number; end: number }[] | null {
  const timings: { start: number; end: number }[] = []
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!line.includes('-->')) continue
    const match = TIMING.exec(line.trim())
    if (!match) return null
    const [, h1, m1 = '', s1 = '', ms1 = '', h2, m2 = '', s2 = '', ms2 = ''] = match
    const start = seconds(h1, m1, s1, ms1)
    const end = seconds(h2, m2, s2, ms2)
    if (end <= start) return null
    timings.push({ start, end })
  }
  return timings
}

const NOT_VTT =
  '“字幕”须是 WebVTT 文件（以 WEBVTT 开头的 UTF-8 文本，至少一条“00:00:01.000 --> 00:00:03.000”格式的字幕）。 / Captions: a WebVTT file is required (UTF-8 text starting with WEBVTT, at least one cue timed like 00:00:01.000 --> 00:00:03.000).'

/** WebVTT by content: the signature line, valid UTF-8 without NUL bytes, and well-formed cue timings. */
export function judgeCaptions(bytes: Uint8Array): Verdict {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse(NOT_VTT)
  }
  if (text.includes('\u0000') || !/^\uFEFF?WEBVTT(?:[ \t][^\r\n]*)?(?:\r\n|\r|\n|$)/.test(text)) return refuse(NOT_VTT)
  const timings = cueTimings(text)
  if (!timings || timings.length === 0) return refuse(NOT_VTT)
  return { ok: true }
}

/** The WebVTT signature alone: decides whether a file that no binary format matched is offered as captions. */
export const looksLikeWebVtt = (head: Uint8Array): boolean =>
  /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(new TextDecoder().decode(head.subarray(0, 16)))

/** A video's media item as the publish check sees it. */
export type PublishedVideo = { mimeType?: string | null; captions?: unknown } | null | undefined

/**
 * The refusal of a publish whose video has no captions (or is not a video), naming the field; null when fine.
 * `field`: the content's video field label (视频文件).
 */
export function captionsMissing(video: PublishedVideo, field: string): string | null {
  if (!video) return null
  if (video.mimeType !== VIDEO_MIME) return `“${field}”须是媒体库中的 MP4 视频。 / ${field}: choose an MP4 video from the media library.`
  if (video.captions === null || video.captions === undefined || video.captions === '')
    return `“${field}”还没有字幕，不能发布：请在媒体库打开该视频，在“字幕”中上传 WebVTT 字幕文件（听障居民和长辈模式用户需要字幕）。 / ${field}: captions (WebVTT) are required before publishing; add them in the video's “Captions” field in the media library.`
  return null
}

/** Seconds as 分:秒 (or 时:分:秒), as a page or the admin shows a length. */
export function formatDuration(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds))
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = String(whole % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
