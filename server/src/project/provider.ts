// Chooses the project-model source for the server and CLI. ProjectIndex (server/src/project/index.ts)
// reads Gradle files, manifests and sources from disk; until it loads, models are empty.
import type { ProjectModel } from '../engine/project';

export interface ProjectSource {
  modelFor(path: string): ProjectModel;
  invalidate(path: string): void;
}

export function createProjectIndex(): ProjectSource {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('./index') as { ProjectIndex?: new () => ProjectSource };
    if (mod.ProjectIndex) return new mod.ProjectIndex();
  } catch {
    // Fall through to the empty model.
  }
  return { modelFor: () => ({}), invalidate: () => undefined };
}
