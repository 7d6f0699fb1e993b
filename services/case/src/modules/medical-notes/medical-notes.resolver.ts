import { inputReason, required } from '@terugkeer/domain';
import { badInput, forbidden, notFound } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { actingRole } from '../case/acting-role';
import { MedicalNotesService } from './medical-notes.service';
import { AddMedicalNoteInput, MedicalNote, UpdateMedicalNoteInput } from './medical-notes.types';

const MAX_NOTE_LENGTH = 20_000;
const DOCTOR_ONLY = 'Medical notes are for the company doctor assigned to the case only.';

function noteText(value: string): string {
  const text = value.trim();
  if (!text) throw badInput('text', inputReason('EMPTY'));
  if (text.length > MAX_NOTE_LENGTH) throw badInput('text', inputReason('TOO_LONG', { max: MAX_NOTE_LENGTH }));
  return text;
}

@Resolver(() => Case)
export class MedicalNotesResolver {
  private readonly service: MedicalNotesService;

  constructor(dataSource: DataSource) {
    this.service = new MedicalNotesService(dataSource);
  }

  /** Everyone else gets the same refusal, whether or not notes exist. */
  @Authorized()
  @FieldResolver(() => [MedicalNote], { nullable: true, description: 'Medical notes: the assigned company doctor only; every read is logged.' })
  async medicalNotes(@Root() found: Case, @Ctx() context: CaseContext) {
    const relationships = await relationshipsWithCase(context, found.id);
    if (!relationships.includes('COMPANY_DOCTOR')) throw forbidden(DOCTOR_ONLY);
    return this.service.read(context.viewer.userId, found);
  }

  @Authorized('COMPANY_DOCTOR')
  @Mutation(() => MedicalNote)
  async addMedicalNote(@Arg('input') input: AddMedicalNoteInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    actingRole(relationships, ['COMPANY_DOCTOR'], DOCTOR_ONLY);
    return this.service.add(context.viewer.userId, found, noteText(input.text));
  }

  @Authorized('COMPANY_DOCTOR')
  @Mutation(() => MedicalNote)
  async updateMedicalNote(@Arg('input') input: UpdateMedicalNoteInput, @Ctx() context: CaseContext) {
    const text = noteText(input.text);
    const note = await this.service.note(input.id);
    const relationships = note ? await relationshipsWithCase(context, note.caseId) : [];
    if (!note || !relationships.includes('COMPANY_DOCTOR')) throw notFound('MedicalNote', input.id);
    const found = required(await context.loaders.case.load(note.caseId), `case ${note.caseId} of the note`);
    return this.service.update(context.viewer.userId, found, note, input.expectedVersion, text);
  }
}
