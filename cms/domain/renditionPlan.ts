/**
 * How each media rendition is cut, as pure arithmetic. These are Payload's own rules (payload 3.90,
 * dist/uploads/image-resizing: getImageResizeAction, the focal-point branch of createImageSizes,
 * parseFilename), written out so cms/media/renditions.ts can make exactly the renditions Payload
 * made while decoding the upload once. tests/int/media-renditions.test.ts compares the result with
 * Payload's way pixel for pixel.
 */

export type RenditionSpec = {
  name: string
  width: number
  height: number
  position?: 'centre'
  withoutEnlargement?: boolean
  formatOptions: { format: 'webp' | 'jpeg'; options: { quality: number } }
}
export type Size = { width: number; height: number }
/** Percent of the width and height, as Payload stores focalX/focalY. */
export type FocalPoint = { x: number; y: number }
export type Crop = Size & { left: number; top: number }

/**
 * What Payload does for one size (getImageResizeAction): leave it out, resize with sharp's own
 * cover crop, or resize one side and cut around the focal point. `stored` is the size as stored in
 * the file, before EXIF orientation is applied: Payload measures it that way.
 */
export function resizeAction(stored: Size, spec: RenditionSpec, hasFocalPoint: boolean): 'omit' | 'cover' | 'focal' {
  if (spec.withoutEnlargement === undefined && stored.width < spec.width && stored.height < spec.height) return 'omit'
  if (stored.width / stored.height === spec.width / spec.height) return 'cover'
  if (spec.withoutEnlargement && (stored.width < spec.width || stored.height < spec.height)) return 'cover'
  return hasFocalPoint ? 'focal' : 'cover'
}

/** EXIF orientations 5–8 turn the picture a quarter: width and height swap. */
export const orientedSize = (stored: Size, orientation: number | undefined): Size =>
  (orientation ?? 1) >= 5 ? { width: stored.height, height: stored.width } : stored

/** The focal branch first scales the picture to cover the size along one side. */
export function focalResize(shown: Size, spec: RenditionSpec): { width: number } | { height: number } {
  return spec.width / spec.height < shown.width / shown.height ? { height: spec.height } : { width: spec.width }
}

/**
 * The size sharp's resize gives, as libvips 8.17 rounds it: sharp hands libvips scale = 1 / shrink;
 * shrinking rounds length / (1 / scale) (reduceh/reducev), enlarging rounds scale × length (affine's
 * output area), no scaling keeps the size. renditions.ts cuts the focal crop in the same sharp
 * pipeline as the scaling from this, and falls back to measuring if sharp refuses the crop;
 * tests/unit/resizedSize.test.ts checks it against sharp itself.
 */
export function resizedSize(shown: Size, side: { width: number } | { height: number }): Size {
  const shrink = 'height' in side ? shown.height / side.height : shown.width / side.width
  if (shrink === 1) return shown
  const scale = 1 / shrink
  const scaled = (length: number) => Math.floor((scale < 1 ? length / (1 / scale) : scale * length) + 0.5)
  return { width: scaled(shown.width), height: scaled(shown.height) }
}

/** Then cuts the size out of the scaled picture around the focal point, kept inside the picture. */
export function focalCrop(resized: Size, spec: RenditionSpec, focal: FocalPoint): Crop {
  const start = (length: number, want: number, percent: number): number => {
    const centre = length * (percent / 100)
    let from = centre - want / 2
    if (centre + want / 2 > length) from = length - want
    return Math.floor(Math.max(0, from))
  }
  return {
    left: start(resized.width, spec.width, focal.x),
    top: start(resized.height, spec.height, focal.y),
    width: spec.width,
    height: spec.height,
  }
}

/**
 * The factor sharp shrinks by for this rendition (sharp's ResolveShrink): one side for the focal
 * branch, the smaller of the two for a cover, never below 1 without enlargement.
 */
export function shrinkFactor(shown: Size, spec: RenditionSpec, action: 'cover' | 'focal'): number {
  if (action === 'focal') {
    const side = focalResize(shown, spec)
    return 'height' in side ? shown.height / side.height : shown.width / side.width
  }
  const shrink = Math.min(shown.width / spec.width, shown.height / spec.height)
  return spec.withoutEnlargement ? Math.max(1, shrink) : shrink
}

/**
 * May this rendition be made from the one full-size decode and still be identical to Payload's?
 * Not when Payload's sharp call would have decoded a smaller picture (JPEG shrink-on-load: from a
 * factor 4 in the focal branch, which turns fastShrinkOnLoad off, from 2 in a cover; WebP scales on
 * load in a cover), and not for a cover that resizes an EXIF-rotated picture, which Payload resizes
 * before turning it. The thresholds are on the safe side of sharp 0.34's pipeline.cc.
 */
export function fromSharedDecode(input: { format: string; orientation?: number; shrink: number; action: 'cover' | 'focal' }): boolean {
  const { format, shrink, action } = input
  if (format === 'jpeg' && shrink >= (action === 'focal' ? 4 : 2)) return false
  if (action === 'cover' && format === 'webp' && shrink > 1) return false
  if (action === 'cover' && (input.orientation ?? 1) > 1 && shrink !== 1) return false
  return true
}

type Edits = { focalPoint?: { x?: unknown; y?: unknown } } | undefined
const centreOr = (value: unknown): number =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || Number.isNaN(Number(value))
    ? 50
    : Math.round(Number(value))

/**
 * The focal point Payload gives a new file (generateFileData's parseUploadEditsFromReqOrIncomingData):
 * the request's upload edits, else the data's (both set), else the centre on a create; none when a
 * file replaces an existing one without either. Rounded to whole percent.
 */
export function expectedFocalPoint(input: {
  edits: Edits
  data?: { focalX?: unknown; focalY?: unknown }
  operation: 'create' | 'update'
}): FocalPoint | undefined {
  const { edits, data, operation } = input
  const point =
    edits?.focalPoint ??
    (data?.focalX && data?.focalY ? { x: data.focalX, y: data.focalY } : operation === 'create' ? { x: 50, y: 50 } : undefined)
  return point ? { x: centreOr(point.x), y: centreOr(point.y) } : undefined
}

export const sameFocalPoint = (a: FocalPoint | undefined, b: FocalPoint | undefined): boolean => a?.x === b?.x && a?.y === b?.y

/** More pixels than this are refused, counting every frame of a GIF or WebP (sharp's limitInputPixels). */
export const MAX_INPUT_PIXELS = 100_000_000

export const tooManyPixels = (size: Size & { frames?: number }): boolean => size.width * size.height * (size.frames ?? 1) > MAX_INPUT_PIXELS

const ILLEGAL = /[/?<>\\:*|"]/g
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
const CONTROL = /[\u0000-\u001f\u0080-\u009f]/g
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

/** `<base>-<width>x<height>.<ext>`: the base is the stored name without its extension, cleaned as Payload's parseFilename does. */
export function renditionFilename(storedFilename: string, size: Size, extension: string): string {
  const dot = storedFilename.lastIndexOf('.')
  const base = (storedFilename.substring(0, dot) || storedFilename)
    .replace(ILLEGAL, '')
    .replace(CONTROL, '')
    .replace(/^\.+$/, '')
    .replace(WINDOWS_RESERVED, '')
    .replace(/[. ]+$/, '')
  return `${truncateUtf8(base, 255)}-${size.width}x${size.height}.${extension}`
}

function truncateUtf8(text: string, bytes: number): string {
  let out = ''
  for (const char of text) {
    if (Buffer.byteLength(out + char) > bytes) break
    out += char
  }
  return out
}
