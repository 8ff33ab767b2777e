/** npm run user:create -- --email a@b.cn --role editor [--name 张三] [--password …] [--unit <id|slug|name>] (password prompted when absent) */
import { createInterface } from 'node:readline/promises'
import type { Payload, Where } from 'payload'
import { passwordProblem } from '../auth/passwordPolicy.ts'
import { ROLES } from '../domain/roles.ts'
import { slugs } from '../slugs.ts'
import { failUsage, parseCliArgs } from './args.ts'
import { CliError, openPayload, runCli } from './runCli.ts'

const { values } = parseCliArgs({
  usage: `用法 / Usage: npm run user:create -- --email <email> --role <role> [--name <姓名>] [--password <密码>] [--unit <单位>]

创建后台用户；未给 --password 时在终端提示输入。单位联络员（unitLiaison）必须用 --unit 指定所属单位。
Creates an admin user; the password is prompted when --password is absent. A unit liaison needs --unit.`,
  options: {
    email: { type: 'string', required: true, valueName: 'email', description: '登录邮箱 / login e-mail' },
    role: { type: 'string', required: true, valueName: 'role', choices: ROLES, description: '角色 / role' },
    name: { type: 'string', valueName: 'name', description: '姓名（默认取邮箱 @ 前部分）/ display name (default: e-mail local part)' },
    password: { type: 'string', valueName: 'password', description: '密码，未给时在终端提示输入 / the password (prompted when absent)' },
    unit: {
      type: 'string',
      valueName: 'id|slug|name',
      description: '所属单位的 ID、slug、代码或名称（单位联络员必填）/ unit id, slug, code or name (required for unitLiaison)',
    },
  },
})
if (!/^[^@\s]+@[^@\s]+$/.test(values.email)) failUsage(`--email 必须是邮箱地址 / --email must be an e-mail address: ${values.email}`)
if (values.role === 'unitLiaison' && !values.unit)
  failUsage('缺少选项 / missing option: --unit <id|slug|name>（单位联络员必须指定所属单位 / required with --role unitLiaison）')

async function promptPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new CliError('请用 --password 提供密码（非交互终端）/ pass --password when stdin is not a terminal')
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  const password = await rl.question('密码 / Password: ')
  rl.close()
  return password
}

/** A unit by id, slug, code or name; a name shared by several units must be given more exactly. */
async function findUnit(payload: Payload, ref: string) {
  const id = /^\d+$/.test(ref) ? Number(ref) : /^[0-9a-f]{24}$/i.test(ref) ? ref : null
  const byText: Where[] = [{ slug: { equals: ref } }, { code: { equals: ref } }, { name: { equals: ref } }]
  const { docs } = await payload.find({
    collection: slugs.units,
    where: { or: id === null ? byText : [{ id: { equals: id } }, ...byText] },
    limit: 20,
    depth: 0,
    select: { name: true, slug: true, code: true },
    overrideAccess: true,
  })
  const exact = docs.find((unit) => String(unit.id) === ref || unit.slug === ref || unit.code === ref)
  if (exact) return exact
  if (docs.length === 1 && docs[0]) return docs[0]
  if (docs.length > 1)
    throw new CliError(
      `有 ${docs.length} 个单位名为“${ref}”，请用 slug 或 ID 指定 / several units are named "${ref}"; use a slug or id: ${docs.map((unit) => `${unit.slug ?? ''} (${unit.id})`).join(', ')}`,
    )
  throw new CliError(`找不到单位“${ref}”（ID、slug、代码或名称）/ unit "${ref}" not found (id, slug, code or name)`)
}

/** Payload keeps e-mail addresses in lower case: an address in other letters is the same account. */
async function accountExists(payload: Payload, email: string): Promise<boolean> {
  const where: Where = { email: { equals: email.trim().toLowerCase() } }
  return (await payload.count({ collection: slugs.users, where, overrideAccess: true })).totalDocs > 0
}

const existsMessage = (email: string): string =>
  `账号已存在：${email.trim().toLowerCase()}（修改密码或角色请在后台“用户”中操作）/ an account with this e-mail already exists: ${email.trim().toLowerCase()} (change its password or role in the admin under Users)`

await runCli(async (settings) => {
  const password = values.password ?? (await promptPassword())
  const problem = passwordProblem(password)
  if (problem) throw new CliError(problem)
  const payload = await openPayload(settings)
  const unit = values.unit ? await findUnit(payload, values.unit) : undefined
  const name = values.name ?? values.email.split('@')[0] ?? values.email
  if (await accountExists(payload, values.email)) throw new CliError(existsMessage(values.email))
  try {
    // An operator's command, not a person's request: the same overrideAccess create as accounts.ts's createUser, plus the unit.
    await payload.create({
      collection: slugs.users,
      data: { email: values.email, password, role: values.role, name, ...(unit ? { unit: unit.id } : {}) },
      overrideAccess: true,
    })
  } catch (error) {
    // Created by someone else between the check and the create: the unique index answers.
    if (await accountExists(payload, values.email)) throw new CliError(existsMessage(values.email))
    throw new CliError(`无法创建用户 / cannot create user: ${error instanceof Error ? error.message : String(error)}`)
  }
  console.log(`✔ 已创建用户 / created ${values.email} (${values.role}${unit ? `, ${unit.name}` : ''})`)
})
