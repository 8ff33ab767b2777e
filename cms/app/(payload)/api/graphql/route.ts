import { graphqlRoutes } from '../../../../http/apiHandlers.ts'
import config from '../../../../payload.config.ts'

export const { POST, OPTIONS } = graphqlRoutes(config)
