import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { writeFileTimes } from '../../scripts/lib/test-times.mjs';

/**
 * A Vitest reporter that `npm test` adds (scripts/test.mjs): each test file's time, from its import
 * to its last hook, written per project to .bench/ for `npm run bench`.
 */
export default class FileTimes implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const byProject = new Map<string, { project: string; file: string; seconds: number }[]>();
    for (const module of modules) {
      const { collectDuration, duration } = module.diagnostic();
      const project = module.project.name;
      const rows = byProject.get(project) ?? [];
      rows.push({ project, file: relative(process.cwd(), module.moduleId), seconds: (collectDuration + duration) / 1000 });
      byProject.set(project, rows);
    }
    for (const [project, rows] of byProject) writeFileTimes(project, rows);
  }
}
