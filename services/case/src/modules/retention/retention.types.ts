import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How long the organization keeps dossiers and medical notes.' })
export class RetentionPolicySettings {
  @Field({ description: 'Own-risk bearer (eigenrisicodrager): dossiers are kept longer.' })
  ownRiskBearer!: boolean;

  @Field(() => Int, { description: 'Years after closing or the end of employment; default 2.' })
  dossierYears!: number;

  @Field(() => Int, { description: 'The same for an own-risk bearer; default 5.' })
  ownRiskBearerDossierYears!: number;

  @Field(() => Int, { description: 'Years after the last change of medical notes; default 20.' })
  medicalNotesYears!: number;
}

@InputType()
export class UpdateRetentionPolicyInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  ownRiskBearer!: boolean;

  @Field(() => Int)
  dossierYears!: number;

  @Field(() => Int)
  ownRiskBearerDossierYears!: number;

  @Field(() => Int)
  medicalNotesYears!: number;
}
