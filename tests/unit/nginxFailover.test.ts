import { describe, expect, it } from 'vitest'
import { readSettings } from '../../cms/config/settings.ts'
import { PRODUCTION_FAILOVER, productionOptions } from '../../deploy/defaults.ts'
import { renderNginxConf } from '../../deploy/nginx.ts'

const options = { ...productionOptions(readSettings({})), upstreams: ['10.0.0.11:3000', '10.0.0.12:3000'] }

describe('the nginx front with two API hosts (README "Hosts that fail: the drill")', () => {
  it('should leave a host that does not answer a connect, and keep no upstream connections', () => {
    const conf = renderNginxConf(options)
    expect(conf).toContain(
      '    server 10.0.0.11:3000 max_fails=1 fail_timeout=10s;\n    server 10.0.0.12:3000 max_fails=1 fail_timeout=10s;',
    )
    expect(conf).toContain('proxy_connect_timeout 2s;')
    expect(conf).toContain('proxy_next_upstream error timeout;')
    expect(conf).toContain('proxy_read_timeout 330s;')
    expect(conf).not.toContain('keepalive 32;')
    expect(PRODUCTION_FAILOVER).toEqual({ maxFails: 1, failTimeoutSeconds: 10, connectTimeoutSeconds: 2, readTimeoutSeconds: 330 })
  })

  it('should render as before without failover (one local process: kept connections, nginx defaults)', () => {
    const conf = renderNginxConf({ ...options, failover: undefined })
    expect(conf).toContain('    server 10.0.0.11:3000;\n')
    expect(conf).toContain('keepalive 32;')
    expect(conf).not.toContain('proxy_connect_timeout')
    expect(conf).toContain('proxy_read_timeout 330s;')
  })
})
