import { pagePath } from './urls.ts'

export const PAGE_SIZE = 12

export type Page<T> = { items: T[]; current: number; total: number; prev: string | null; next: string | null }

/** Static paths for a [...page].astro list route: page 1 at `base`, the rest at base/page/n/. */
export function paginatePaths<T>(
  items: T[],
  base: string,
  size = PAGE_SIZE,
): { params: { page: string | undefined }; props: { page: Page<T> } }[] {
  const total = Math.max(1, Math.ceil(items.length / size))
  return Array.from({ length: total }, (_, index) => {
    const current = index + 1
    return {
      params: { page: current === 1 ? undefined : `page/${current}` },
      props: {
        page: {
          items: items.slice(index * size, current * size),
          current,
          total,
          prev: current > 1 ? pagePath(base, current - 1) : null,
          next: current < total ? pagePath(base, current + 1) : null,
        },
      },
    }
  })
}
