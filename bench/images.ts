/**
 * 4. Image pipeline: 50 generated 1600×1000 JPEGs uploaded through the media collection (Payload
 * makes the 4 renditions) vs raw sharp making the same 4 renditions from the same bytes, in this
 * process, one image after another. Interleaved per image (Payload, then sharp), so a change in the
 * machine's background load hits both alike; two passes, the second (warm) one counts.
 * Each consumer gets its own copy of the bytes so neither profits from libvips' cache. A third,
 * diagnostic run does in raw sharp what Payload does for a focal point, to split the overhead.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { IMAGE_SIZES } from '../cms/collections/Media/index.ts'
import { round } from './util.ts'

export type ImagesResult = {
  images: number
  payloadMs: number
  sharpMs: number
  ratio: number
  payloadMsPerImage: number
  sharpMsPerImage: number
  focalPointSharpMsPerImage: number
}

const COUNT = 50

/** A different picture per index: a diagonal gradient, shapes, and fine noise for photo-like JPEG sizes. */
async function makeJpeg(index: number): Promise<Buffer> {
  const hue = (index * 47) % 360
  const shapes = Array.from({ length: 12 }, (_, i) => {
    const x = (index * 131 + i * 197) % 1600
    const y = (index * 71 + i * 113) % 1000
    return `<circle cx="${x}" cy="${y}" r="${40 + ((i * 29 + index) % 160)}" fill="hsl(${(hue + i * 25) % 360},70%,55%)" opacity="0.7"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,80%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},60%,35%)"/></linearGradient></defs><rect width="1600" height="1000" fill="url(#g)"/>${shapes}</svg>`
  const noise = await sharp({
    create: { width: 1600, height: 1000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 12 } },
  })
    .png()
    .toBuffer()
  return sharp(Buffer.from(svg))
    .composite([{ input: noise, blend: 'overlay' }])
    .jpeg({ quality: 85 })
    .toBuffer()
}

/** What Payload's media collection produces, done directly: metadata, then the 4 sizes in parallel. */
async function rawRenditions(data: Buffer): Promise<void> {
  const base = sharp(data).rotate()
  await base.metadata()
  await Promise.all(
    IMAGE_SIZES.map((size) =>
      base
        .clone()
        .resize({ width: size.width, height: size.height, fit: 'cover', position: 'centre', withoutEnlargement: size.withoutEnlargement })
        .toFormat(size.formatOptions.format, size.formatOptions.options)
        .toBuffer(),
    ),
  )
}

/**
 * Diagnostic: the same renditions the way Payload makes them when the collection has focalPoint
 * (default centre) and the aspect ratios differ: resize, encode once to learn the size, then
 * extract the crop and encode again (payload/dist/uploads/image-resizing/createImageSizes.js).
 */
async function focalPointRenditions(data: Buffer): Promise<void> {
  const base = sharp(data).rotate()
  const meta = await base.metadata()
  const ratio = (meta.width ?? 1) / (meta.height ?? 1)
  await Promise.all(
    IMAGE_SIZES.map(async (size) => {
      const byHeight = size.width / size.height < ratio
      const resized = base.clone().resize({ fastShrinkOnLoad: false, ...(byHeight ? { height: size.height } : { width: size.width }) })
      const { info } = await resized.toBuffer({ resolveWithObject: true })
      const left = Math.max(0, Math.min(info.width - size.width, Math.floor(info.width / 2 - size.width / 2)))
      const top = Math.max(0, Math.min(info.height - size.height, Math.floor(info.height / 2 - size.height / 2)))
      await resized
        .extract({ left, top, width: size.width, height: size.height })
        .toFormat(size.formatOptions.format, size.formatOptions.options)
        .toBuffer()
    }),
  )
}

export async function benchImages(payload: Payload, log: (line: string) => void): Promise<ImagesResult> {
  const images = await Promise.all(Array.from({ length: COUNT }, (_, i) => makeJpeg(i)))
  let payloadMs = 0
  let sharpMs = 0
  let focalMs = 0
  for (const pass of [1, 2]) {
    payloadMs = 0
    sharpMs = 0
    focalMs = 0
    for (const [i, image] of images.entries()) {
      const data = Buffer.from(image)
      let started = performance.now()
      await payload.create({
        collection: 'media',
        data: { alt: `基准图片${i + 1}` },
        file: { data, name: `bench-${pass}-${i + 1}.jpg`, mimetype: 'image/jpeg', size: data.length },
        overrideAccess: true,
      })
      payloadMs += performance.now() - started
      started = performance.now()
      await rawRenditions(Buffer.from(image))
      sharpMs += performance.now() - started
      started = performance.now()
      await focalPointRenditions(Buffer.from(image))
      focalMs += performance.now() - started
    }
    log(
      `  pass ${pass}: Payload ${Math.round(payloadMs)} ms, raw sharp ${Math.round(sharpMs)} ms, sharp the focal-point way ${Math.round(focalMs)} ms`,
    )
  }
  return {
    images: COUNT,
    payloadMs: Math.round(payloadMs),
    sharpMs: Math.round(sharpMs),
    ratio: round(payloadMs / sharpMs, 2),
    payloadMsPerImage: round(payloadMs / COUNT, 1),
    sharpMsPerImage: round(sharpMs / COUNT, 1),
    focalPointSharpMsPerImage: round(focalMs / COUNT, 1),
  }
}
