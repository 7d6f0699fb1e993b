import { Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { DataSubjectService } from './data-subject.service';

@ObjectType({ description: 'Everything the platform holds about the viewer (GDPR art. 15 and 20); each service adds its part.' })
@Directive('@key(fields: "userId")')
export class PersonalDataExport {
  @Field(() => ID)
  userId!: string;

  @Field()
  generatedAt!: Date;

  @Field(() => GraphQLJSONObject, { description: 'Directory, cases, milestones, statements, requests and the access log.' })
  dossier!: Record<string, unknown>;

  @Field({ description: 'Where the parts that are not in this file come from.' })
  notice!: string;
}

@Resolver(() => PersonalDataExport)
export class PersonalDataExportResolver {
  private readonly service: DataSubjectService;

  constructor(dataSource: DataSource) {
    this.service = new DataSubjectService(dataSource);
  }

  @Authorized()
  @Query(() => PersonalDataExport, { description: "A machine-readable export of the viewer's own data." })
  async myPersonalDataExport(@Ctx() { viewer }: CaseContext): Promise<PersonalDataExport> {
    const dossier = await this.service.exportPersonalData(viewer.userId);
    return {
      userId: viewer.userId,
      generatedAt: new Date(),
      dossier,
      notice: "Medical notes are handed over by your company doctor, and a coach's working notes by your coach, from their own part of the dossier.",
    };
  }
}
