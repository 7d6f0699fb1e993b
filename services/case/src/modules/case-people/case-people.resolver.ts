import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { relationshipsWithCase } from '../case/case-access';
import { CasePerson, DialogueColleague } from './case-people.types';

/** Who is on a case, and who could join the dialogue talks: names for invitations, nothing more. */
@Resolver(() => Case)
export class CasePeopleResolver {
  @Authorized()
  @FieldResolver(() => [CasePerson], { description: 'Everyone on the case with a login: employee, manager, company doctor and coach.' })
  async participants(@Root() found: Case, @Ctx() context: CaseContext) {
    const relationships = await relationshipsWithCase(context, found.id);
    return relationships.length > 0 ? context.loaders.participants.load(found.id) : [];
  }

  @Authorized()
  @FieldResolver(() => [DialogueColleague], {
    nullable: true,
    description:
      "Colleagues in the employee's department (not the manager), for the coach who plans the dialogue talks and the case manager; null for anyone else.",
  })
  async dialogueColleagues(@Root() found: Case, @Ctx() context: CaseContext) {
    const relationships = await relationshipsWithCase(context, found.id);
    if (!relationships.includes('COACH') && !relationships.includes('CASE_MANAGER')) return null;
    return context.loaders.dialogueColleagues.load(found.id);
  }
}
