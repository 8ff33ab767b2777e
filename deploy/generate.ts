/**
 * npm run deploy:nginx [-- --out <file> --server-name <host> --root <dir> --upstream <host:port,…> --cert <pem> --key <pem> --http <listen>]
 * Writes the nginx front (deploy/nginx.ts) — by default to deploy/nginx.conf with the production defaults.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseCliArgs } from '../cms/cli/args.ts'
import { readSettings } from '../cms/config/settings.ts'
import { productionOptions } from './defaults.ts'
import { renderNginxConf } from './nginx.ts'

const { values } = parseCliArgs({
  usage: `用法 / Usage: npm run deploy:nginx [-- --out deploy/nginx.conf --server-name wenming.example.gov.cn …]

按内置服务器的安全头与缓存规则生成 nginx 配置（默认写入 deploy/nginx.conf）。
Generates the nginx front from the built-in server's header and cache rules (default: deploy/nginx.conf).
VIDEO_EMBED_HOSTS, MEDIA_MAX_BYTES and SCORE_IMPORT_MAX_BYTES are read as the Node server reads them.`,
  options: {
    out: { type: 'string', valueName: 'file', description: '输出文件 / output file (default deploy/nginx.conf)' },
    'server-name': { type: 'string', valueName: 'host', description: '域名 / server_name' },
    root: { type: 'string', valueName: 'dir', description: '线上网站目录（dist/site 链接）/ the live site (the dist/site link)' },
    upstream: { type: 'string', valueName: 'host:port,…', description: 'Node 进程地址 / the Node processes (comma-separated)' },
    cert: { type: 'string', valueName: 'pem', description: 'TLS 证书 / TLS certificate' },
    key: { type: 'string', valueName: 'pem', description: 'TLS 私钥 / TLS key' },
    http: {
      type: 'string',
      valueName: 'listen',
      description: '只用 HTTP，监听此地址（无 TLS）/ plain HTTP on this listen address, no TLS',
    },
  },
})

const settings = readSettings(process.env)
const defaults = productionOptions(settings)
const tls =
  defaults.tls && !values.http ? { certificate: values.cert ?? defaults.tls.certificate, key: values.key ?? defaults.tls.key } : null
const out = path.resolve(settings.paths.projectRoot, values.out ?? 'deploy/nginx.conf')
fs.writeFileSync(
  out,
  renderNginxConf({
    ...defaults,
    serverName: values['server-name'] ?? defaults.serverName,
    siteRoot: values.root ?? defaults.siteRoot,
    upstreams: values.upstream ? values.upstream.split(',').map((upstream) => upstream.trim()) : defaults.upstreams,
    tls,
    listen: values.http ?? defaults.listen,
  }),
)
console.log(`✔ ${path.relative(settings.paths.projectRoot, out)}`)
