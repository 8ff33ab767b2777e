import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { checkSurvey as check } from '../../../domain/surveys/index.ts'

/** The questionnaire makes sense (close after open, options fit the kind): errors name the field. */
export const checkSurvey: CollectionBeforeValidateHook = ({ data, originalDoc, collection }) => {
  const errors = check({
    opensAt: data?.opensAt ?? originalDoc?.opensAt,
    closesAt: data?.closesAt ?? originalDoc?.closesAt,
    questions: data?.questions ?? originalDoc?.questions,
  })
  if (errors.length === 0) return data
  throw new ValidationError({ collection: collection.slug, errors })
}
