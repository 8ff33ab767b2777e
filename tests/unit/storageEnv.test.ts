import { describe, expect, it } from 'vitest'
import { readStorageEnv } from '../../cms/config/storage.ts'
import { isMediaLinkingFile, linkedByIndex, linkedFilesUnder, mediaLinksIn } from '../../cms/storage/linkedMedia.ts'

const s3 = {
  S3_BUCKET: 'uploads-bucket',
  S3_ENDPOINT: 'http://127.0.0.1:4568/',
  S3_ACCESS_KEY_ID: 'k',
  S3_SECRET_ACCESS_KEY: 's',
  S3_FORCE_PATH_STYLE: 'true',
}

describe('readStorageEnv', () => {
  it('should keep uploads on disk and the CDN sync off by default', () => {
    expect(readStorageEnv({})).toEqual({ media: { kind: 'local' }, cdn: { enabled: false } })
  })

  it('should read the S3 settings, with the public base URL without its trailing slash', () => {
    expect(readStorageEnv({ ...s3, S3_REGION: 'cn-north-1', S3_PUBLIC_BASE_URL: 'https://img.example.gov.cn/m/' }).media).toEqual({
      kind: 's3',
      publicBaseUrl: 'https://img.example.gov.cn/m',
      s3: {
        bucket: 'uploads-bucket',
        region: 'cn-north-1',
        endpoint: 'http://127.0.0.1:4568',
        forcePathStyle: true,
        credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      },
    })
  })

  it('should give the CDN bucket the S3 settings unless it has its own', () => {
    const env = readStorageEnv({ ...s3, CDN_S3_BUCKET: 'site', CDN_S3_REGION: 'eu-west-1', CDN_S3_PREFIX: '/www/' })
    expect(env.cdn).toEqual({
      enabled: true,
      prefix: 'www',
      s3: {
        bucket: 'site',
        region: 'eu-west-1',
        endpoint: 'http://127.0.0.1:4568',
        forcePathStyle: true,
        credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      },
    })
    expect(readStorageEnv({ CDN_S3_BUCKET: 'site' }).cdn).toEqual({
      enabled: true,
      prefix: '',
      s3: { bucket: 'site', region: 'us-east-1', forcePathStyle: false },
    })
  })

  it.each([
    [{ S3_BUCKET: 'b', S3_ENDPOINT: 'ftp://x' }, 'S3_ENDPOINT'],
    [{ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' }, 'S3_ACCESS_KEY_ID'],
    [{ S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: 'yes' }, 'S3_FORCE_PATH_STYLE'],
    [{ S3_BUCKET: 'b', S3_PUBLIC_BASE_URL: 'cdn.example.com' }, 'S3_PUBLIC_BASE_URL'],
    [{ S3_PUBLIC_BASE_URL: 'https://cdn.example.com' }, 'S3_PUBLIC_BASE_URL'],
    [{ ...s3, CDN_S3_BUCKET: 'uploads-bucket' }, 'CDN_S3_PREFIX'],
    [{ ...s3, CDN_S3_BUCKET: 'uploads-bucket', CDN_S3_PREFIX: 'public/site' }, 'CDN_S3_PREFIX'],
    [{ CDN_S3_BUCKET: 'b', CDN_S3_PREFIX: 'a/../b' }, 'CDN_S3_PREFIX'],
  ])('should refuse %o naming the variable', (source, name) => {
    expect(() => readStorageEnv(source)).toThrow(name)
  })
})

describe('media links in built pages', () => {
  it.each([
    ['<img src="/media/a.jpg" srcset="/media/b%20c.webp 400w, /media/d.webp 800w">', '/media', ['a.jpg', 'b c.webp', 'd.webp']],
    ['<a href="/media/../secret.jpg">', '/media', []],
    ['<img src="https://cdn.example.com/m/a.jpg"> /media/x.jpg', 'https://cdn.example.com/m', ['a.jpg']],
    ['{"image":"https://cdn.example.com/m/%E5%9B%BE.png"}', 'https://cdn.example.com/m', ['图.png']],
  ])('should find in %s under %s: %o', (text, prefix, names) => {
    expect(linkedFilesUnder(text, prefix)).toEqual(names)
  })

  it('should not count links at a base URL ending in /media as local files', () => {
    const text = '<img src="https://cdn.example.com/media/a.jpg"><a href="/media/b.pdf">'
    expect(mediaLinksIn(text, 'https://cdn.example.com/media')).toEqual({ local: ['b.pdf'], atBase: ['a.jpg'] })
    expect(mediaLinksIn(text, undefined).local).toEqual(['a.jpg', 'b.pdf'])
  })
})

describe('media index of a built site', () => {
  it.each([
    ['bulletins/a/index.html', true],
    ['rss.xml', true],
    ['feed.json', true],
    ['robots.txt', true],
    ['media/a.jpg', false],
    ['media/notes.txt', false],
    ['pagefind/pagefind-entry.json', false],
    ['.build/pages.json', false],
    ['_astro/app.css', false],
  ])('should count %s as a file that links media: %s', (file, expected) => {
    expect(isMediaLinkingFile(file)).toBe(expected)
  })

  it('should link each upload once however many files link it', () => {
    const linked = linkedByIndex({
      'a/index.html': { local: ['x.jpg', 'y.jpg'], atBase: [] },
      'rss.xml': { local: ['x.jpg'], atBase: ['z.pdf'] },
    })
    expect([...linked.local].sort()).toEqual(['x.jpg', 'y.jpg'])
    expect([...linked.atBase]).toEqual(['z.pdf'])
    expect(linkedByIndex({}).local.size).toBe(0)
  })
})
