/**
 * `npm start`'s own program on a temp database, data and media folder and a free port: the real
 * admin, API, site build and one-origin server, for tests that go through real HTTP.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { freePort } from './ports.ts'
import { makeTempDir } from './tempPayload.ts'
import { childEnv } from './testEnv.ts'

export type LiveServer = {
  base: string
  dir: string
  output: () => string
  admin: { email: string; password: string }
  stop: () => Promise<void>
}

export async function startLiveServer(prefix: string, extraEnv: Record<string, string> = {}): Promise<LiveServer> {
  const dir = makeTempDir(prefix)
  const port = await freePort()
  const base = `http://localhost:${port}`
  fs.mkdirSync(path.join(dir, 'media'), { recursive: true })
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'cms/cli/start.ts'], {
    env: childEnv({
      PORT: String(port),
      DATABASE_URL: `file:${path.join(dir, 'live.db')}`,
      DATA_DIR: path.join(dir, 'data'),
      MEDIA_DIR: path.join(dir, 'media'),
      SITE_OUT_DIR: path.join(dir, 'site'),
      SITE_URL: base,
      ...extraEnv,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('✔ 已启动')) resolve()
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)))
  })
  const admin = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'demo-admin.json'), 'utf8')) as { email: string; password: string }
  return {
    base,
    dir,
    admin,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.on('exit', resolve))
        child.kill('SIGINT')
        await exited
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
