import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CaseContext } from '../../context';
import { Department } from './department.entity';
import { Employee } from './employee.entity';

@Resolver(() => Employee)
export class EmployeeResolver {
  @Authorized()
  @FieldResolver(() => Department, { nullable: true })
  department(@Root() employee: Employee, @Ctx() { loaders }: CaseContext) {
    return employee.departmentId ? loaders.department.load(employee.departmentId) : null;
  }
}
