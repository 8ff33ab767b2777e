/**
 * Video on the built seeded site (issue 25 item 1): the demo episodes and the video ad play MP4s the
 * seed encoded and uploaded through Payload; <video preload="none"> with poster and a zh captions
 * track; Range answered with 206 by the built-in server and by nginx; the page plays in Chromium.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveFrom, siteHandler } from '../../publisher/siteHandler.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { type NginxFront, startNginxFront } from '../helpers/nginx.ts'
import { pageWeight } from '../helpers/pageWeight.ts'
import { exists, html, htmlFiles, siteDir } from './site.ts'

const EPISODE = 'tv/wenzheng-2026-01/index.html'
let server: http.Server
let base = ''
let nginx: NginxFront
let browser: Browser

const videoOf = (file: string) => {
  const video = html(file).querySelector('video')
  if (!video) throw new Error(`no <video> on ${file}`)
  return video
}
/** The ads list page that shows the video ad (the list is paginated). */
const adsPage = (): string => {
  const file = htmlFiles().find((candidate) => candidate.startsWith('ads/') && html(candidate).querySelector('video'))
  if (!file) throw new Error('no ads page shows a video')
  return file
}
const mediaFile = (url: string | undefined): string => decodeURIComponent(String(url).replace(/^\/media\//, ''))

beforeAll(async () => {
  const site = siteHandler(siteDir())
  server = http.createServer((req, res) => serveFrom(site, req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  nginx = await startNginxFront({
    dir: fs.mkdtempSync(path.join(os.tmpdir(), 'video-nginx-')),
    siteRoot: siteDir(),
    upstreams: ['127.0.0.1:9'],
  })
  browser = await launchBrowser()
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await nginx?.stop()
  fs.rmSync(nginx?.dir ?? '/nonexistent', { recursive: true, force: true })
  await new Promise((resolve) => server?.close(resolve))
})

describe('the markup', () => {
  it('should give the episode a <video preload="none"> with poster, MP4 source and a default zh captions track, all built into /media/', () => {
    const video = videoOf(EPISODE)
    expect(video.getAttribute('preload')).toBe('none')
    expect(video.hasAttribute('controls')).toBe(true)
    const source = video.querySelector('source')
    const track = video.querySelector('track')
    expect(source?.getAttribute('type')).toBe('video/mp4')
    expect(track?.getAttribute('kind')).toBe('captions')
    expect(track?.getAttribute('srclang')).toBe('zh')
    expect(track?.hasAttribute('default')).toBe(true)
    for (const url of [source?.getAttribute('src'), track?.getAttribute('src'), video.getAttribute('poster')]) {
      expect(url).toMatch(/^\/media\//)
      expect(exists(`media/${mediaFile(url)}`)).toBe(true)
    }
    expect(mediaFile(source?.getAttribute('src'))).toBe('demo-video-wenzheng-2026-01.mp4')
  })

  it('should keep the episode and ads pages within 60 kB (the video is not preloaded)', () => {
    for (const file of [EPISODE, adsPage()]) expect(pageWeight(siteDir(), file).total).toBeLessThanOrEqual(60 * 1024)
  })

  it('should show the video ad with its captions on the ads page', () => {
    const video = videoOf(adsPage())
    expect(video.querySelector('track')?.getAttribute('src')).toBe('/media/demo-video-ad-civility-travel.vtt')
  })

  it('should not build the draft episode’s video into the site', () => {
    expect(exists('media/demo-video-wenzheng-2026-01.mp4')).toBe(true)
    expect(exists('media/demo-video-wenzheng-2026-05.mp4')).toBe(false)
    expect(exists('media/demo-video-wenzheng-2026-05.vtt')).toBe(false)
  })
})

describe('Range requests', () => {
  const src = () => String(videoOf(EPISODE).querySelector('source')?.getAttribute('src'))
  const size = () => fs.statSync(path.join(siteDir(), 'media', mediaFile(src()))).size

  it.each([
    ['the built-in server', () => base],
    ['nginx', () => nginx.base],
  ])('should answer 206 with the asked bytes through %s', async (_name, origin) => {
    const response = await fetch(`${origin()}${src()}`, { headers: { range: 'bytes=100-199' } })
    expect(response.status).toBe(206)
    expect(response.headers.get('content-range')).toBe(`bytes 100-199/${size()}`)
    expect(response.headers.get('content-type')).toBe('video/mp4')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.equals(fs.readFileSync(path.join(siteDir(), 'media', mediaFile(src()))).subarray(100, 200))).toBe(true)
    const captions = await fetch(`${origin()}${videoOf(EPISODE).querySelector('track')?.getAttribute('src')}`)
    expect(captions.headers.get('content-type')).toMatch(/^text\/vtt/)
    expect(await captions.text()).toMatch(/^WEBVTT/)
  })
})

describe('in Chromium', () => {
  it('should play the episode (currentTime advances) and load the captions track’s cues', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(`${base}/${EPISODE.replace(/index\.html$/, '')}`)
      await page.evaluate(() => {
        const video = document.querySelector('video') as HTMLVideoElement
        video.muted = true
        return video.play()
      })
      await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).currentTime > 0.5, null, { timeout: 20_000 })
      await page.waitForFunction(() => ((document.querySelector('video') as HTMLVideoElement).textTracks[0]?.cues?.length ?? 0) > 0, null, {
        timeout: 10_000,
      })
      const track = await page.evaluate(() => {
        const list = (document.querySelector('video') as HTMLVideoElement).textTracks[0]
        return { mode: list?.mode, language: list?.language, first: (list?.cues?.[0] as VTTCue | undefined)?.text }
      })
      expect(track).toEqual({ mode: 'showing', language: 'zh', first: expect.stringContaining('第1期') })
    } finally {
      await page.close()
    }
  }, 60_000)
})
