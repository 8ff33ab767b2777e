import { describe, expect, it } from 'vitest'
import { reportBodyMaxBytes, reportPhotoMaxBytes } from '../../cms/domain/residentReports.ts'
import { bodyCapFor, bodyVerdict, largestBodyCap, MULTIPART_ENVELOPE_BYTES } from '../../cms/http/rules/bodyCaps.ts'
import { slugs } from '../../cms/slugs.ts'

const MB = 1024 * 1024
const settings = { mediaMaxBytes: 20 * MB, importMaxBytes: 10 * MB }

describe('bodyCapFor', () => {
  it.each([
    [`/api/${slugs.media}`, 20 * MB + MULTIPART_ENVELOPE_BYTES],
    [`/api/${slugs.media}/12?depth=0`, 20 * MB + MULTIPART_ENVELOPE_BYTES],
    [`/api/${slugs.residentReports}/submit`, reportBodyMaxBytes(reportPhotoMaxBytes(20 * MB))],
    [`/api/${slugs.goodPeople}/3/objection`, 64 * 1024],
    [`/api/${slugs.goodPeople}/3/endorse`, 8 * 1024],
    [`/api/${slugs.evaluationRounds}/2/import/preview`, 10 * MB + 64 * 1024],
    [`/api/${slugs.evaluationRounds}/2/import/commit`, 10 * MB + 64 * 1024],
    ['/api/graphql', MB],
    [`/api/${slugs.bulletins}/4`, 4 * MB],
    ['/api/media-extra', 4 * MB],
    ['/admin/collections/bulletins/4', 4 * MB],
    ['/', 64 * 1024],
    ['/administrator', 64 * 1024],
  ])('should cap %s at %i bytes', (url, bytes) => {
    expect(bodyCapFor(url, settings).maxBytes).toBe(bytes)
  })

  it('should take three 10 MB photos and the form around them for a 随手拍', () => {
    expect(bodyCapFor('/api/resident-reports/submit', settings).maxBytes).toBeGreaterThan(30 * MB)
  })

  it('should follow MEDIA_MAX_BYTES and SCORE_IMPORT_MAX_BYTES', () => {
    const small = { mediaMaxBytes: 2 * MB, importMaxBytes: MB }
    expect(bodyCapFor('/api/media', small).maxBytes).toBe(3 * MB)
    expect(bodyCapFor('/api/resident-reports/submit', small).maxBytes).toBe(reportBodyMaxBytes(2 * MB))
    expect(bodyCapFor('/api/evaluation-rounds/1/import/commit', small).maxBytes).toBe(MB + 64 * 1024)
  })
})

describe('largestBodyCap', () => {
  it('should be the largest entry of the table', () => {
    expect(largestBodyCap(settings)).toBe(reportBodyMaxBytes(reportPhotoMaxBytes(20 * MB)))
    expect(largestBodyCap({ mediaMaxBytes: 100 * MB, importMaxBytes: MB })).toBe(101 * MB)
  })
})

describe('bodyVerdict', () => {
  it.each([
    [{ url: '/api/graphql' }, true, undefined],
    [{ url: '/api/graphql', contentLength: String(MB) }, true, undefined],
    [{ url: '/api/graphql', contentLength: String(MB + 1) }, false, 413],
    [{ url: '/api/resident-reports/submit', contentLength: String(2 * 1024 * MB) }, false, 413],
    [{ url: '/api/media', contentLength: String(15 * MB) }, true, undefined],
    [{ url: '/api/media', transferEncoding: 'chunked' }, false, 411],
    [{ url: '/', transferEncoding: 'chunked', contentLength: '0' }, false, 411],
    [{ method: 'POST', url: '/api', contentType: 'multipart/form-data' }, false, 415],
    [{ method: 'POST', url: '/api/?x=1', contentType: 'multipart/form-data; boundary=x' }, false, 415],
    [{ method: 'POST', url: '/admin/login', contentType: 'multipart/form-data; boundary=x' }, false, 415],
    [{ method: 'POST', url: '/admin', contentType: 'multipart/form-data; boundary=x', nextAction: 'abc' }, true, undefined],
    [{ method: 'POST', url: '/admin', contentType: 'text/plain;charset=UTF-8', nextAction: 'abc' }, true, undefined],
    [{ method: 'POST', url: '/api/media', contentType: 'multipart/form-data; boundary=x' }, true, undefined],
    [{ method: 'POST', url: '/api/resident-reports/submit', contentType: 'multipart/form-data; boundary=x' }, true, undefined],
    [{ method: 'POST', url: '/report/', contentType: 'multipart/form-data; boundary=x' }, true, undefined],
  ])('should judge %j', (request, ok, status) => {
    const verdict = bodyVerdict(request, settings)
    expect([verdict.ok, verdict.ok ? undefined : verdict.status]).toEqual([ok, status])
  })

  it('should name the address and its limit in Chinese and English', () => {
    const verdict = bodyVerdict({ url: '/api/resident-reports/submit', contentLength: String(600 * MB) }, settings)
    expect(verdict.ok ? '' : verdict.message).toBe(
      '提交的内容过大：随手拍最多接受 30.1 MB / request body too large: at most 30.1 MB for resident reports',
    )
  })
})
