import { describe, expect, it } from 'vitest'
import { capFor, judgeUpload, storedUploadName } from '../../cms/domain/uploadRules.ts'
import {
  captionsMissing,
  cueTimings,
  formatDuration,
  judgeCaptions,
  judgeVideo,
  looksLikeWebVtt,
  type VideoFacts,
} from '../../cms/domain/video.ts'
import { siteVideoUnder } from '../../site/lib/video.ts'

const facts = (codecs: [string, string][], extra: Partial<VideoFacts> = {}): VideoFacts => ({
  tracks: codecs.map(([type, codec]) => ({ type, codec })),
  durationSeconds: 4,
  width: 640,
  height: 360,
  ...extra,
})

describe('judgeVideo', () => {
  it.each([
    [
      'H.264 + AAC',
      facts([
        ['video', 'avc1.64001f'],
        ['audio', 'mp4a.40.2'],
      ]),
      true,
      '',
    ],
    ['H.264 (avc3) without audio', facts([['video', 'avc3.42e01e']]), true, ''],
    [
      'HEVC',
      facts([
        ['video', 'hvc1.1.6.L93.90'],
        ['audio', 'mp4a.40.2'],
      ]),
      false,
      '只接受 H.264 视频和 AAC 音频',
    ],
    ['AV1', facts([['video', 'av01.0.04M.08']]), false, 'av01'],
    [
      'MP3 audio',
      facts([
        ['video', 'avc1.64001f'],
        ['audio', 'mp4a.6b'],
      ]),
      false,
      'mp4a.6b',
    ],
    [
      'two audio tracks',
      facts([
        ['video', 'avc1.64001f'],
        ['audio', 'mp4a.40.2'],
        ['audio', 'mp4a.40.2'],
      ]),
      false,
      'AAC',
    ],
    ['audio only', facts([['audio', 'mp4a.40.2']]), false, '有且只有一路视频'],
    [
      'two videos',
      facts([
        ['video', 'avc1.64001f'],
        ['video', 'avc1.64001f'],
      ]),
      false,
      '检测到 2 路',
    ],
    [
      'a subtitle track',
      facts([
        ['video', 'avc1.64001f'],
        ['text', 'wvtt'],
      ]),
      false,
      '以外的轨道',
    ],
    ['no duration', facts([['video', 'avc1.64001f']], { durationSeconds: 0 }), false, '没有时长'],
    ['no picture size', facts([['video', 'avc1.64001f']], { width: 0 }), false, '画面尺寸'],
  ])('%s → ok %s', (_name, input, ok, text) => {
    const verdict = judgeVideo(input)
    expect(verdict.ok).toBe(ok)
    if (!verdict.ok) expect(verdict.message).toContain(text)
  })
})

const vtt = (text: string) => new TextEncoder().encode(text)

describe('judgeCaptions (WebVTT by content)', () => {
  it.each([
    ['a plain file', 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n字幕\n', true],
    [
      'BOM, header text, hours, cue settings, CRLF',
      '\uFEFFWEBVTT - 中文\r\n\r\n1\r\n01:00:01.000 --> 01:00:03.500 line:90%\r\n字幕\r\n',
      true,
    ],
    ['no signature', '00:00:01.000 --> 00:00:03.000\n字幕\n', false],
    ['WEBVTTX signature', 'WEBVTTX\n\n00:00:01.000 --> 00:00:03.000\n字幕\n', false],
    ['SRT commas', 'WEBVTT\n\n00:00:01,000 --> 00:00:03,000\n字幕\n', false],
    ['end before start', 'WEBVTT\n\n00:00:05.000 --> 00:00:03.000\n字幕\n', false],
    ['no cues', 'WEBVTT\n\nNOTE 空的\n', false],
    ['a NUL byte', 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n\u0000\n', false],
  ])('%s → %s', (_name, text, ok) => {
    const verdict = judgeCaptions(vtt(text))
    expect(verdict.ok).toBe(ok)
    if (!verdict.ok) expect(verdict.message).toContain('“字幕”须是 WebVTT 文件')
  })

  it('should refuse bytes that are not UTF-8', () => {
    expect(judgeCaptions(Uint8Array.from([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xff, 0xfe])).ok).toBe(false)
  })

  it('should read cue timings in seconds', () => {
    expect(cueTimings('WEBVTT\n\n00:01.500 --> 01:02:03.250\nx\n')).toEqual([{ start: 1.5, end: 3723.25 }])
  })

  it.each([
    ['WEBVTT\n', true],
    ['\uFEFFWEBVTT', true],
    ['WEBVTT FILE', true],
    ['webvtt\n', false],
    ['1\n00:00', false],
  ])('looksLikeWebVtt(%j) → %s', (head, expected) => {
    expect(looksLikeWebVtt(vtt(head))).toBe(expected)
  })
})

describe('captionsMissing (the publish check)', () => {
  it.each([
    ['no video', null, null],
    ['a video with captions', { mimeType: 'video/mp4', captions: 7 }, null],
    ['a video without captions', { mimeType: 'video/mp4', captions: null }, '“视频文件”还没有字幕，不能发布'],
    ['an image in the video field', { mimeType: 'image/jpeg', captions: null }, '须是媒体库中的 MP4 视频'],
  ])('%s', (_name, video, expected) => {
    const message = captionsMissing(video, '视频文件')
    if (expected === null) expect(message).toBeNull()
    else expect(message).toContain(expected)
  })
})

describe('upload caps and names by detected type', () => {
  const MB = 1024 * 1024
  it.each([
    ['video/mp4', 150 * MB, true],
    ['video/mp4', 250 * MB, false],
    ['image/jpeg', 25 * MB, false],
    ['text/vtt', 3 * MB, false],
    ['text/vtt', 100_000, true],
  ])('%s of %i bytes → ok %s (images 20 MB, video 200 MB, captions 2 MB)', (mime, size, ok) => {
    expect(judgeUpload({ detectedMime: mime, size, maxBytes: 20 * MB, videoMaxBytes: 200 * MB }).ok).toBe(ok)
  })

  it('should name an oversize video as 视频过大 with its limit', () => {
    const verdict = judgeUpload({ detectedMime: 'video/mp4', size: 300 * MB, maxBytes: 20 * MB, videoMaxBytes: 200 * MB })
    expect(verdict).toEqual({ ok: false, message: expect.stringContaining('视频过大：300 MB，上限 200 MB') })
  })

  it('should fall back to MEDIA_MAX_BYTES for video when no video cap is given', () => {
    expect(capFor('video/mp4', 5, undefined)).toBe(5)
  })

  it.each([
    ['clip.mov', 'video/mp4', 'clip.mp4'],
    ['subs.srt', 'text/vtt', 'subs.vtt'],
  ])('should store %s detected as %s as %s', (name, mime, stored) => {
    expect(storedUploadName(name, mime)).toBe(stored)
  })
})

describe('formatDuration', () => {
  it.each([
    [4.02, '0:04'],
    [65, '1:05'],
    [3725, '1:02:05'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })
})

describe('siteVideoUnder', () => {
  const toVideo = siteVideoUnder('/media')
  it('should link the MP4, poster and captions and carry size and length', () => {
    expect(
      toVideo({
        filename: 'ep 1.mp4',
        mimeType: 'video/mp4',
        width: 640,
        height: 360,
        duration: 4.024,
        filesize: 5000,
        alt: '演示',
        posterFile: 'ep-1-poster-800x450.webp',
        captionsFile: 'ep-1.vtt',
      }),
    ).toEqual({
      src: '/media/ep%201.mp4',
      type: 'video/mp4',
      width: 640,
      height: 360,
      duration: 4.024,
      durationText: '0:04',
      bytes: 5000,
      title: '演示',
      poster: '/media/ep-1-poster-800x450.webp',
      captions: '/media/ep-1.vtt',
    })
  })

  it.each([[null], [42], [{ filename: 'a.pdf', mimeType: 'application/pdf' }]])('should give nothing for %j', (value) => {
    expect(toVideo(value)).toBeUndefined()
  })
})
