/** npm run seed — add the demo content (idempotent), and the demo admin when no user exists yet. */
import { ensureDemoAdmin } from '../cms/accounts.ts'
import { parseCliArgs } from '../cms/cli/args.ts'
import { announceDemoAdmin, openPayload, runCli } from '../cms/cli/runCli.ts'
import { seedDemoContent } from './index.ts'

parseCliArgs({
  usage: `用法 / Usage: npm run seed

写入演示内容（可重复运行，第二次不改变任何内容）；还没有任何用户时另建演示管理员 admin@example.com，
密码只显示这一次并保存在 data/demo-admin.json。生产环境请只在演示库上运行。
Adds the demo content (idempotent). When no user exists yet it also creates the demo administrator
admin@example.com, printing its password once and keeping it in data/demo-admin.json. Meant for demo databases.`,
  options: {},
})

await runCli(async (settings) => {
  const payload = await openPayload(settings)
  announceDemoAdmin(await ensureDemoAdmin(payload))
  const counts = await seedDemoContent(payload, (line) => console.log(`  ${line}`))
  console.log(`✔ 演示数据已就绪 / demo content ready: ${JSON.stringify(counts)}`)
})
