/**
 * The media library's image work, decoding each upload once: one sharp decode (EXIF orientation
 * applied, colour profile converted to sRGB, metadata gone) gives the pixels that the cleaned
 * original and the renditions are encoded from. The renditions are exactly Payload's (sizes, crops,
 * pixels: cms/domain/renditionPlan.ts); where Payload's own sharp call would have decoded differently
 * (shrink-on-load, an animated GIF or WebP, 16-bit or grey-and-alpha pixels, very large pictures)
 * that rendition is made Payload's way from the file instead.
 */
import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'
import {
  type FocalPoint,
  focalCrop,
  focalResize,
  fromSharedDecode,
  MAX_INPUT_PIXELS,
  orientedSize,
  type RenditionSpec,
  resizeAction,
  resizedSize,
  shrinkFactor,
} from '../domain/renditionPlan.ts'

export type DecodedImage = { pixels: Buffer; width: number; height: number; channels: 1 | 2 | 3 | 4 }
/** An image file and what its header says; `decoded` once its pixels have been decoded. */
export type SourceImage = {
  bytes: Buffer
  format: string
  width: number
  height: number
  orientation?: number
  frames?: number
  /** GIF and WebP: Payload reads every frame (payload/dist/uploads/isAnimatedImage.js). */
  animated: boolean
  /** Whether the renditions may come from one decode to pixels in memory. */
  shareable: boolean
  decoded?: DecodedImage
}
/** `nameHeight`: the height in the file name, which Payload divides by the number of frames. */
export type Rendition = {
  name: string
  data: Buffer
  width: number
  height: number
  nameHeight: number
  filesize: number
  mimeType: string
  extension: string
}

/** Above this, the decoded pixels are not kept in memory (≈ 144 MB with alpha); Payload's way is used. */
const SHARED_DECODE_MAX_PIXELS = 36_000_000
const ANIMATED = new Set(['image/gif', 'image/webp'])
/** sharp's names of the formats whose cleaned original is encoded from the shared decode. */
const SHARED_FORMATS = new Set(['jpeg', 'png', 'heif'])
/** The types Payload makes renditions of (payload/dist/uploads/canResizeImage.js). */
const RESIZABLE = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/tiff', 'image/avif'])

export const isResizable = (mimeType: unknown): boolean => RESIZABLE.has(String(mimeType))

/** The header only; the pixel limit is checked by the caller (tooManyPixels), so sharp's own is off here. */
export async function readSource(bytes: Buffer, mimeType: string): Promise<SourceImage> {
  const meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  const animated = ANIMATED.has(mimeType)
  return {
    bytes,
    format: meta.format,
    width: meta.width,
    height: meta.height,
    orientation: meta.orientation,
    frames: meta.pages,
    animated,
    shareable:
      !animated &&
      SHARED_FORMATS.has(meta.format) &&
      (meta.pages ?? 1) === 1 &&
      meta.depth === 'uchar' &&
      meta.channels !== 2 &&
      meta.width * meta.height <= SHARED_DECODE_MAX_PIXELS,
  }
}

const rawInput = (image: DecodedImage) => ({ raw: { width: image.width, height: image.height, channels: image.channels } })

/** Decode the pixels once; the same call Payload's constructorOptions made, to raw pixels. */
export async function decode(source: SourceImage): Promise<DecodedImage | undefined> {
  if (!source.shareable) return undefined
  const { data, info } = await sharp(source.bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { pixels: data, width: info.width, height: info.height, channels: info.channels }
}

/** The stored original: orientation applied, no metadata, the upload's own format. */
export async function cleanOriginal(source: SourceImage): Promise<Buffer> {
  if (!source.decoded) return sharp(source.bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate().toBuffer()
  const format = source.format === 'heif' ? 'heif' : (source.format as keyof sharp.FormatEnum)
  return sharp(source.decoded.pixels, rawInput(source.decoded))
    .toFormat(format, source.format === 'heif' ? { compression: 'av1' } : undefined)
    .toBuffer()
}

type Made = { data: Buffer; width: number; height: number; nameHeight: number; size: number }

/** Payload's way for one size (createImageSizes): a decode of the file per size, twice for a focal crop. */
async function payloadWay(source: SourceImage, spec: RenditionSpec, action: 'cover' | 'focal', focal: FocalPoint): Promise<Made> {
  const base = sharp(source.bytes, source.animated ? { animated: true } : {}).rotate()
  const frames = source.frames ?? 1
  const frameHeight = (height: number) => (source.animated ? height / frames : height)
  let resized = base.clone()
  if (action === 'cover') resized = resized.resize(spec)
  else {
    resized = resized.resize({ fastShrinkOnLoad: false, ...focalResize(orientedSize(source, source.orientation), spec) })
    const { info } = await resized.toBuffer({ resolveWithObject: true })
    resized = resized.extract(focalCrop({ width: info.width, height: info.height / frames }, spec, focal))
  }
  const { data, info } = await resized.toFormat(spec.formatOptions.format, spec.formatOptions.options).toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: frameHeight(info.height), nameHeight: info.height / frames, size: info.size }
}

const encoded = async (pipeline: sharp.Sharp, spec: RenditionSpec): Promise<Made> => {
  const { data, info } = await pipeline
    .toFormat(spec.formatOptions.format, spec.formatOptions.options)
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height, nameHeight: info.height, size: info.size }
}

/**
 * The same size from the decoded pixels: no decode. A focal crop is cut in the same sharp pipeline as
 * the scaling, where libvips' rounding of the scaled size puts it (resizedSize); should sharp refuse
 * that crop, the scaled picture is made first and measured, as Payload did.
 */
async function fromPixels(image: DecodedImage, spec: RenditionSpec, action: 'cover' | 'focal', focal: FocalPoint): Promise<Made> {
  const pixels = () => sharp(image.pixels, rawInput(image))
  if (action === 'cover') return encoded(pixels().resize(spec), spec)
  const side = focalResize(image, spec)
  const made = await encoded(
    pixels()
      .resize(side)
      .extract(focalCrop(resizedSize(image, side), spec, focal)),
    spec,
  ).catch(() => undefined)
  if (made) return made
  const { data, info } = await pixels().resize(side).raw().toBuffer({ resolveWithObject: true })
  return encoded(sharp(data, rawInput({ pixels: data, ...info })).extract(focalCrop(info, spec, focal)), spec)
}

/** Every size of `specs` (null where Payload leaves a size out). `focal` undefined: Payload had no focal point. */
export async function makeRenditions(
  source: SourceImage,
  specs: readonly RenditionSpec[],
  focal: FocalPoint | undefined,
): Promise<(Rendition | null)[]> {
  const shown = orientedSize(source, source.orientation)
  return Promise.all(
    specs.map(async (spec) => {
      const action = resizeAction(source, spec, focal !== undefined)
      if (action === 'omit') return null
      const point = focal ?? { x: 50, y: 50 }
      const shared = source.decoded && fromSharedDecode({ ...source, shrink: shrinkFactor(shown, spec, action), action })
      const made =
        shared && source.decoded ? await fromPixels(source.decoded, spec, action, point) : await payloadWay(source, spec, action, point)
      const type = await fileTypeFromBuffer(made.data)
      if (!type) throw new Error(`rendition ${spec.name}: sharp wrote no recognisable image`)
      const { data, width, height, nameHeight, size } = made
      return { name: spec.name, data, width, height, nameHeight, filesize: size, mimeType: type.mime, extension: type.ext }
    }),
  )
}
