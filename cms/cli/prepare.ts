/**
 * Step of `npm start`: migrate (on init), then
 * - outside production: create the demo admin on an empty database and seed demo content if empty;
 * - in production (NODE_ENV=production as the operator started `npm start`): never create a demo
 *   account or demo content; with no users yet, say how to create the first administrator.
 */
import type { Payload } from 'payload'
import { isContentEmpty, seedDemoContent } from '../../seed/index.ts'
import { ensureDemoAdmin } from '../accounts.ts'
import { slugs } from '../slugs.ts'
import { announceDemoAdmin, FIRST_ADMIN_COMMAND, openPayload, runCli } from './runCli.ts'

const FIRST_ADMIN_HINT = `
  生产环境：不创建演示账号，也不写入演示内容。/ production: no demo account and no demo content.
  还没有任何用户，请先创建第一个管理员（省略 --password 时会提示输入）：
  No users yet. Create the first administrator (the password is prompted when --password is omitted):

    ${FIRST_ADMIN_COMMAND}
`

async function prepareProduction(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: slugs.users, overrideAccess: true })
  if (totalDocs === 0) console.log(FIRST_ADMIN_HINT)
}

async function prepareDemo(payload: Payload): Promise<void> {
  announceDemoAdmin(await ensureDemoAdmin(payload))
  if (await isContentEmpty(payload)) {
    console.log('  数据库为空，写入演示内容… / empty database: seeding demo content…')
    const counts = await seedDemoContent(payload)
    console.log(`  ✔ ${JSON.stringify(counts)}`)
  }
}

await runCli(async (settings) => {
  const { production } = settings
  const payload = await openPayload(settings)
  await (production ? prepareProduction(payload) : prepareDemo(payload))
})
