import { inputReason } from '@terugkeer/domain';
import { badInput, forbidden, hasRole } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { importIntoOrganization, ImportRejected } from './import.service';
import { IMPORT_PROBLEM_CODES, type ImportProblemCode } from './import-problems';
import type { ImportProblem } from './import-rows';
import { parseCsv, planImport, type ParsedCsv } from './plan-import';

const ImportProblemCodeEnum = Object.fromEntries(IMPORT_PROBLEM_CODES.map((code) => [code, code]));
registerEnumType(ImportProblemCodeEnum, { name: 'ImportProblemCode', description: 'Why a row was refused; `values` holds what the reason names.' });

/** The gateway caps a request at 100 kB anyway; this guards calls that reach the subgraph directly. */
const MAX_CSV_LENGTH = 1_000_000;

@InputType()
export class ImportOrganizationDataInput {
  @Field(() => ID)
  organizationId!: string;

  @Field({ description: 'employees.csv: employee_number,name,email,department,start_date,end_date,hours_per_week' })
  employeesCsv!: string;

  @Field({ description: 'absences.csv: employee_number,report_number,start_date,end_date,absence_percentage,therapeutic' })
  absencesCsv!: string;

  @Field({ defaultValue: false, description: 'Only check the files; write nothing.' })
  dryRun!: boolean;
}

@ObjectType({ description: 'One bad row: the file, its line number, the field and why.' })
export class ImportProblemView {
  @Field({ description: 'employees or absences' })
  file!: string;

  @Field(() => Int)
  line!: number;

  @Field()
  field!: string;

  @Field(() => ImportProblemCodeEnum)
  code!: ImportProblemCode;

  @Field(() => [String], { description: 'The values the reason names, in order: the value read, a range, a date or a line.' })
  values!: string[];

  @Field({ description: 'The reason in English, as the import command prints it.' })
  reason!: string;
}

@ObjectType({ description: 'Created, changed and unchanged records of one kind.' })
export class ImportTally {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
}

@ObjectType({ description: 'What an import did, or every problem that kept it from writing anything.' })
export class ImportResult {
  @Field({ description: 'True when the data was written; false for a dry run or when a row was bad.' })
  imported!: boolean;

  @Field(() => [ImportProblemView])
  problems!: ImportProblemView[];

  @Field(() => Int, { description: 'Rows read from employees.csv.' })
  employeeRows!: number;

  @Field(() => Int, { description: 'Rows read from absences.csv.' })
  absenceRows!: number;

  @Field(() => ImportTally, { nullable: true })
  employees!: ImportTally | null;

  @Field(() => ImportTally, { nullable: true })
  sickReports!: ImportTally | null;

  @Field(() => Int, { nullable: true, description: 'Cases of the organization after the import.' })
  cases!: number | null;
}

function readFile(field: 'employeesCsv' | 'absencesCsv', text: string): ParsedCsv {
  if (text.length > MAX_CSV_LENGTH) throw badInput(field, inputReason('FILE_TOO_LARGE', { max: MAX_CSV_LENGTH }));
  try {
    return parseCsv(text);
  } catch (error) {
    throw badInput(field, inputReason('UNREADABLE_CSV', { detail: error instanceof Error ? error.message : 'parse error' }));
  }
}

const refused = (problems: ImportProblem[], employeeRows: number, absenceRows: number): ImportResult => ({
  imported: false,
  problems,
  employeeRows,
  absenceRows,
  employees: null,
  sickReports: null,
  cases: null,
});

@Resolver()
export class ImportResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized('CASE_MANAGER')
  @Mutation(() => ImportResult, { description: "The case manager imports the organization's employees and sick reports, as the import command does." })
  async importOrganizationData(@Arg('input') input: ImportOrganizationDataInput, @Ctx() context: CaseContext): Promise<ImportResult> {
    if (!hasRole(context.viewer, 'CASE_MANAGER', input.organizationId)) throw forbidden('Only a case manager of the organization imports into it.');
    const employeesCsv = readFile('employeesCsv', input.employeesCsv);
    const absencesCsv = readFile('absencesCsv', input.absencesCsv);
    const rows = [employeesCsv.records.length, absencesCsv.records.length] as const;
    const planned = await planImport(this.dataSource, input.organizationId, employeesCsv, absencesCsv);
    if (planned.problems) return refused(planned.problems, ...rows);
    if (input.dryRun) return refused([], ...rows);

    try {
      const summary = await importIntoOrganization(this.dataSource, input.organizationId, context.viewer.userId, planned.plan);
      return {
        imported: true,
        problems: [],
        employeeRows: rows[0],
        absenceRows: rows[1],
        employees: summary.employees,
        sickReports: summary.sickReports,
        cases: summary.cases,
      };
    } catch (error) {
      if (error instanceof ImportRejected) return refused(error.problems, ...rows);
      throw error;
    }
  }
}
