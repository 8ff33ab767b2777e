import { describe, expect, it } from 'vitest'
import { IMAGE_SIZES } from '../../cms/collections/Media/imageSizes.ts'
import {
  expectedFocalPoint,
  focalCrop,
  focalResize,
  fromSharedDecode,
  orientedSize,
  type RenditionSpec,
  renditionFilename,
  resizeAction,
  shrinkFactor,
  tooManyPixels,
} from '../../cms/domain/renditionPlan.ts'

const spec = (name: string): RenditionSpec => IMAGE_SIZES.find((size) => size.name === name) as RenditionSpec
const size = (width: number, height: number) => ({ width, height })

describe('resizeAction (Payload’s getImageResizeAction)', () => {
  describe.each([
    ['a picture smaller both ways, no withoutEnlargement', size(300, 200), 'thumbnail', true, 'omit'],
    ['a picture as wide as the size', size(400, 200), 'thumbnail', true, 'focal'],
    ['the same aspect ratio', size(1600, 1200), 'thumbnail', true, 'cover'],
    ['the hero of a narrower picture (withoutEnlargement)', size(1200, 700), 'hero', true, 'cover'],
    ['the hero of a picture larger both ways', size(1600, 1000), 'hero', true, 'focal'],
    ['a different aspect ratio without a focal point', size(1600, 1000), 'card', false, 'cover'],
  ] as const)('%s', (_case, stored, name, hasFocalPoint, action) => {
    it(`should ${action}`, () => {
      expect(resizeAction(stored, spec(name), hasFocalPoint)).toBe(action)
    })
  })
})

describe('orientedSize', () => {
  it.each([
    [undefined, size(1600, 1000)],
    [3, size(1600, 1000)],
    [5, size(1000, 1600)],
    [8, size(1000, 1600)],
  ])('should turn a 1600×1000 picture with orientation %s into %o', (orientation, shown) => {
    expect(orientedSize(size(1600, 1000), orientation)).toEqual(shown)
  })
})

describe('the focal branch', () => {
  it.each([
    ['wider than the size: by height', size(1600, 1000), 'thumbnail', { height: 300 }],
    ['narrower than the size: by width', size(1000, 1600), 'social', { width: 1200 }],
  ] as const)('should scale a picture %s', (_case, shown, name, side) => {
    expect(focalResize(shown, spec(name))).toEqual(side)
  })

  it.each([
    ['thumbnail', 'centred', size(480, 300), { x: 50, y: 50 }, { left: 40, top: 0 }],
    ['card', 'rounded down like Payload (426.5 − 400)', size(853, 533), { x: 50, y: 50 }, { left: 26, top: 0 }],
    ['thumbnail', 'kept inside on the left', size(480, 300), { x: 0, y: 50 }, { left: 0, top: 0 }],
    ['thumbnail', 'kept inside on the right', size(480, 300), { x: 100, y: 50 }, { left: 80, top: 0 }],
    ['thumbnail', 'kept inside at the bottom', size(400, 500), { x: 50, y: 95 }, { left: 0, top: 200 }],
  ])('should cut the %s %s', (name, _case, resized, focal, offset) => {
    const cut = spec(name)
    expect(focalCrop(resized, cut, focal)).toEqual({ ...offset, width: cut.width, height: cut.height })
  })
})

describe('fromSharedDecode', () => {
  const shown = size(4000, 3000)
  describe.each([
    ['a JPEG focal crop shrinking less than 4×', 'jpeg', 1, 3.99, 'focal', true],
    ['a JPEG focal crop shrinking 4× (shrink-on-load)', 'jpeg', 1, 4, 'focal', false],
    ['a JPEG cover shrinking 2× (shrink-on-load)', 'jpeg', 1, 2, 'cover', false],
    ['a JPEG cover shrinking 1.9×', 'jpeg', 1, 1.9, 'cover', true],
    ['a WebP cover shrinking at all (scale-on-load)', 'webp', 1, 1.01, 'cover', false],
    ['a WebP focal crop (no scale-on-load)', 'webp', 1, 3, 'focal', true],
    ['a PNG cover shrinking 10×', 'png', 1, 10, 'cover', true],
    ['a cover resizing an EXIF-rotated picture', 'png', 6, 1.25, 'cover', false],
    ['a cover of an EXIF-rotated picture that only crops', 'jpeg', 6, 1, 'cover', true],
    ['a focal crop of an EXIF-rotated picture', 'jpeg', 8, 2.5, 'focal', true],
  ] as const)('%s', (_case, format, orientation, shrink, action, shared) => {
    it(`should ${shared ? '' : 'not '}use the shared decode`, () => {
      expect(fromSharedDecode({ format, orientation, shrink, action })).toBe(shared)
    })
  })

  it('should measure the shrink like sharp: one side for a focal crop, the smaller for a cover, never below 1 without enlargement', () => {
    expect(shrinkFactor(shown, spec('thumbnail'), 'focal')).toBe(10)
    expect(shrinkFactor(shown, spec('thumbnail'), 'cover')).toBe(10)
    expect(shrinkFactor(size(1200, 700), spec('hero'), 'cover')).toBe(1)
    expect(shrinkFactor(size(1000, 1600), spec('social'), 'cover')).toBeCloseTo(0.833, 3)
  })
})

describe('expectedFocalPoint (Payload’s parseUploadEditsFromReqOrIncomingData)', () => {
  it.each([
    [
      'the request’s upload edits, rounded',
      { edits: { focalPoint: { x: 20.4, y: '75' } }, data: { focalX: 10, focalY: 10 }, operation: 'create' },
      { x: 20, y: 75 },
    ],
    ['the data’s, when both are set', { edits: undefined, data: { focalX: 30, focalY: 80 }, operation: 'create' }, { x: 30, y: 80 }],
    ['the centre of a new document', { edits: undefined, data: { focalX: 0, focalY: 80 }, operation: 'create' }, { x: 50, y: 50 }],
    ['none for a file replacing another', { edits: undefined, data: {}, operation: 'update' }, undefined],
    [
      'the centre for an edit that is not a number',
      { edits: { focalPoint: { x: 'left', y: '' } }, data: {}, operation: 'update' },
      { x: 50, y: 50 },
    ],
  ] as const)('should take %s', (_case, input, expected) => {
    expect(expectedFocalPoint(input)).toEqual(expected)
  })
})

describe('tooManyPixels', () => {
  it.each([
    [size(10_000, 10_000), undefined, false],
    [size(10_001, 10_000), undefined, true],
    [size(8_000, 7_000), 2, true],
  ])('should judge %o with %s frames', (picture, frames, refused) => {
    expect(tooManyPixels({ ...picture, frames })).toBe(refused)
  })
})

describe('renditionFilename (Payload’s parseFilename + generateImageSizeFilename)', () => {
  it.each([
    ['street.jpg', 'street-400x300.webp'],
    ['street-1.jpg', 'street-1-400x300.webp'],
    ['noextension', 'noextension-400x300.webp'],
    ['con.jpg', '-400x300.webp'],
    ['a\u0085b.jpg', 'ab-400x300.webp'],
  ])('should name the thumbnail of %s %s', (stored, expected) => {
    expect(renditionFilename(stored, size(400, 300), 'webp')).toBe(expected)
  })
})
