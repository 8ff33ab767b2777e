/**
 * npm run backup / npm run restore as an operator runs them: a live Payload holds the SQLite file open
 * (WAL mode, recent writes still in the WAL) while the backup runs; the archive comes back into a
 * fresh folder with the same documents and the same files, and is refused where it would overwrite.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import { create as createTar, extract } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listFiles, sha256File } from '../../cms/backup/files.ts'
import { type Manifest, parseManifest } from '../../cms/backup/manifest.ts'
import { payloadConfig } from '../../cms/payloadConfig.ts'
import { slugs } from '../../cms/slugs.ts'
import { makeRefs, validData } from '../helpers/fixtures.ts'
import { makeTempDir, startTempPayload, type TempPayload, tempFolderEnv } from '../helpers/tempPayload.ts'
import { childEnv, testSettings } from '../helpers/testEnv.ts'

let ctx: TempPayload
let source: { db: string; data: string; media: string }
let countsBefore: Record<string, number>
const out = makeTempDir('backup-out')
const restored = makeTempDir('backup-restored')
const target = { db: path.join(restored, 'db', 'restored.db'), data: path.join(restored, 'data'), media: path.join(restored, 'media') }
let archive = ''

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], {
    env: childEnv({ ...tempFolderEnv(ctx.dir), ...env }),
  })
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk) => {
    out += chunk
  })
  child.stderr.on('data', (chunk) => {
    err += chunk
  })
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, out, err })),
  )
}

const envFor = (paths: { db: string; data: string; media: string }) => ({
  DATABASE_URL: `file:${paths.db}`,
  DATA_DIR: paths.data,
  MEDIA_DIR: paths.media,
})
const restore = (args: string[], paths = target) => run('cms/cli/restore.ts', args, envFor(paths))

async function hashes(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  for (const file of listFiles(dir)) result[file] = await sha256File(path.join(dir, file))
  return result
}

async function countAll(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of Object.values(slugs)) counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  return counts
}

const readManifest = async (file: string): Promise<Manifest> => {
  const dir = makeTempDir('backup-peek')
  await extract({ file, cwd: dir, filter: (p) => p === 'manifest.json' })
  const manifest = parseManifest(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
  fs.rmSync(dir, { recursive: true, force: true })
  return manifest
}

beforeAll(async () => {
  ctx = await startTempPayload('backup')
  source = { db: path.join(ctx.dir, 'test.db'), data: path.join(ctx.dir, 'data'), media: path.join(ctx.dir, 'media') }
  const refs = await makeRefs(ctx.payload)
  for (let i = 0; i < 3; i++) await ctx.payload.create({ collection: slugs.knowledge, data: validData.knowledge(), overrideAccess: true })
  await ctx.payload.create({ collection: slugs.exposures, data: validData.exposures(refs), overrideAccess: true })
  await ctx.payload.create({ collection: slugs.users, data: validData.users(), overrideAccess: true })
  fs.mkdirSync(source.data, { recursive: true })
  fs.writeFileSync(path.join(source.data, 'payload-secret'), 'kept-secret\n', { mode: 0o600 })
  fs.writeFileSync(path.join(source.data, 'demo-admin.json'), '{"email":"admin@example.com","password":"x"}\n', { mode: 0o600 })
  countsBefore = await countAll(ctx.payload)
})

afterAll(async () => {
  await ctx?.close()
  for (const dir of [out, restored]) fs.rmSync(dir, { recursive: true, force: true })
})

describe('npm run backup', () => {
  it('should write one owner-only timestamped archive while Payload holds the database open', { timeout: 120_000 }, async () => {
    expect(fs.statSync(`${source.db}-wal`).size).toBeGreaterThan(0)
    const result = await run('cms/cli/backup.ts', ['--out', out])
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    const files = fs.readdirSync(out)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^campaign-\d{8}-\d{6}\.tar\.gz$/)
    archive = path.join(out, files[0] ?? '')
    expect(result.out).toContain(archive)
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600)
    // Payload still works on the live file after the snapshot.
    expect((await ctx.payload.count({ collection: slugs.knowledge, overrideAccess: true })).totalDocs).toBe(countsBefore.knowledge)
  })

  it('should list row counts per table and the sha256 of every file in the manifest', async () => {
    const manifest = await readManifest(archive)
    expect(manifest.database.tables.knowledge).toBe(3)
    expect(manifest.database.tables.users).toBe(1)
    expect(manifest.database.tables.media).toBe(1)
    const media = await hashes(source.media)
    expect(Object.keys(media).length).toBeGreaterThan(1)
    const listed = Object.fromEntries(manifest.files.map((file) => [file.path, file.sha256]))
    for (const [file, hash] of Object.entries(media)) expect(listed[`media/${file}`]).toBe(hash)
    expect(listed['data/payload-secret']).toBe(await sha256File(path.join(source.data, 'payload-secret')))
    expect(listed['data/demo-admin.json']).toBe(await sha256File(path.join(source.data, 'demo-admin.json')))
    expect(Object.keys(listed)).toContain('db/campaign.db')
    expect(Date.parse(manifest.createdAt)).toBeGreaterThan(Date.now() - 300_000)
  })

  it('should refuse MongoDB and name mongodump and mongorestore', async () => {
    const result = await run('cms/cli/backup.ts', ['--out', out], { DATABASE_URL: 'mongodb://127.0.0.1:1/campaign' })
    expect(result.code).toBe(1)
    expect(result.err.trim().split('\n')).toHaveLength(1)
    expect(result.err).toContain('mongodump --uri')
    expect(result.err).toContain('mongorestore')
  })
})

describe('npm run restore', () => {
  it('should bring the archive back into a fresh folder with the same files', { timeout: 120_000 }, async () => {
    const result = await restore([archive])
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    expect(await hashes(target.media)).toEqual(await hashes(source.media))
    expect(await hashes(target.data)).toEqual(await hashes(source.data))
    expect(fs.statSync(path.join(target.data, 'payload-secret')).mode & 0o777).toBe(0o600)
  })

  it('should open in Payload with the same document count in every collection', { timeout: 120_000 }, async () => {
    const config = payloadConfig(testSettings(envFor(target)))
    const payload = await getPayload({ config, key: randomUUID() })
    try {
      expect(await countAll(payload)).toEqual(countsBefore)
      const { docs } = await payload.find({ collection: slugs.media, overrideAccess: true, depth: 0 })
      expect(fs.existsSync(path.join(target.media, String(docs[0]?.filename)))).toBe(true)
      // It is the restored file that is open, not the source: a write there leaves the source alone.
      await payload.create({ collection: slugs.knowledge, data: validData.knowledge(), overrideAccess: true })
      expect((await payload.count({ collection: slugs.knowledge, overrideAccess: true })).totalDocs).toBe((countsBefore.knowledge ?? 0) + 1)
      expect((await ctx.payload.count({ collection: slugs.knowledge, overrideAccess: true })).totalDocs).toBe(countsBefore.knowledge)
    } finally {
      await payload.destroy()
    }
  })

  it('should refuse a folder that is not empty, in one line pointing at --force', async () => {
    const result = await restore([archive])
    expect(result.code).toBe(1)
    expect(result.err.trim().split('\n')).toHaveLength(1)
    expect(result.err).toContain(target.db)
    expect(result.err).toContain('--force')
  })

  it('should refuse a non-empty media folder even when the database is absent', async () => {
    const paths = { db: path.join(restored, 'other', 'x.db'), data: path.join(restored, 'other', 'data'), media: target.media }
    const result = await restore([archive], paths)
    expect(result.code).toBe(1)
    expect(result.err).toContain(target.media)
    expect(fs.existsSync(paths.db)).toBe(false)
  })

  it('should replace the existing files with --force', { timeout: 120_000 }, async () => {
    fs.writeFileSync(path.join(target.media, 'stray.txt'), 'left over')
    const result = await restore([archive, '--force'])
    expect(result.code).toBe(0)
    expect(await hashes(target.media)).toEqual(await hashes(source.media))
  })

  it('should refuse a tampered archive and write nothing', { timeout: 120_000 }, async () => {
    const work = makeTempDir('backup-tamper')
    await extract({ file: archive, cwd: work })
    const image = listFiles(path.join(work, 'media'))[0] ?? ''
    fs.appendFileSync(path.join(work, 'media', image), 'x')
    const tampered = path.join(work, 'tampered.tar.gz')
    await createTar({ gzip: true, cwd: work, file: tampered }, ['manifest.json', 'db', 'media', 'data'])
    const paths = { db: path.join(work, 'fresh', 'x.db'), data: path.join(work, 'fresh', 'data'), media: path.join(work, 'fresh', 'media') }
    const result = await restore([tampered], paths)
    expect(result.code).toBe(1)
    expect(result.err).toContain(`media/${image}`)
    expect(fs.existsSync(path.join(work, 'fresh'))).toBe(false)
    fs.rmSync(work, { recursive: true, force: true })
  })
})

describe('a backup taken during writes', () => {
  it('should hold a consistent snapshot that restores and verifies', { timeout: 180_000 }, async () => {
    const before = (await ctx.payload.count({ collection: slugs.knowledge, overrideAccess: true })).totalDocs
    let writing = true
    const writer = (async () => {
      while (writing) {
        await ctx.payload.create({ collection: slugs.knowledge, data: validData.knowledge(), overrideAccess: true })
        // libsql answers synchronously: yield to the event loop so the child's exit is seen.
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })()
    const busyOut = path.join(out, 'busy')
    const result = await run('cms/cli/backup.ts', ['--out', busyOut])
    writing = false
    await writer
    expect(result.code).toBe(0)
    const after = (await ctx.payload.count({ collection: slugs.knowledge, overrideAccess: true })).totalDocs
    const file = path.join(busyOut, fs.readdirSync(busyOut)[0] ?? '')
    const { tables } = (await readManifest(file)).database
    expect(tables.knowledge).toBeGreaterThanOrEqual(before)
    expect(tables.knowledge).toBeLessThanOrEqual(after)
    expect(after).toBeGreaterThan(before)
    // Restore re-checks the snapshot: SQLite's quick_check, row counts against the manifest, every sha256.
    const fresh = path.join(restored, 'busy')
    const back = await restore([file], { db: path.join(fresh, 'x.db'), data: path.join(fresh, 'data'), media: path.join(fresh, 'media') })
    expect(back.err).toBe('')
    expect(back.code).toBe(0)
  })
})

describe.each(['cms/cli/backup.ts', 'cms/cli/restore.ts'])('%s command line', (script) => {
  it('should print the usage for --help and exit 0', async () => {
    const result = await run(script, ['--help'])
    expect(result.code).toBe(0)
    expect(result.out).toContain(script.includes('backup') ? 'npm run backup' : 'npm run restore')
  })

  it('should name an unknown option in one line and exit 2', async () => {
    const result = await run(script, ['--bogus'])
    expect(result.code).toBe(2)
    expect(result.err.trim().split('\n')).toHaveLength(1)
    expect(result.err).toContain('--bogus')
  })
})
