/**
 * The nginx front, generated: every header and cache rule comes from the modules the built-in
 * server uses — security headers from cms/http/rules/securityHeaders.ts, Cache-Control from
 * cms/http/rules/siteCaching.ts, upload types from MEDIA_TYPES, proxied paths from
 * cms/http/rules/routing.ts and cms/domain/formPages.ts — so the two fronts cannot drift. `npm run deploy:nginx` writes
 * deploy/nginx.conf with production defaults; tests/unit/nginxConfig.test.ts fails when that file is stale.
 */
import { FORM_PAGES, formPagePattern } from '../cms/domain/formPages.ts'
import { FEED_HEADERS, FEED_PATH } from '../cms/http/rules/feedHeaders.ts'
import { CMS_PREFIXES, HIDDEN_SEGMENT } from '../cms/http/rules/routing.ts'
import { EMBED_PREFIX, MEDIA_TYPES, type ResponseKind, securityHeaders } from '../cms/http/rules/securityHeaders.ts'
import { IMMUTABLE_CACHE, PAGE_CACHE } from '../cms/http/rules/siteCaching.ts'

export type NginxOptions = {
  /** nginx `server_name`. */
  serverName: string
  /** The live site: the dist/site symlink the builder switches. */
  siteRoot: string
  /** The Node process(es): `host:port` each; several API processes are balanced. */
  upstreams: readonly string[]
  /** HTTPS (HSTS, upgrade-insecure-requests, port 80 redirected); without it, plain HTTP on `listen`. */
  tls: { certificate: string; key: string } | null
  /** nginx `listen` of the plain-HTTP server (no TLS): e.g. `80` or `127.0.0.1:8080`. */
  listen: string
  /** Hosts whose video players pages may embed (VIDEO_EMBED_HOSTS). */
  frameHosts: readonly string[]
  /** client_max_body_size in bytes: the largest upload or import. */
  maxBodyBytes: number
  /** Leaving a dead API host (README "Hosts that fail"): absent = nginx's defaults. */
  failover?: Failover
}

/**
 * Upstream connections are not kept (see renderNginxConf). A host that does not answer a connect within `connectTimeoutSeconds` is skipped for this request
 * (the next one is tried: a connect that failed sent nothing, so even a POST is safe to pass on) and
 * left alone for `failTimeoutSeconds` after `maxFails` failures; `readTimeoutSeconds` bounds a request
 * that reached a host which then went silent.
 */
export type Failover = { maxFails: number; failTimeoutSeconds: number; connectTimeoutSeconds: number; readTimeoutSeconds: number }

const upstreamLine = (upstream: string, failover: Failover | undefined): string =>
  failover
    ? `    server ${upstream} max_fails=${failover.maxFails} fail_timeout=${failover.failTimeoutSeconds}s;`
    : `    server ${upstream};`

const failoverLines = (failover: Failover | undefined): string[] =>
  failover
    ? [
        `    proxy_connect_timeout ${failover.connectTimeoutSeconds}s;`,
        '    proxy_next_upstream error timeout;',
        '    proxy_next_upstream_tries 2;',
        `    proxy_read_timeout ${failover.readTimeoutSeconds}s;`,
      ]
    : ['    proxy_read_timeout 330s;']

const quote = (value: string): string => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`

/** `add_header` lines for one kind of response; `always` so 404s carry them as the built-in server's do. */
function headerLines(kind: ResponseKind, options: NginxOptions, indent: string): string[] {
  const headers = securityHeaders({ kind, https: options.tls !== null, frameHosts: options.frameHosts })
  return Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`)
}

/** Cache-Control only on successful answers (nginx leaves it off 404s without `always`, as the built-in server does). */
const cacheLine = (value: string, indent: string): string => `${indent}add_header Cache-Control ${quote(value)};`

function typesBlock(extensions: readonly string[], indent: string): string[] {
  const byType = new Map<string, string[]>()
  for (const extension of extensions) {
    const type = MEDIA_TYPES[extension] ?? 'application/octet-stream'
    byType.set(type, [...(byType.get(type) ?? []), extension])
  }
  return [`${indent}types {`, ...[...byType].map(([type, list]) => `${indent}    ${type} ${list.join(' ')};`), `${indent}}`]
}

/** Paths with a dot segment (`/.build/…`): 404, as the built-in server answers (cms/http/rules/routing.ts). */
const hiddenLocation = (indent: string): string[] => [
  `${indent}location ~ ${quote(HIDDEN_SEGMENT.source)} {`,
  `${indent}    return 404;`,
  `${indent}}`,
]

function proxyLocations(): string[] {
  // The embed pages (/embed/): Node sends frame-ancestors with the origins of the live build (网站设置 → 嵌入来源).
  const prefixes = [...CMS_PREFIXES.flatMap((prefix) => [`= ${prefix}`, `^~ ${prefix}/`]), '^~ /preview/', `^~ ${EMBED_PREFIX}`]
  // The residents' form pages (cms/domain/formPages.ts): Node fills in a fresh one-time challenge on every GET.
  const forms = FORM_PAGES.map((page) => `~ ${formPagePattern(page)}`)
  return [...prefixes, ...forms].flatMap((match) => [`    location ${match} {`, '        proxy_pass http://campaign_node;', '    }'])
}

function mediaLocation(options: NginxOptions): string[] {
  const images = Object.keys(MEDIA_TYPES).filter((extension) => MEDIA_TYPES[extension] !== 'application/pdf')
  const documents = Object.keys(MEDIA_TYPES).filter((extension) => MEDIA_TYPES[extension] === 'application/pdf')
  const fileLocation = (extensions: string[], kind: ResponseKind) => [
    `        location ~* \\.(${extensions.join('|')})$ {`,
    ...headerLines(kind, options, '            '),
    cacheLine(IMMUTABLE_CACHE, '            '),
    ...typesBlock(extensions, '            '),
    '            max_ranges 1;',
    '            try_files $uri =404;',
    '        }',
  ]
  return [
    '    # Uploads: only these types, with their own type and a sandboxing CSP; anything else is a plain 404.',
    '    location ^~ /media/ {',
    ...headerLines('media', options, '        '),
    '        error_page 404 @media_not_found;',
    ...hiddenLocation('        '),
    ...fileLocation(images, 'media'),
    ...fileLocation(documents, 'download'),
    '        default_type "text/plain; charset=utf-8";',
    '        return 404 "404";',
    '    }',
    '    location @media_not_found {',
    ...headerLines('media', options, '        '),
    '        default_type "text/plain; charset=utf-8";',
    '        return 404 "404";',
    '    }',
  ]
}

function siteLocations(options: NginxOptions): string[] {
  return [
    '    # Hashed build assets: a new name whenever the bytes change.',
    '    location ^~ /_astro/ {',
    ...hiddenLocation('        '),
    ...headerLines('site', options, '        '),
    cacheLine(IMMUTABLE_CACHE, '        '),
    '        max_ranges 0;',
    '        try_files $uri =404;',
    '    }',
    '    # Build metadata and other dot paths are never served (the Chinese 404 page answers).',
    ...hiddenLocation('    '),
    ...feedLocation(options),
    '    # Pages and feeds: revalidated on every request, so a publish is visible at once. Range is ignored (whole file).',
    '    location / {',
    ...headerLines('site', options, '        '),
    cacheLine(PAGE_CACHE, '        '),
    '        max_ranges 0;',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an nginx variable, not a template
    '        try_files $uri ${uri}index.html $uri.html $uri/index.html @site_node;',
    '    }',
    "    # No such file: Node answers from the live build's routes file — 301 from an earlier address to the",
    '    # current one, 410 for a withdrawn item (cms/domain/addresses.ts) — or the Chinese 404 page.',
    '    location @site_node {',
    '        proxy_pass http://campaign_node;',
    '    }',
  ]
}

/**
 * The feeds (cms/http/rules/feedHeaders.ts): readable from any origin; their mtime is their newest
 * item's update (publisher/astro/feedTimes.ts), so ETag and Last-Modified last across builds, and an
 * If-Modified-Since at or after it gets 304 (`if_modified_since before`).
 */
function feedLocation(options: NginxOptions): string[] {
  return [
    '    # Feeds (RSS and JSON Feed): CORS for any origin; validators that last across builds.',
    `    location ~ ${quote(FEED_PATH.source)} {`,
    ...hiddenLocation('        '),
    ...headerLines('site', options, '        '),
    ...Object.entries(FEED_HEADERS).map(([name, value]) => `        add_header ${name} ${quote(value)} always;`),
    cacheLine(PAGE_CACHE, '        '),
    '        if_modified_since before;',
    '        max_ranges 0;',
    '        try_files $uri =404;',
    '    }',
  ]
}

function listenLines(options: NginxOptions): string[] {
  if (!options.tls) return [`    listen ${options.listen};`]
  return [
    '    listen 443 ssl http2;',
    '    listen [::]:443 ssl http2;',
    `    ssl_certificate ${options.tls.certificate};`,
    `    ssl_certificate_key ${options.tls.key};`,
  ]
}

function redirectServer(options: NginxOptions): string[] {
  if (!options.tls) return []
  return [
    'server {',
    '    listen 80;',
    '    listen [::]:80;',
    `    server_name ${options.serverName};`,
    '    return 301 https://$host$request_uri;',
    '}',
    '',
  ]
}

export function renderNginxConf(options: NginxOptions): string {
  return [
    '# GENERATED by `npm run deploy:nginx` (deploy/nginx.ts) from cms/http/rules/securityHeaders.ts,',
    '# cms/http/rules/siteCaching.ts and cms/http/rules/routing.ts. Do not edit by hand: change those and regenerate.',
    '# Include it inside `http { }` (e.g. /etc/nginx/conf.d/campaign.conf); see deploy/README.md.',
    '',
    'upstream campaign_node {',
    ...options.upstreams.map((upstream) => upstreamLine(upstream, options.failover)),
    // No kept connections with failover: a request written on a kept connection to a host whose link died
    // waits for proxy_read_timeout and a POST is then lost (the drill measured 20 s and a 504); a new
    // connection to a dead host fails its connect within proxy_connect_timeout and goes to the next one.
    ...(options.failover ? [] : ['    keepalive 32;']),
    '}',
    '',
    ...redirectServer(options),
    'server {',
    ...listenLines(options),
    `    server_name ${options.serverName};`,
    '    server_tokens off;',
    '    charset utf-8;',
    `    root ${options.siteRoot};`,
    '    # The Chinese 404 page of the site, with the site headers.',
    '    error_page 404 /404.html;',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_types text/css application/javascript text/javascript application/json application/feed+json application/xml application/rss+xml image/svg+xml text/plain;',
    '',
    '    # The Node process: admin, API, Next assets and draft previews. It sets its own security headers;',
    '    # the login throttle counts per X-Real-IP (trusted from this proxy: TRUSTED_PROXIES on the Node side).',
    `    client_max_body_size ${Math.ceil(options.maxBodyBytes / 1024 / 1024)}m;`,
    '    proxy_http_version 1.1;',
    '    proxy_set_header Connection "";',
    '    proxy_set_header Host $http_host;',
    '    proxy_set_header X-Real-IP $remote_addr;',
    '    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
    '    proxy_set_header X-Forwarded-Proto $scheme;',
    '    proxy_set_header X-Forwarded-Host $http_host;',
    ...failoverLines(options.failover),
    ...proxyLocations(),
    '',
    ...mediaLocation(options),
    '',
    ...siteLocations(options),
    '}',
    '',
  ].join('\n')
}
