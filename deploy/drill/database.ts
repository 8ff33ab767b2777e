/**
 * The drill's one shared database: the tests' throwaway PostgreSQL cluster (tests/helpers/postgres.ts),
 * which listens on 127.0.0.1 of the root namespace only, so the drill forwards the bridge address
 * (<gateway>:<port>) to it: every host reaches the database over its own link, as over a network.
 */
import net from 'node:net'
import { startPostgres } from '../../tests/helpers/postgres.ts'

export type Database = { kind: string; url: string; stop: () => Promise<void> }

export async function openDatabase(_dir: string, gateway: string): Promise<Database> {
  const cluster = await startPostgres()
  const local = new URL(await cluster.createDatabase(`drill_${process.pid}`))
  const sockets = new Set<net.Socket>()
  const forward = net.createServer((client) => {
    const server = net.connect(Number(local.port), '127.0.0.1')
    for (const socket of [client, server]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => (socket === client ? server : client).destroy())
    }
    client.pipe(server).pipe(client)
  })
  await new Promise<void>((resolve, reject) => {
    forward.once('error', reject)
    forward.listen(Number(local.port), gateway, () => resolve())
  })
  return {
    kind: `PostgreSQL (tests/helpers/postgres.ts) at ${gateway}:${local.port}`,
    url: `postgres://postgres@${gateway}:${local.port}${local.pathname}`,
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => forward.close(resolve))
      cluster.stop()
    },
  }
}
