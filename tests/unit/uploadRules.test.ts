import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_UPLOAD_BYTES, judgeUpload, maxUploadBytes } from '../../cms/domain/uploadRules.ts'

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
    expect(verdict.ok ? '' : verdict.message).toContain('只接受 JPEG、PNG、WebP、GIF、AVIF 图片或 PDF')
  })

  it('should reject a file one byte over the limit and accept one at the limit', () => {
    expect(judgeUpload({ detectedMime: 'image/png', size: 2 * MB, maxBytes: 2 * MB })).toEqual({ ok: true })
    const over = judgeUpload({ detectedMime: 'image/png', size: 2 * MB + 1, maxBytes: 2 * MB })
    expect(over.ok ? '' : over.message).toContain('上限 2 MB')
  })

  it('should read MEDIA_MAX_BYTES and fall back to the default on nonsense', () => {
    expect(maxUploadBytes({ MEDIA_MAX_BYTES: '5000' })).toBe(5000)
    expect(maxUploadBytes({ MEDIA_MAX_BYTES: 'lots' })).toBe(DEFAULT_MAX_UPLOAD_BYTES)
    expect(maxUploadBytes({})).toBe(DEFAULT_MAX_UPLOAD_BYTES)
  })
})
