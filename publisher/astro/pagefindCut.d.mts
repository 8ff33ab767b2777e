/** Pages cut out of a written Pagefind index in place (see pagefindCut.mjs). */
export type CutPlan = { write: { rel: string; data: Buffer | string; urls?: (string | null)[] }[]; remove: string[] }
export const pageUrlOf: (file: string) => string
export function planCut(folder: string, files: readonly string[]): Promise<CutPlan>
export function applyCut(root: string, folder: string, plan: CutPlan, touched?: string[]): number
