import type { TestProject } from 'vitest/node';
import { createTemplateDatabase, dropDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/** One migrated, seeded template per run; every test file clones it into its own database. */
export default async function setup(project: TestProject) {
  const template = await createTemplateDatabase();
  project.provide('templateDatabase', template);
  return async () => dropDatabase(template);
}
