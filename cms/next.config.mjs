import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The Next.js app only hosts the Payload admin (/admin) and API (/api); the public site is static. */
const nextConfig = {
  outputFileTracingRoot: root,
  turbopack: { root },
  // `npm test` type-checks the whole project with tsc; the admin build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  images: { unoptimized: true },
  // Found at run time next to the platform package it ships (its index.js requires computed paths): not bundled.
  serverExternalPackages: ['@ffmpeg-installer/ffmpeg'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
