import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How long the organization keeps dossiers and medical notes.' })
export class RetentionPolicySettings {
  @Field({ description: 'Own-risk bearer for the Ziektewet (eigenrisicodrager ZW): dossiers are kept longer.' })
  ownRiskBearer!: boolean;

  @Field({ description: 'Own-risk bearer for the WGA (eigenrisicodrager WGA): dossiers are kept for its own, longer term.' })
  wgaOwnRiskBearer!: boolean;

  @Field(() => Int, { description: 'Years after closing or the end of employment; default 2.' })
  dossierYears!: number;

  @Field(() => Int, { description: 'The same for an own-risk bearer for the Ziektewet; default 5.' })
  ownRiskBearerDossierYears!: number;

  @Field(() => Int, { description: 'The same for an own-risk bearer for the WGA; default 10 (its risk runs up to 10 years, Wet WIA).' })
  wgaOwnRiskBearerDossierYears!: number;

  @Field(() => Int, { description: 'Years after the last change of medical notes; default 20.' })
  medicalNotesYears!: number;
}

@InputType()
export class UpdateRetentionPolicyInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  ownRiskBearer!: boolean;

  @Field({ defaultValue: false })
  wgaOwnRiskBearer!: boolean;

  @Field(() => Int)
  dossierYears!: number;

  @Field(() => Int)
  ownRiskBearerDossierYears!: number;

  @Field(() => Int, { defaultValue: 10 })
  wgaOwnRiskBearerDossierYears!: number;

  @Field(() => Int)
  medicalNotesYears!: number;
}
