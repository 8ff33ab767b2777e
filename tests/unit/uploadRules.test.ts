import { describe, expect, it } from 'vitest'
import { isServableMediaPath, judgeUpload, storedUploadName } from '../../cms/domain/uploadRules.ts'

const MB = 1024 * 1024

describe('judgeUpload', () => {
  it.each(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'application/pdf'])('should accept %s', (mime) => {
    expect(judgeUpload({ detectedMime: mime, size: 1000, maxBytes: MB })).toEqual({ ok: true })
  })

  it.each([
    [undefined, '未知'],
    ['text/html', 'text/html'],
    ['application/zip', 'application/zip'],
    ['image/svg+xml', 'image/svg+xml'],
  ])('should reject content detected as %s and name it', (mime, shown) => {
    const verdict = judgeUpload({ detectedMime: mime, size: 10, maxBytes: MB })
    expect(verdict.ok).toBe(false)
    expect(verdict.ok ? '' : verdict.message).toContain(`检测到：${shown}`)
    expect(verdict.ok ? '' : verdict.message).toContain('只接受 JPEG、PNG、WebP、GIF、AVIF 图片、PDF、MP4 视频（H.264/AAC）或 WebVTT 字幕')
  })

  it('should reject a file one byte over the limit and accept one at the limit', () => {
    expect(judgeUpload({ detectedMime: 'image/png', size: 2 * MB, maxBytes: 2 * MB })).toEqual({ ok: true })
    const over = judgeUpload({ detectedMime: 'image/png', size: 2 * MB + 1, maxBytes: 2 * MB })
    expect(over.ok ? '' : over.message).toContain('上限 2 MB')
  })
})

describe('storedUploadName', () => {
  it.each([
    ['notice.html', 'application/pdf', 'notice.pdf'],
    ['photo.jpg.html', 'image/jpeg', 'photo.jpg'],
    ['../../etc/passwd', 'image/png', 'passwd.png'],
    ['C:\\Users\\me\\现场 照片.JPEG', 'image/jpeg', '现场-照片.jpg'],
    ['.htaccess', 'image/webp', 'file.webp'],
    ['', 'application/pdf', 'file.pdf'],
    ['a<script>b.svg', 'image/gif', 'a-script-b.gif'],
    [undefined, 'image/avif', 'file.avif'],
  ])('should store %s detected as %s as %s', (name, mime, expected) => {
    expect(storedUploadName(name, mime)).toBe(expected)
  })

  it('should refuse a type that is not accepted', () => {
    expect(() => storedUploadName('x.html', 'text/html')).toThrow('not an accepted type')
  })
})

describe('isServableMediaPath', () => {
  it.each([
    ['x.jpg', true],
    ['sub/x-400x300.webp', true],
    ['x.PDF', true],
    ['notice.html', false],
    ['logo.svg', false],
    ['.env', false],
    ['noextension', false],
    ['x.pdf.html', false],
  ])('should answer %s → %s', (name, expected) => {
    expect(isServableMediaPath(name)).toBe(expected)
  })
})
