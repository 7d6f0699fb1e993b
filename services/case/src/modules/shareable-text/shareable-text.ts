import { detectHealthWording } from '@terugkeer/domain';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Words in text meant for the employer that look like health details, which an employer may not record.' })
export class ShareableTextWarning {
  @Field({ description: 'The input field, e.g. `limitations[1]`.' })
  field!: string;

  @Field({ description: 'The words as written.' })
  term!: string;

  @Field()
  category!: string;
}

/** Every health-like wording in the named texts, field by field. */
export function shareableTextWarnings(texts: readonly [field: string, text: string | null][]): ShareableTextWarning[] {
  return texts.flatMap(([field, text]) => (text ? detectHealthWording(text).map(({ term, category }) => ({ field, term, category })) : []));
}
