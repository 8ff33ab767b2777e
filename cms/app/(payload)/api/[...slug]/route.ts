import { restRoutes } from '../../../../http/apiHandlers.ts'
import config from '../../../../payload.config.ts'

export const { GET, POST, DELETE, PATCH, OPTIONS } = restRoutes(config)
