/**
 * npm run import:scores -- --round <id|slug> --file <path.xlsx|path.csv> [--as <email>] [--dry-run]
 * The admin's score import from the command line, for bulk back-filling: the same checks, the same
 * all-or-nothing draft save, a progress bar; exit 1 with every problem listed and nothing written.
 */
import fs from 'node:fs'
import path from 'node:path'
import cliProgress from 'cli-progress'
import type { Payload, TypedUser, Where } from 'payload'
import { hasRole } from '../domain/roles.ts'
import type { ImportPreview } from '../domain/scoreImport.ts'
import { ScoreImportError } from '../import/errors.ts'
import { commitImport, type ImportProgress, previewImport } from '../import/scoreImport.ts'
import { slugs } from '../slugs.ts'
import { parseCliArgs } from './args.ts'
import { CliError, openPayload, runCli } from './runCli.ts'

const PHASES: Record<ImportProgress['phase'], string> = { read: '读取', validate: '校验', write: '写入', done: '完成' }

async function actingUser(payload: Payload, email: string | undefined): Promise<TypedUser> {
  const where: Where = email ? { email: { equals: email.toLowerCase() } } : { role: { equals: 'admin' } }
  const { docs } = await payload.find({ collection: slugs.users, where, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })
  const user = docs[0]
  if (!user)
    throw new CliError(email ? `找不到用户 ${email} / no such user` : '还没有管理员账号，请用 --as 指定用户 / no admin yet; pass --as')
  if (!hasRole(user, 'admin', 'reviewer', 'editor'))
    throw new CliError(`${user.email} 不是编辑、审核员或管理员 / ${user.email} is not staff`)
  return { ...user, collection: slugs.users } as TypedUser
}

/** A round by id (number on SQLite, ObjectId on MongoDB) or by slug. */
async function roundId(payload: Payload, ref: string, user: TypedUser): Promise<number | string> {
  const bySlug: Where = { slug: { equals: ref } }
  const id = /^\d+$/.test(ref) ? Number(ref) : /^[0-9a-f]{24}$/i.test(ref) ? ref : null
  const { docs } = await payload.find({
    collection: slugs.evaluationRounds,
    where: id === null ? bySlug : { or: [{ id: { equals: id } }, bySlug] },
    draft: true,
    limit: 1,
    depth: 0,
    select: { title: true },
    user,
    overrideAccess: false,
  })
  if (!docs[0]) throw new CliError(`找不到测评“${ref}”（ID 或 slug） / evaluation round "${ref}" not found`)
  return docs[0].id
}

function printProblems(preview: ImportPreview): void {
  const all = [...preview.problems, ...preview.rows.flatMap((row) => row.problems)]
  for (const problem of all) {
    if (problem.level === 'error') console.error(`✖ ${problem.message}`)
    else console.log(`ℹ ${problem.message}`)
  }
  const { rows, matched, errors, skipped, notApplicable } = preview.summary
  console.log(
    `共 ${rows} 行，匹配 ${matched} 个单位，错误 ${errors} 处，跳过空行 ${skipped} 个，不涉及 ${notApplicable} 项 / ${rows} rows, ${matched} matched, ${errors} errors, ${notApplicable} not applicable`,
  )
}

function progressBar(): { update: (progress: ImportProgress) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {percentage}% | {value}/{total} 行', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  return {
    update: ({ phase, done, total }) => {
      if (!started) bar.start(Math.max(total, 1), 0, { phase: PHASES[phase] })
      started = true
      bar.setTotal(Math.max(total, 1))
      bar.update(done, { phase: PHASES[phase] })
    },
    stop: () => bar.stop(),
  }
}

const { values } = parseCliArgs({
  usage: `用法 / Usage: npm run import:scores -- --round <id|slug> --file <path.xlsx|path.csv> [--dry-run] [--as <email>]

把测评机构的分数表导入一轮测评（与后台“导入分数”相同的校验，全部成功才写入草稿）。
Imports an evaluator's score sheet into an evaluation round: the admin's checks, all-or-nothing, saved as a draft.`,
  options: {
    round: { type: 'string', required: true, valueName: 'id|slug', description: '测评的 ID 或 slug / evaluation round id or slug' },
    file: { type: 'string', required: true, valueName: 'path', description: '.xlsx 或 .csv 分数表 / the score sheet' },
    as: {
      type: 'string',
      valueName: 'email',
      description: '以该用户身份导入（默认最早的管理员）/ act as this user (default: first admin)',
    },
    'dry-run': { type: 'boolean', description: '只预览，不写入 / preview only, write nothing' },
  },
})

await runCli(async (settings) => {
  const file = path.resolve(values.file)
  if (!fs.existsSync(file)) throw new CliError(`找不到文件 ${file} / file not found`)
  const payload = await openPayload(settings)
  const user = await actingUser(payload, values.as)
  const id = await roundId(payload, values.round, user)
  const upload = { name: path.basename(file), data: fs.readFileSync(file) }
  const bar = progressBar()
  const started = Date.now()
  try {
    const result = values['dry-run']
      ? await previewImport(payload, id, upload, user, bar.update)
      : await commitImport(payload, id, upload, user, bar.update)
    bar.stop()
    printProblems(result.preview)
    if (result.preview.summary.errors > 0)
      throw new CliError(`发现 ${result.preview.summary.errors} 处错误，未写入任何数据 / nothing written`)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    if (values['dry-run']) console.log(`✔ 预览通过（未写入） / dry run OK, nothing written (${seconds}s)`)
    else if ('changed' in result && result.changed)
      console.log(`✔ 已导入“${result.round.title}”的分数，排名已重新计算（草稿） / imported as a draft (${seconds}s)`)
    else console.log('✔ 分数与当前版本相同，未做任何修改 / same scores; nothing changed')
  } catch (error) {
    bar.stop()
    if (!(error instanceof ScoreImportError)) throw error
    if (error.preview) printProblems(error.preview)
    throw new CliError(error.message)
  }
})
