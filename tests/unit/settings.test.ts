/**
 * readSettings(env): every variable README "Configuration" lists — its default, a valid value, and an
 * invalid one stopping with a message that names the variable.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSettings, type Settings } from '../../cms/config/settings.ts'
import type { Env } from '../../cms/config/source.ts'
import { DEFAULT_EMBED_HOSTS } from '../../cms/domain/embeds.ts'
import { DEFAULT_BUILD_TIMEOUT_MS } from '../../publisher/siteBuild.ts'

const ROOT = '/srv/campaign'
const read = (env: Env): Settings => readSettings(env, ROOT)
const S3 = { S3_BUCKET: 'uploads-bucket' }

type Row = {
  name: string
  pick: (settings: Settings) => unknown
  fallback: unknown
  valid: [Env, unknown]
  invalid?: Env
}

const rows: Row[] = [
  {
    name: 'DATABASE_URL',
    pick: (s) => s.database,
    fallback: { kind: 'sqlite', file: 'data/campaign.db' },
    valid: [
      { DATABASE_URL: 'mongodb://db.example:27017/campaign' },
      { kind: 'mongodb', url: 'mongodb://db.example:27017/campaign', host: 'db.example:27017' },
    ],
    invalid: { DATABASE_URL: 'mysql://localhost/campaign' },
  },
  { name: 'PAYLOAD_SECRET', pick: (s) => s.payloadSecret, fallback: undefined, valid: [{ PAYLOAD_SECRET: ' abc ' }, 'abc'] },
  { name: 'PORT', pick: (s) => s.port, fallback: 3000, valid: [{ PORT: '4000' }, 4000], invalid: { PORT: '70000' } },
  {
    name: 'SITE_URL',
    pick: (s) => s.site,
    fallback: { siteUrl: 'http://localhost:3000', siteOrigin: 'http://localhost:3000', secureCookies: false, production: false },
    valid: [
      { SITE_URL: 'https://wm.example.cn/' },
      { siteUrl: 'https://wm.example.cn/', siteOrigin: 'https://wm.example.cn', secureCookies: true, production: false },
    ],
    invalid: { SITE_URL: 'ftp://wm.example.cn' },
  },
  { name: 'NODE_ENV', pick: (s) => s.production, fallback: false, valid: [{ NODE_ENV: 'production' }, true] },
  {
    name: 'MEDIA_MAX_BYTES',
    pick: (s) => s.limits.mediaMaxBytes,
    fallback: 20 * 1024 * 1024,
    valid: [{ MEDIA_MAX_BYTES: '5000' }, 5000],
    invalid: { MEDIA_MAX_BYTES: 'lots' },
  },
  {
    name: 'EXPOSURE_DEADLINE_DAYS',
    pick: (s) => s.terms.exposureDeadlineDays,
    fallback: 3,
    valid: [{ EXPOSURE_DEADLINE_DAYS: '0' }, 0],
    invalid: { EXPOSURE_DEADLINE_DAYS: '400' },
  },
  {
    name: 'ACCOUNTABILITY_WINDOW_DAYS',
    pick: (s) => s.terms.accountabilityWindowDays,
    fallback: 90,
    valid: [{ ACCOUNTABILITY_WINDOW_DAYS: '30' }, 30],
    invalid: { ACCOUNTABILITY_WINDOW_DAYS: '0' },
  },
  {
    name: 'REPORT_CONTACT_RETENTION_DAYS',
    pick: (s) => s.terms.reportContactRetentionDays,
    fallback: 90,
    valid: [{ REPORT_CONTACT_RETENTION_DAYS: '0' }, 0],
    invalid: { REPORT_CONTACT_RETENTION_DAYS: '-1' },
  },
  {
    name: 'MESSAGE_REPLY_WORKING_DAYS',
    pick: (s) => s.terms.messageReplyWorkingDays,
    fallback: 5,
    valid: [{ MESSAGE_REPLY_WORKING_DAYS: '10' }, 10],
    invalid: { MESSAGE_REPLY_WORKING_DAYS: '0' },
  },
  {
    name: 'ENDORSE_IP_DAILY_CAP',
    pick: (s) => s.limits.endorseIpDailyCap,
    fallback: 30,
    valid: [{ ENDORSE_IP_DAILY_CAP: '10' }, 10],
    invalid: { ENDORSE_IP_DAILY_CAP: '2.5' },
  },
  {
    name: 'SURVEY_IP_DAILY_CAP',
    pick: (s) => s.limits.surveyIpDailyCap,
    fallback: 50,
    valid: [{ SURVEY_IP_DAILY_CAP: '5' }, 5],
    invalid: { SURVEY_IP_DAILY_CAP: '0' },
  },
  {
    name: 'SITE_BUILD_TIMEOUT_SECONDS',
    pick: (s) => s.publish.timeoutMs,
    fallback: DEFAULT_BUILD_TIMEOUT_MS,
    valid: [{ SITE_BUILD_TIMEOUT_SECONDS: ' 600 ' }, 600_000],
    invalid: { SITE_BUILD_TIMEOUT_SECONDS: '5' },
  },
  {
    name: 'BUILDER_LEASE_SECONDS',
    pick: (s) => s.publish.lease.ttlMs,
    fallback: 30_000,
    valid: [{ BUILDER_LEASE_SECONDS: '10' }, 10_000],
    invalid: { BUILDER_LEASE_SECONDS: '3' },
  },
  {
    name: 'SCORE_IMPORT_MAX_BYTES',
    pick: (s) => s.limits.scoreImportMaxBytes,
    fallback: 10 * 1024 * 1024,
    valid: [{ SCORE_IMPORT_MAX_BYTES: '2048' }, 2048],
    invalid: { SCORE_IMPORT_MAX_BYTES: '0' },
  },
  {
    name: 'VIDEO_EMBED_HOSTS',
    pick: (s) => s.embedHosts,
    fallback: DEFAULT_EMBED_HOSTS,
    valid: [{ VIDEO_EMBED_HOSTS: ' v.qq.com , Live.ZBTV.cn,' }, ['v.qq.com', 'live.zbtv.cn']],
    invalid: { VIDEO_EMBED_HOSTS: 'https://v.qq.com/' },
  },
  {
    name: 'SMTP_HOST',
    pick: (s) => s.email.enabled,
    fallback: false,
    valid: [{ SMTP_HOST: 'smtp.example.cn' }, true],
  },
  {
    name: 'SMTP_PORT',
    pick: (s) => (s.email.enabled ? s.email.port : null),
    fallback: null,
    valid: [{ SMTP_HOST: 'smtp.example.cn', SMTP_PORT: '465' }, 465],
    invalid: { SMTP_HOST: 'smtp.example.cn', SMTP_PORT: 'smtp' },
  },
  {
    name: 'SMTP_SECURE',
    pick: (s) => (s.email.enabled ? s.email.secure : null),
    fallback: null,
    valid: [{ SMTP_HOST: 'smtp.example.cn', SMTP_SECURE: 'true' }, true],
    invalid: { SMTP_HOST: 'smtp.example.cn', SMTP_SECURE: 'yes' },
  },
  {
    name: 'EMAIL_FROM',
    pick: (s) => (s.email.enabled ? s.email.fromAddress : null),
    fallback: null,
    valid: [{ SMTP_HOST: 'smtp.example.cn', EMAIL_FROM: '创城办 <no-reply@example.gov.cn>' }, 'no-reply@example.gov.cn'],
    invalid: { SMTP_HOST: 'smtp.example.cn', EMAIL_FROM: 'not an address' },
  },
  { name: 'ROLE', pick: (s) => s.role, fallback: 'all', valid: [{ ROLE: 'Builder' }, 'builder'], invalid: { ROLE: 'worker' } },
  {
    name: 'SQLITE_SYNCHRONOUS',
    pick: (s) => s.sqliteSynchronous,
    fallback: 'NORMAL',
    valid: [{ SQLITE_SYNCHRONOUS: 'full' }, 'FULL'],
    invalid: { SQLITE_SYNCHRONOUS: 'OFF' },
  },
  {
    name: 'TRUSTED_PROXIES',
    pick: (s) => s.trustedProxies,
    fallback: [],
    valid: [{ TRUSTED_PROXIES: '127.0.0.1, ::ffff:10.0.0.1' }, ['127.0.0.1', '10.0.0.1']],
    invalid: { TRUSTED_PROXIES: 'nginx' },
  },
  {
    name: 'S3_BUCKET',
    pick: (s) => s.storage.media.kind,
    fallback: 'local',
    valid: [S3, 's3'],
  },
  {
    name: 'S3_ENDPOINT',
    pick: (s) => (s.storage.media.kind === 's3' ? s.storage.media.s3.endpoint : null),
    fallback: null,
    valid: [{ ...S3, S3_ENDPOINT: 'http://127.0.0.1:9000/' }, 'http://127.0.0.1:9000'],
    invalid: { ...S3, S3_ENDPOINT: 'minio' },
  },
  {
    name: 'S3_ACCESS_KEY_ID',
    pick: (s) => (s.storage.media.kind === 's3' ? s.storage.media.s3.credentials : null),
    fallback: null,
    valid: [
      { ...S3, S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'key' },
      { accessKeyId: 'id', secretAccessKey: 'key' },
    ],
    invalid: { ...S3, S3_ACCESS_KEY_ID: 'id' },
  },
  {
    name: 'S3_FORCE_PATH_STYLE',
    pick: (s) => (s.storage.media.kind === 's3' ? s.storage.media.s3.forcePathStyle : null),
    fallback: null,
    valid: [{ ...S3, S3_FORCE_PATH_STYLE: 'true' }, true],
    invalid: { ...S3, S3_FORCE_PATH_STYLE: 'on' },
  },
  {
    name: 'S3_PUBLIC_BASE_URL',
    pick: (s) => (s.storage.media.kind === 's3' ? s.storage.media.publicBaseUrl : null),
    fallback: null,
    valid: [{ ...S3, S3_PUBLIC_BASE_URL: 'https://img.example.cn/m/' }, 'https://img.example.cn/m'],
    invalid: { S3_PUBLIC_BASE_URL: 'https://img.example.cn/m/' },
  },
  {
    name: 'CDN_S3_PREFIX',
    pick: (s) => (s.storage.cdn.enabled ? s.storage.cdn.prefix : null),
    fallback: null,
    valid: [{ CDN_S3_BUCKET: 'site', CDN_S3_PREFIX: '/www/' }, 'www'],
    invalid: { ...S3, CDN_S3_BUCKET: 'uploads-bucket', CDN_S3_PREFIX: 'uploads' },
  },
  {
    name: 'DATA_DIR',
    pick: (s) => s.paths.dataDir,
    fallback: path.join(ROOT, 'data'),
    valid: [{ DATA_DIR: '/var/lib/campaign' }, '/var/lib/campaign'],
    invalid: { DATA_DIR: 'da\0ta' },
  },
  {
    name: 'MEDIA_DIR',
    pick: (s) => s.paths.mediaDir,
    fallback: path.join(ROOT, 'media'),
    valid: [{ MEDIA_DIR: 'uploads' }, path.join(ROOT, 'uploads')],
    invalid: { MEDIA_DIR: 'me\0dia' },
  },
  {
    name: 'SITE_OUT_DIR',
    pick: (s) => s.paths.siteOutDir,
    fallback: path.join(ROOT, 'dist/site'),
    valid: [{ SITE_OUT_DIR: '/srv/www' }, '/srv/www'],
    invalid: { SITE_OUT_DIR: 'si\0te' },
  },
  {
    name: 'PROJECT_ROOT',
    pick: (s) => s.paths.projectRoot,
    fallback: ROOT,
    valid: [{ PROJECT_ROOT: '/opt/campaign' }, '/opt/campaign'],
    invalid: { PROJECT_ROOT: 'relative/root' },
  },
  {
    name: 'QUIZ_QUESTIONS',
    pick: (s) => s.limits.quizQuestions,
    fallback: 10,
    valid: [{ QUIZ_QUESTIONS: '5' }, 5],
    invalid: { QUIZ_QUESTIONS: '31' },
  },
  {
    name: 'QUIZ_NETWORK_HOURLY_CAP',
    pick: (s) => s.limits.quizNetworkHourlyCap,
    fallback: 30,
    valid: [{ QUIZ_NETWORK_HOURLY_CAP: '100' }, 100],
    invalid: { QUIZ_NETWORK_HOURLY_CAP: '0' },
  },
  {
    name: 'QUIZ_HOURLY_CAP',
    pick: (s) => s.limits.quizHourlyCap,
    fallback: 3000,
    valid: [{ QUIZ_HOURLY_CAP: '500' }, 500],
    invalid: { QUIZ_HOURLY_CAP: 'many' },
  },
  {
    name: 'VIDEO_MAX_BYTES',
    pick: (s) => s.limits.videoMaxBytes,
    fallback: 200 * 1024 * 1024,
    valid: [{ VIDEO_MAX_BYTES: '1000000' }, 1_000_000],
    invalid: { VIDEO_MAX_BYTES: '0' },
  },
  {
    name: 'PHOTO_WORKERS',
    pick: (s) => s.limits.photoWorkers,
    fallback: 1,
    valid: [{ PHOTO_WORKERS: '0' }, 0],
    invalid: { PHOTO_WORKERS: '9' },
  },
]

describe.each(rows)('$name', ({ name, pick, fallback, valid, invalid }) => {
  it('should use the README default when unset', () => {
    expect(pick(read({}))).toEqual(fallback)
  })

  it('should read a valid value', () => {
    expect(pick(read(valid[0]))).toEqual(valid[1])
  })

  it.skipIf(!invalid)('should stop on an invalid value with a message naming the variable', () => {
    expect(() => read(invalid as Env)).toThrow(name)
  })
})

describe('readSettings', () => {
  it('should return one frozen object, nested parts included', () => {
    const settings = read({ VIDEO_EMBED_HOSTS: 'v.qq.com' })
    expect(Object.isFrozen(settings)).toBe(true)
    expect(Object.isFrozen(settings.paths)).toBe(true)
    expect(Object.isFrozen(settings.embedHosts)).toBe(true)
    expect(() => (settings.embedHosts as string[]).push('evil.example')).toThrow(TypeError)
  })

  it('should say what is allowed, in Chinese and English', () => {
    expect(() => read({ EXPOSURE_DEADLINE_DAYS: 'soon' })).toThrow(
      '环境变量 EXPOSURE_DEADLINE_DAYS 无效："soon"，应为 a whole number from 0 to 365',
    )
  })

  it('should treat a blank value as unset', () => {
    expect(read({ PORT: ' ', MEDIA_MAX_BYTES: '' }).port).toBe(3000)
  })

  it('should keep the environment it read, for child processes only', () => {
    expect(read({ PORT: '4000' }).source).toEqual({ PORT: '4000' })
  })
})
