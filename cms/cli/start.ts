/**
 * npm start — migrate, seed an empty database (demo admin + demo content; never with
 * NODE_ENV=production, which also requires PAYLOAD_SECRET), build the admin when its sources
 * changed, build the site, and serve everything on one origin. Ctrl-C stops it all.
 */
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { ensureReachable } from '../db.ts'
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_FILE } from '../domain/demoAccount.ts'
import { runsBuilder, servesHttp } from '../domain/serverRole.ts'
import { resolvePayloadSecret } from '../secrets.ts'
import { ensureAdminBuilt } from './adminBuild.ts'
import { runTool, spawnTool } from './processes.ts'
import { CliError, FIRST_ADMIN_COMMAND, runCli } from './runCli.ts'

function ensurePortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', () =>
      reject(
        new CliError(
          `端口 ${port} 已被占用：请停止占用它的程序，或换一个端口，例如 PORT=${port + 1} npm start / port ${port} is already in use.`,
        ),
      ),
    )
    probe.listen(port, () => probe.close(() => resolve()))
  })
}

const elapsed = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`

/** The login line of the ready banner: the demo login only when one was created (never in production by npm start). */
function loginLine(dataDir: string): string {
  if (fs.existsSync(path.join(dataDir, DEMO_ADMIN_FILE))) return `${DEMO_ADMIN_EMAIL}，密码见 / password in data/${DEMO_ADMIN_FILE}`
  return `用您的账号 / your account（还没有管理员 / no admin yet: ${FIRST_ADMIN_COMMAND}）`
}

await runCli(async (settings) => {
  const started = Date.now()
  // ROLE=api serves and never builds; ROLE=builder builds and serves nothing (README "Running apart").
  // production: the NODE_ENV the operator started `npm start` with (the server child always gets production).
  const { port, role, database: target, production } = settings
  const root = settings.paths.projectRoot
  // The children's environment: the operator's, with the secret and address resolved once here.
  const env = {
    ...settings.source,
    PORT: String(port),
    PAYLOAD_SECRET: resolvePayloadSecret(settings),
    SITE_URL: settings.site.siteUrl,
  }
  await ensurePortFree(port)
  await ensureReachable(target)

  console.log(
    production ? '▶ 数据库迁移（生产环境，无演示数据）/ migrate (production: no demo data)' : '▶ 数据库迁移与演示数据 / migrate and seed',
  )
  await runTool(root, '数据库准备', 'tsx', ['cms/cli/prepare.ts'], env)
  if (servesHttp(role))
    await ensureAdminBuilt(
      root,
      () => runTool(root, '管理后台构建', 'next', ['build', 'cms'], { ...env, NEXT_TELEMETRY_DISABLED: '1' }),
      console.log,
    )
  if (runsBuilder(role)) await runTool(root, '网站构建', 'tsx', ['publisher/cli/build-site.ts'], env)

  const server = spawnTool(root, 'tsx', ['publisher/server.ts'], { ...env, NODE_ENV: 'production' }, true)
  server.on('message', (message: { ready?: boolean }) => {
    if (!message.ready) return
    const base = `http://localhost:${port}`
    if (!servesHttp(role)) return console.log(`✔ 网站构建进程已启动 / site builder ready: ${base}/health`)
    console.log(`
✔ 已启动 / ready in ${elapsed(started)}
  公众网站 / public site : ${base}/
  管理后台 / admin       : ${base}/admin
  接口 / API             : ${base}/api
  RSS                    : ${base}/rss.xml
  登录 / login           : ${loginLine(settings.paths.dataDir)}
  按 Ctrl-C 停止 / press Ctrl-C to stop`)
  })
  const stop = () => server.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  const code: number | null = await new Promise((resolve) => server.on('exit', resolve))
  if (code !== 0 && code !== null) throw new CliError(`服务器已退出（退出码 ${code}）/ server exited with code ${code}`)
  console.log('已停止 / stopped')
})
