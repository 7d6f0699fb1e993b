import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Department } from './department.entity';
import { DirectoryRepository } from './directory.repository';
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
export function byIdLoader<T extends { id: string }>(find: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await find(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function createDirectoryLoaders(dataSource: DataSource): DirectoryLoaders {
  const repository = new DirectoryRepository();
  return {
    organization: byIdLoader((ids) => repository.byIds(dataSource, Organization, ids)),
    healthProvider: byIdLoader((ids) => repository.byIds(dataSource, HealthProvider, ids)),
    employee: byIdLoader((ids) => repository.byIds(dataSource, Employee, ids)),
    department: byIdLoader((ids) => repository.byIds(dataSource, Department, ids)),
  };
}
