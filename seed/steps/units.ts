import type { SeedContext } from '../context.ts'
import { units } from '../data/units.ts'
import { upsertBy } from '../upsert.ts'

/** The administrative grid and departments; parents are listed before their children. */
export async function seedUnits(ctx: SeedContext): Promise<void> {
  for (const unit of units) {
    const id = await upsertBy(ctx.payload, 'units', 'code', unit.code, async () => ({
      name: unit.name,
      kind: unit.kind,
      code: unit.code,
      slug: unit.code,
      parent: unit.parent ? ctx.unit(unit.parent) : null,
    }))
    ctx.units.set(unit.code, id)
  }
}
