// Deliberately broken backends, to prove the crash test notices what it is there to notice: a campaign
// run with one of these must fail. Each rewrites one source file as it goes into the writer's bundle
// only (nothing on disk changes), and refuses to build if the code it rewrites has moved, so a sabotage
// can never quietly become a no-op. `npm run crash-test -- --runs 300 --sabotage audit-after-commit`.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

interface Rewrite {
  file: RegExp;
  from: string;
  to: string;
}

export const SABOTAGES = {
  /**
   * The audit entry written in a transaction of its own, after the change has committed (as a service
   * that logged "afterwards" would): a kill between the two commits leaves a change with no entry.
   */
  'audit-after-commit': {
    file: /electron[\\/]backend[\\/]audit[\\/]record\.ts$/,
    from: `    addEntries(ctx.db, [entryFor(channel, rule, input, output, netChanges(takeChanges(sqlite)), ctx.now())]);
    sqlite.exec('COMMIT');`,
    to: `    const entry = entryFor(channel, rule, input, output, netChanges(takeChanges(sqlite)), ctx.now());
    sqlite.exec('COMMIT');
    writeNow(ctx, [entry]);`,
  },
} satisfies Record<string, Rewrite>;

export type SabotageName = keyof typeof SABOTAGES;
export const isSabotage = (name: string): name is SabotageName => Object.hasOwn(SABOTAGES, name);

/** The esbuild plugin that puts the sabotage into the writer's bundle. */
export function sabotagePlugin(name: SabotageName): Plugin {
  const { file, from, to } = SABOTAGES[name];
  return {
    name: `sabotage-${name}`,
    setup: (bundler) => bundler.onLoad({ filter: file }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes(from)) throw new Error(`sabotage ${name}: the code it rewrites is no longer in ${path}; update tests/crash/sabotage.ts`);
      return { contents: source.replace(from, to), loader: 'ts' };
    }),
  };
}
