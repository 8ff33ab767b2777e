/** A real S3-compatible server (s3rver, from npm) on a free port with a temp folder, for tests. */
import fs from 'node:fs'
import S3rver from 's3rver'
import type { S3Settings } from '../../cms/config/storage.ts'
import { freePort } from './ports.ts'
import { makeTempDir } from './tempPayload.ts'

export type S3Server = {
  endpoint: string
  settings: (bucket: string) => S3Settings
  env: (bucket: string) => Record<string, string>
  close: () => Promise<void>
}

export async function startS3Server(buckets: string[]): Promise<S3Server> {
  const directory = makeTempDir('s3rver')
  const port = await freePort()
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name, configs: [] })),
  })
  await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    // s3rver's built-in credentials.
    settings: (bucket) => ({
      bucket,
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    }),
    env: (bucket) => ({
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    }),
    close: async () => {
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
