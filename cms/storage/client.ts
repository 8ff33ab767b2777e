/** S3 clients from the typed settings (cms/config/storage.ts): one per bucket settings, reused. */
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import type { S3Settings } from '../config/storage.ts'

/**
 * The SDK options for one bucket. S3-compatible servers (an S3_ENDPOINT) get checksums only where
 * the S3 API requires them: many of them do not understand the SDK's default streamed checksums.
 */
export function s3ClientConfig(settings: S3Settings): S3ClientConfig {
  return {
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint
      ? { endpoint: settings.endpoint, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
      : {}),
    // A copy: the SDK marks the credentials object it is given, and settings are frozen.
    ...(settings.credentials ? { credentials: { ...settings.credentials } } : {}),
  }
}

const clients = new Map<string, S3Client>()

export function s3Client(settings: S3Settings): S3Client {
  const key = JSON.stringify(settings)
  let client = clients.get(key)
  if (!client) {
    client = new S3Client(s3ClientConfig(settings))
    clients.set(key, client)
  }
  return client
}
