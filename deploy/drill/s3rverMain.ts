/** The drill's object storage: s3rver in its own namespace (`tsx deploy/drill/s3rverMain.ts <dir> <address> <port> <bucket>`). */
import S3rver from 's3rver'

const [directory, address, port, bucket] = process.argv.slice(2)
const server = new S3rver({
  port: Number(port),
  address,
  silent: true,
  directory,
  configureBuckets: [{ name: bucket as string, configs: [] }],
})
await server.run()
console.log(`s3rver on ${address}:${port}`)
