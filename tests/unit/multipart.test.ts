/**
 * cms/domain/multipart.ts: what it accepts it reads exactly as the platform's parser (undici's
 * FormData) does — field values, names, files' names, types and bytes, order — and anything outside
 * the plain shape browsers send is left to the platform (null).
 */
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { boundaryOf, readMultipart } from '../../cms/domain/multipart.ts'

type Entry = [string, string | { filename: string; type: string; bytes: string }]

/** A FormData serialized by the platform, as a browser would send it: its body and content type. */
async function serialized(form: FormData): Promise<{ body: Uint8Array; type: string }> {
  const request = new Request('http://localhost/', { method: 'POST', body: form })
  return { body: new Uint8Array(await request.arrayBuffer()), type: request.headers.get('content-type') as string }
}

async function platform(body: Uint8Array, type: string): Promise<Entry[]> {
  const data = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } }).formData()
  const out: Entry[] = []
  for (const [name, value] of data.entries())
    out.push([
      name,
      typeof value === 'string'
        ? value
        : { filename: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()).toString('hex') },
    ])
  return out
}

function ours(body: Uint8Array, type: string): Entry[] | null {
  return (
    readMultipart(body, type)?.map(
      (part): Entry => [
        part.name,
        'value' in part ? part.value : { filename: part.filename, type: part.type, bytes: Buffer.from(part.bytes).toString('hex') },
      ],
    ) ?? null
  )
}

const raw = (text: string) => new Uint8Array(Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'))

describe('the strict multipart reader', () => {
  it('should read a 随手拍 form with Chinese text, an empty field and photos exactly as the platform does', async () => {
    const form = new FormData()
    form.set('category', 'dirty-corner')
    form.set('description', '小区门口垃圾桶满溢，已经两天没有清运。\n第二行 "引号" & <尖括号>')
    form.set('place', '')
    form.set('challengeToken', 'a.b-c_d~e')
    form.append('photos', new File([randomBytes(300_000)], '照片 1.jpg', { type: 'image/jpeg' }))
    form.append('photos', new File([Buffer.from('\r\n--\r\n\r\n')], 'b.png', { type: 'image/png' }))
    form.set('website', '')
    const { body, type } = await serialized(form)
    const read = ours(body, type)
    expect(read).not.toBeNull()
    expect(read).toEqual(await platform(body, type))
    expect(read?.length).toBe(7)
  })

  it('should hand the photo out as a view of the body, not a copy', () => {
    const body = raw(
      '--XyZ\nContent-Disposition: form-data; name="photos"; filename="a.jpg"\nContent-Type: image/jpeg\n\nJPEGBYTES\n--XyZ--\n',
    )
    const [part] = readMultipart(body, 'multipart/form-data; boundary=XyZ') ?? []
    expect(part && 'bytes' in part && part.bytes.toString()).toBe('JPEGBYTES')
    expect(part && 'bytes' in part && part.bytes.buffer).toBe(body.buffer)
  })

  it('should read an empty file input (filename="") and a text/plain field as the platform does', async () => {
    const body = raw(
      '--B\nContent-Disposition: form-data; name="photos"; filename=""\nContent-Type: application/octet-stream\n\n\n' +
        '--B\nContent-Disposition: form-data; name="place"\nContent-Type: text/plain; charset=UTF-8\n\n和平路\n--B--\n',
    )
    const type = 'multipart/form-data; boundary=B'
    expect(ours(body, type)).toEqual([
      ['photos', { filename: '', type: 'application/octet-stream', bytes: '' }],
      ['place', '和平路'],
    ])
    expect(ours(body, type)).toEqual(await platform(body, type))
  })

  it('should read quoted boundaries and an epilogue as the platform does', async () => {
    const body = raw('--a b\'c\nContent-Disposition: form-data; name="x"\n\n1\n--a b\'c--\nepilogue')
    const type = 'multipart/form-data; boundary="a b\'c"'
    expect(ours(body, type)).toEqual([['x', '1']])
    expect(ours(body, type)).toEqual(await platform(body, type))
  })

  it('should leave every other shape to the platform', () => {
    const part = 'Content-Disposition: form-data; name="x"\n\n1\n'
    const cases: [string, string][] = [
      ['multipart/form-data', `--B\n${part}--B--\n`], // no boundary
      ['multipart/mixed; boundary=B', `--B\n${part}--B--\n`],
      ['multipart/form-data; boundary=B; boundary=C', `--B\n${part}--B--\n`],
      ['multipart/form-data; boundary=B', `preamble\n--B\n${part}--B--\n`],
      ['multipart/form-data; boundary=B', `--B\n${part}`], // no final boundary
      ['multipart/form-data; boundary=B', '--B\nContent-Disposition: attachment; name="x"\n\n1\n--B--\n'],
      ['multipart/form-data; boundary=B', '--B\nContent-Disposition: form-data; filename="a"\n\n1\n--B--\n'], // no name
      ['multipart/form-data; boundary=B', '--B\nContent-Disposition: form-data; name="x"; filename*=UTF-8\'\'a\n\n1\n--B--\n'],
      ['multipart/form-data; boundary=B', '--B\nContent-Disposition: form-data; name="x\\"y"\n\n1\n--B--\n'],
      ['multipart/form-data; boundary=B', '--B\nContent-Disposition: form-data; name=x\n\n1\n--B--\n'], // unquoted
      [
        'multipart/form-data; boundary=B',
        '--B\nContent-Disposition: form-data; name="x"\nContent-Transfer-Encoding: base64\n\nMQ==\n--B--\n',
      ],
      ['multipart/form-data; boundary=B', '--B\nContent-Disposition: form-data; name="x"\nContent-Type: text/html\n\n1\n--B--\n'],
      [
        'multipart/form-data; boundary=B',
        '--B\nContent-Disposition: form-data; name="x"\nContent-Disposition: form-data; name="y"\n\n1\n--B--\n',
      ],
      ['multipart/form-data; boundary=B', `--B\nX-Long: ${'a'.repeat(9000)}\nContent-Disposition: form-data; name="x"\n\n1\n--B--\n`],
      ['multipart/form-data; boundary=B', '--B\n folded\n\n1\n--B--\n'],
      ['multipart/form-data; boundary=B', '--BX\n'],
    ]
    for (const [type, body] of cases) expect(readMultipart(raw(body), type), `${type} ${body.slice(0, 80)}`).toBeNull()
  })

  it('should take only RFC 2046 boundaries', () => {
    expect(boundaryOf('multipart/form-data; boundary=----formdata-undici-0123')).toBe('----formdata-undici-0123')
    expect(boundaryOf('Multipart/Form-Data; charset=utf-8; boundary="x y"')).toBe('x y')
    expect(boundaryOf('multipart/form-data; boundary=')).toBeNull()
    expect(boundaryOf(`multipart/form-data; boundary=${'a'.repeat(71)}`)).toBeNull()
    expect(boundaryOf('multipart/form-data; boundary="x\\"y"')).toBeNull()
    expect(boundaryOf('multipart/form-data; boundary=a;b')).toBeNull()
  })
})
