import { describe, expect, it } from 'vitest'
import { readEmailEnv } from '../../cms/config/email.ts'

describe('readEmailEnv', () => {
  it('should turn e-mail off without SMTP_HOST', () => {
    expect(readEmailEnv({})).toEqual({ enabled: false })
  })

  it.each([
    [{ SMTP_HOST: 'smtp.example.gov.cn' }, { port: 587, secure: false, fromAddress: 'no-reply@localhost', fromName: '创城宣传管理平台' }],
    [
      { SMTP_HOST: 'h', SMTP_PORT: '465' },
      { port: 465, secure: true },
    ],
    [
      { SMTP_HOST: 'h', SMTP_PORT: '465', SMTP_SECURE: 'false' },
      { port: 465, secure: false },
    ],
    [{ SMTP_HOST: 'h', SITE_URL: 'https://wenming.example.gov.cn' }, { fromAddress: 'no-reply@wenming.example.gov.cn' }],
    [
      { SMTP_HOST: 'h', EMAIL_FROM: '示范市创城办 <cc@example.gov.cn>' },
      { fromName: '示范市创城办', fromAddress: 'cc@example.gov.cn' },
    ],
    [{ SMTP_HOST: 'h', EMAIL_FROM: 'cc@example.gov.cn' }, { fromAddress: 'cc@example.gov.cn' }],
    [
      { SMTP_HOST: 'h', SMTP_USER: 'u', SMTP_PASS: 'p' },
      { user: 'u', pass: 'p' },
    ],
  ])('should read %o', (source, expected) => {
    expect(readEmailEnv(source)).toMatchObject({ enabled: true, ...expected })
  })

  it.each([
    [{ SMTP_HOST: 'h', SMTP_PORT: '99999' }, 'SMTP_PORT'],
    [{ SMTP_HOST: 'h', SMTP_SECURE: 'yes' }, 'SMTP_SECURE'],
    [{ SMTP_HOST: 'h', EMAIL_FROM: 'not an address' }, 'EMAIL_FROM'],
  ])('should refuse %o naming the variable', (source, name) => {
    expect(() => readEmailEnv(source)).toThrow(name)
  })
})
