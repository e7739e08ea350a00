import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHandbook } from '../../src/lib/content/load';
import { ContentError, type ContentIssue } from '../../src/lib/content/errors';

/** What a broken-content fixture expects: the issue's file (under content/), entry and field. */
export interface ExpectedIssue {
  file: string;
  entry: string;
  field: string;
  message?: string;
}

/** The fixture cases (sub-directories) of a fixture set such as tests/fixtures/broken-content. */
export function fixtureCases(set: string): string[] {
  return readdirSync(set, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** A case's expected.json. */
export function expectedIssue(set: string, name: string): ExpectedIssue {
  return JSON.parse(readFileSync(join(set, name, 'expected.json'), 'utf8')) as ExpectedIssue;
}

/**
 * Copies content/ into a temp dir, lays a fixture case's files over it (same relative paths) and
 * loads it; returns the issues the loader reported (none when it loaded).
 */
export function loadBroken(set: string, name: string): ContentIssue[] {
  const root = mkdtempSync(join(tmpdir(), 'so-tay-content-'));
  try {
    cpSync('content', join(root, 'content'), { recursive: true });
    cpSync(join(set, name), join(root, 'content'), {
      recursive: true,
      filter: (src) => !src.endsWith('expected.json'),
    });
    loadHandbook(join(root, 'content'), root);
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return [];
}
