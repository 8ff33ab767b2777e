/** Every operator command answers --help, and a wrong command line gets one line naming the problem and exit code 2. */
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Env } from '../../cms/config/source.ts'
import { slugs } from '../../cms/slugs.ts'
import { startTempPayload, type TempPayload, tempFolderEnv } from '../helpers/tempPayload.ts'
import { childEnv } from '../helpers/testEnv.ts'

/** Run a command as `npm run` does (tsx on this Node), with `env` on top of the test run's environment. */
function run(script: string, args: string[], env: Env = {}) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], {
    encoding: 'utf8',
    env: childEnv(env),
    timeout: 120_000,
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

const STACK = /\n\s+at |ERR_PARSE_ARGS|node:internal/

const COMMANDS = [
  { script: 'cms/cli/import-scores.ts', command: 'npm run import:scores', option: '--round <id|slug>' },
  { script: 'cms/cli/user-create.ts', command: 'npm run user:create', option: '--unit <id|slug|name>' },
  { script: 'publisher/cli/build-site.ts', command: 'npm run build:site', option: '-h, --help' },
  { script: 'cms/cli/migrate.ts', command: 'npm run migrate', option: '-h, --help' },
  { script: 'bench/run.ts', command: 'npm run bench', option: '--only <stages>' },
]

describe.each(COMMANDS)('$command', ({ script, command, option }) => {
  it('should print its usage and options on --help and exit 0', () => {
    const result = run(script, ['--help'])
    expect(result.code).toBe(0)
    expect(result.out).toContain(`用法 / Usage: ${command}`)
    expect(result.out).toContain(option)
    expect(result.err).not.toMatch(STACK)
  })

  it('should name an unknown option in one line on stderr and exit 2', () => {
    const result = run(script, ['--bogus'])
    expect(result.code).toBe(2)
    expect(result.err.trim().split('\n')).toEqual([expect.stringContaining('未知选项 / unknown option: --bogus')])
    expect(result.err).not.toMatch(STACK)
    expect(result.out).toBe('')
  })
})

// The other malformed command lines (missing value, value on a flag, positionals, choices) are covered, without processes, in tests/unit/cliArgs.test.ts.
describe('missing options', () => {
  it.each([
    ['cms/cli/import-scores.ts', ['--round', 'r1'], '缺少选项 / missing option: --file <path>'],
    ['cms/cli/user-create.ts', ['--email', 'a@example.com', '--role', 'unitLiaison'], '缺少选项 / missing option: --unit <id|slug|name>'],
  ])('%s %j should say “%s” in one line and exit 2', (script, args, message) => {
    const result = run(script, args)
    expect(result.code).toBe(2)
    expect(result.err.trim().split('\n')).toEqual([expect.stringContaining(message)])
    expect(result.err).not.toMatch(STACK)
  })
})

describe('npm run user:create -- --role unitLiaison --unit …', () => {
  let ctx: TempPayload
  let unitId: number
  beforeAll(async () => {
    ctx = await startTempPayload('cli-help')
    const unit = await ctx.payload.create({
      collection: slugs.units,
      data: { name: '大观园街道', kind: 'street', slug: 'daguanyuan', code: 'DGY-01' },
      overrideAccess: true,
      context: { skipRebuild: true },
    })
    unitId = unit.id
  })
  afterAll(async () => ctx?.close())

  const userByEmail = async (email: string) =>
    (await ctx.payload.find({ collection: slugs.users, where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]

  it.each([
    ['slug', 'daguanyuan', 'liaison-slug@example.com'],
    ['name', '大观园街道', 'liaison-name@example.com'],
  ])('should create a liaison of the unit given by its %s', async (_kind, ref, email) => {
    const result = run(
      'cms/cli/user-create.ts',
      ['--email', email, '--role', 'unitLiaison', '--unit', ref, '--password', 'a-long-password-1'],
      tempFolderEnv(ctx.dir),
    )
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    expect(result.out).toContain(`已创建用户 / created ${email} (unitLiaison, 大观园街道)`)
    const user = await userByEmail(email)
    expect([user?.role, user?.unit]).toEqual(['unitLiaison', unitId])
  })

  it('should create a liaison of the unit given by its id', async () => {
    const email = 'liaison-id@example.com'
    const result = run(
      'cms/cli/user-create.ts',
      ['--email', email, '--role', 'unitLiaison', '--unit', String(unitId), '--password', 'a-long-password-1'],
      tempFolderEnv(ctx.dir),
    )
    expect(result.code).toBe(0)
    expect((await userByEmail(email))?.unit).toBe(unitId)
  })

  it('should refuse a unit that does not exist, naming it, and create nobody', async () => {
    const email = 'liaison-none@example.com'
    const result = run(
      'cms/cli/user-create.ts',
      ['--email', email, '--role', 'unitLiaison', '--unit', '荣国府', '--password', 'a-long-password-1'],
      tempFolderEnv(ctx.dir),
    )
    expect(result.code).toBe(1)
    expect(result.err.trim().split('\n')).toEqual([
      '✖ 找不到单位“荣国府”（ID、slug、代码或名称）/ unit "荣国府" not found (id, slug, code or name)',
    ])
    expect(await userByEmail(email)).toBeUndefined()
  })
})
