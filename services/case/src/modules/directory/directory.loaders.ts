import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { Department } from './department.entity';
import { Employee } from './employee.entity';
import { HealthProvider } from './health-provider.entity';
import { Organization } from './organization.entity';

export interface DirectoryLoaders {
  organization: DataLoader<string, Organization | null>;
  healthProvider: DataLoader<string, HealthProvider | null>;
  employee: DataLoader<string, Employee | null>;
  department: DataLoader<string, Department | null>;
}

/** One query per entity type per request, however many rows a list resolves. */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function createDirectoryLoaders(dataSource: DataSource): DirectoryLoaders {
  return {
    organization: byIdLoader(dataSource, Organization),
    healthProvider: byIdLoader(dataSource, HealthProvider),
    employee: byIdLoader(dataSource, Employee),
    department: byIdLoader(dataSource, Department),
  };
}
