import { describe, expect, it } from 'vitest'
import {
  ALT_REQUIRED,
  approvedTexts,
  changedTexts,
  changesWhatSiteShows,
  hasReviewNote,
  isMediaReviewAction,
  proposeChange,
  rewritesFile,
} from '../../cms/domain/mediaReview.ts'

const live = { alt: '旧说明', credit: '旧署名' }

describe('changedTexts', () => {
  it.each([
    ['nothing sent', {}, []],
    ['the same texts', { alt: '旧说明', credit: '旧署名' }, []],
    ['a new alt', { alt: '新说明', credit: '旧署名' }, ['alt']],
    ['a cleared credit', { alt: '旧说明', credit: '' }, ['credit']],
    ['both', { alt: '新说明', credit: null }, ['alt', 'credit']],
  ] as const)('should find %s', (_name, incoming, expected) => {
    expect(changedTexts(live, incoming)).toEqual(expected)
  })

  it('should treat an empty and a missing credit as the same', () => {
    expect(changedTexts({ alt: 'a', credit: null }, { alt: 'a', credit: '' })).toEqual([])
  })
})

describe('proposeChange', () => {
  it.each([
    ['no change', {}, null, { ok: true, pending: null }],
    [
      'a new alt (credit stays live)',
      { alt: '新说明', credit: '旧署名' },
      null,
      { ok: true, pending: { alt: '新说明', credit: '旧署名' } },
    ],
    [
      'a new credit (alt stays live)',
      { alt: '旧说明', credit: '新署名' },
      null,
      { ok: true, pending: { alt: '旧说明', credit: '新署名' } },
    ],
    [
      'a new credit keeps an earlier proposed alt',
      { alt: '旧说明', credit: '新署名' },
      { alt: '先前提议', credit: '旧署名' },
      { ok: true, pending: { alt: '先前提议', credit: '新署名' } },
    ],
    [
      'a newer alt replaces an earlier proposal',
      { alt: '再改', credit: '旧署名' },
      { alt: '先前提议' },
      { ok: true, pending: { alt: '再改', credit: '旧署名' } },
    ],
    ['a blank alt', { alt: '  ', credit: '旧署名' }, null, { ok: false, path: 'alt', message: ALT_REQUIRED }],
  ] as const)('should store %s', (_name, incoming, pending, expected) => {
    expect(proposeChange(live, incoming, pending)).toEqual(expected)
  })
})

describe('approvedTexts', () => {
  it.each([
    ['the proposed pair', { alt: '新说明', credit: '新署名' }, { alt: '新说明', credit: '新署名' }],
    ['a removed credit', { alt: '新说明', credit: null }, { alt: '新说明', credit: null }],
    ['the live alt when the proposal has none', { alt: '', credit: '新署名' }, { alt: '旧说明', credit: '新署名' }],
  ] as const)('should make %s live', (_name, pending, expected) => {
    expect(approvedTexts(live, pending)).toEqual(expected)
  })
})

describe('rewritesFile', () => {
  it.each([
    ['an uploaded file', { hasFile: true }, true],
    ['no file and no edits', { hasFile: false }, false],
    ['a crop', { hasFile: false, uploadEdits: { crop: { x: 0, y: 0, width: 50, height: 50 } } }, true],
    ['a resize', { hasFile: false, uploadEdits: { widthInPixels: 300 } }, true],
    ['a new focal point', { hasFile: false, uploadEdits: { focalPoint: { x: 10, y: 20 } }, data: { focalX: 50, focalY: 50 } }, true],
    ['the same focal point', { hasFile: false, uploadEdits: { focalPoint: { x: 50, y: 50 } }, data: { focalX: 50, focalY: 50 } }, false],
    [
      'a focal point from the query string (text)',
      { hasFile: false, uploadEdits: { focalPoint: { x: '50', y: '50' } }, data: { focalX: 50, focalY: 50 } },
      true,
    ],
    ['edits that are not an object', { hasFile: false, uploadEdits: 'crop' }, false],
  ] as const)('should say %s → %s', (_name, input, expected) => {
    expect(rewritesFile(input)).toBe(expected)
  })
})

describe('changesWhatSiteShows', () => {
  const doc = {
    id: 1,
    alt: 'a',
    credit: null,
    filename: 'x.jpg',
    sizes: { card: { filename: 'x-640.jpg' } },
    updatedAt: '1',
    uploadedBy: 3,
  }
  it.each([
    ['only a proposal and the time', { ...doc, pendingChange: { alt: 'b' }, updatedAt: '2' }, false],
    ['an uploader populated by depth', { ...doc, uploadedBy: { id: 3, email: 'e' } }, false],
    ['a new alt', { ...doc, alt: 'b' }, true],
    ['a new credit', { ...doc, credit: '署名' }, true],
    ['a new file', { ...doc, filename: 'y.jpg' }, true],
    ['new renditions', { ...doc, sizes: { card: { filename: 'x-641.jpg' } } }, true],
  ] as const)('should answer %s → %s', (_name, next, expected) => {
    expect(changesWhatSiteShows({ ...doc, pendingChange: null }, next as Record<string, unknown>)).toBe(expected)
  })

  it('should count a change with nothing to compare against', () => {
    expect(changesWhatSiteShows(undefined, doc)).toBe(true)
  })
})

describe('small rules', () => {
  it('should know only approve and reject', () => {
    expect(['approve', 'reject', 'submit', undefined].map(isMediaReviewAction)).toEqual([true, true, false, false])
  })

  it('should show the review group only with a proposal or a returned one', () => {
    expect(
      [undefined, { pendingChange: null }, { pendingChange: { requestedAt: 'x' } }, { pendingChange: { rejectedReason: '不准确' } }].map(
        hasReviewNote,
      ),
    ).toEqual([false, false, true, true])
  })
})
