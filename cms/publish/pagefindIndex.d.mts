export function indexSite(dir: string, target?: string): Promise<number>
