/** npm run user:create -- --email a@b.cn --role editor [--name 张三] [--password …] (prompted when absent) */
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { createUser } from '../accounts.ts'
import { isRole, ROLES } from '../domain/roles.ts'
import { CliError, openPayload, runCli } from './runCli.ts'

async function promptPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new CliError('请用 --password 提供密码（非交互终端）/ pass --password when stdin is not a terminal')
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  const password = await rl.question('密码 / Password: ')
  rl.close()
  return password
}

await runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  })
  if (!values.email || !/^[^@\s]+@[^@\s]+$/.test(values.email))
    throw new CliError('--email 必须是邮箱地址 / --email must be an e-mail address')
  if (!isRole(values.role)) throw new CliError(`--role 只能是 / must be one of: ${ROLES.join(', ')}`)
  const password = values.password ?? (await promptPassword())
  if (password.length < 10) throw new CliError('密码至少 10 个字符 / the password needs at least 10 characters')
  const payload = await openPayload()
  try {
    await createUser(payload, {
      email: values.email,
      password,
      role: values.role,
      name: values.name ?? values.email.split('@')[0] ?? values.email,
    })
  } catch (error) {
    throw new CliError(`无法创建用户 / cannot create user: ${error instanceof Error ? error.message : String(error)}`)
  }
  console.log(`✔ 已创建用户 / created ${values.email} (${values.role})`)
})
