/** Step of `npm start`: migrate (on init), create the demo admin on an empty database, seed if empty. */

import { isContentEmpty, seedDemoContent } from '../../seed/index.ts'
import { ensureDemoAdmin } from '../accounts.ts'
import { openPayload, runCli } from './runCli.ts'

await runCli(async () => {
  const payload = await openPayload()
  const login = await ensureDemoAdmin(payload)
  if (login?.created) {
    console.log(
      `\n  演示管理员已创建（密码只显示这一次，另存于 data/demo-admin.json）\n  Demo admin created: ${login.email} / ${login.password}\n`,
    )
  }
  if (await isContentEmpty(payload)) {
    console.log('  数据库为空，写入演示内容… / empty database: seeding demo content…')
    const counts = await seedDemoContent(payload)
    console.log(`  ✔ ${JSON.stringify(counts)}`)
  }
})
