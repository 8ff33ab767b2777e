/**
 * Deleting a nominee that has 点赞 (a bug until session 10: the votes' required nominee could not be
 * emptied, so the delete failed): its votes go with it, other nominees' stay; an editor may not delete
 * nominees at all (REST and local API), a reviewer or an admin may.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'
import { nomineeInRound } from '../helpers/votes.ts'

let ctx: TempPayload
let refs: Refs
let editor: User
let reviewer: User
let admin: User
beforeAll(async () => {
  ctx = await startTempPayload('endorse-delete')
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  reviewer = await makeUser(ctx.payload, 'reviewer')
  admin = await makeUser(ctx.payload, 'admin')
}, 120_000)
afterAll(async () => {
  await ctx?.close()
})

async function nomineeWithVotes(name: string, votes: number): Promise<number> {
  const id = await nomineeInRound(ctx, refs, name)
  for (let i = 0; i < votes; i++)
    await ctx.payload.create({
      collection: 'endorsements',
      data: { nominee: id, day: '2026-12-07', browser: `${name}-${i}`, ipHash: 'h' },
      overrideAccess: true,
    })
  return id
}
const votesOf = async (id: number) =>
  (await ctx.payload.count({ collection: 'endorsements', where: { nominee: { equals: id } }, overrideAccess: true })).totalDocs
const exists = async (id: number) =>
  (await ctx.payload.count({ collection: 'good-people', where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1
const as = (user: User) => ({ user, overrideAccess: false })

describe('deleting a nominee that has 点赞', () => {
  it('should refuse an editor (REST 403, local API Forbidden) and keep the nominee and its votes', async () => {
    const id = await nomineeWithVotes('删除甲', 3)
    const token = await tokenFor(ctx, editor.email)
    expect((await rest(ctx, 'DELETE', `/good-people/${id}`, { token })).status).toBe(403)
    await expect(ctx.payload.delete({ collection: 'good-people', id, ...as(editor) })).rejects.toThrow('您无权执行此操作')
    expect(await exists(id)).toBe(true)
    expect(await votesOf(id)).toBe(3)
  })

  it('should delete the nominee with its votes for a reviewer through REST, and leave other nominees’ votes', async () => {
    const id = await nomineeWithVotes('删除乙', 4)
    const other = await nomineeWithVotes('删除丙', 2)
    const token = await tokenFor(ctx, reviewer.email)
    const answer = await rest(ctx, 'DELETE', `/good-people/${id}`, { token })
    expect(answer.status).toBe(200)
    expect(await exists(id)).toBe(false)
    expect(await votesOf(id)).toBe(0)
    expect(await votesOf(other)).toBe(2)
  })

  it('should delete the nominee with its votes for an admin through the local API', async () => {
    const id = await nomineeWithVotes('删除丁', 2)
    await ctx.payload.delete({ collection: 'good-people', id, ...as(admin) })
    expect(await exists(id)).toBe(false)
    expect(await votesOf(id)).toBe(0)
  })
})
