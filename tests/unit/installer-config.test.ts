// The Windows installer's settings (electron/electron-builder.yml), read the way electron-builder reads
// them and checked with electron-builder's own schema and file matching: a per-user NSIS installer with a
// Start-menu shortcut and our icon, the version from package.json, the data folder kept on uninstall,
// only the Windows x64 SQLite binary packed and unpacked from the asar, the migrations inside, and every
// Electron fuse set. No installer is built here (that needs Electron and NSIS from the internet).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
const CONFIG = 'electron/electron-builder.yml';
const require = createRequire(import.meta.url);
const read = (file: string) => readFileSync(join(repo, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; productName: string; scripts: Record<string, string> };

// electron-builder's own loader, schema check and file matcher (app-builder-lib, installed with it).
// electron-builder turns `files: [...]` into file sets ({ filter: [...] }) when it merges configurations.
type FileSets = (string | { from?: string; filter?: string | string[] })[];
type Config = Record<string, unknown> & {
  files: FileSets;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  win: { target: { target: string; arch: string[] }[]; icon: string; files?: FileSets };
  nsis: Record<string, unknown>;
  directories: { output: string; buildResources: string };
};
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const { FileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (from: string, to: string, expand: (p: string) => string, patterns: string[]) => {
    createFilter(): (file: string, stat: FakeStat) => boolean;
  };
};
interface FakeStat { isDirectory(): boolean; moduleFullFilePath?: string }

let config: Config;
let files: string[];
beforeAll(async () => {
  config = await getConfig(repo, join(repo, CONFIG), null);
  files = patternsOf(config.files);
});

/** The patterns that apply to the project folder (file sets without a `from` elsewhere). */
function patternsOf(sets: FileSets = []): string[] {
  return sets.flatMap((set) => {
    if (typeof set === 'string') return [set];
    if (set.from !== undefined && set.from !== '.') return [];
    return set.filter === undefined ? [] : typeof set.filter === 'string' ? [set.filter] : set.filter;
  });
}

/** Would electron-builder put this file (a path from the project folder) into the app? */
function packs(patterns: string[], relative: string): boolean {
  const filter = new FileMatcher(repo, join(repo, 'out/installer/app'), (p) => p, patterns).createFilter();
  const stat: FakeStat = { isDirectory: () => false };
  // Files of a dependency are matched by their place in node_modules, as electron-builder does.
  if (relative.startsWith('node_modules/')) stat.moduleFullFilePath = relative;
  return filter(join(repo, relative), stat);
}
/** electron-builder copies dependencies with only the exclusions of `files` (getNodeModuleFileMatcher). */
const packsDependencyFile = (relative: string) =>
  packs(['**/*', ...[...files, ...patternsOf(config.win.files)].filter((p) => p.startsWith('!'))], relative);

describe('the Windows installer (electron/electron-builder.yml)', () => {
  it('is a valid electron-builder configuration', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('builds an NSIS installer for 64-bit Windows, with `npm run dist:win`', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(pkg.scripts['dist:win']).toBe(`electron-vite build && electron-builder --win --config ${CONFIG}`);
  });

  it('installs for this Windows user only, never for all users', () => {
    expect(config.nsis['oneClick']).toBe(true);
    expect(config.nsis['perMachine']).toBe(false);
    expect(config.nsis['selectPerMachineByDefault']).not.toBe(true);
  });

  it('makes a Start-menu shortcut named after the app', () => {
    expect(config.nsis['createStartMenuShortcut']).toBe(true);
    expect(config.nsis['shortcutName']).toBe('Peer Office');
    expect(config['productName']).toBe(pkg.productName);
  });

  it('uses our icon, an .ico holding every size up to 256 px', () => {
    for (const icon of [config.win.icon, config.nsis['installerIcon'], config.nsis['uninstallerIcon']] as string[]) {
      expect(icon).toBe('resources/icon.ico');
      const ico = readFileSync(join(repo, icon));
      expect(ico.readUInt16LE(0)).toBe(0);
      expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
      const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    }
  });

  it("takes its version from package.json and puts it in the installer's name", () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    for (const override of ['version', 'buildVersion', 'extraMetadata']) expect(config).not.toHaveProperty(override);
    expect(config.nsis['artifactName']).toBe('Peer Office Setup ${version}.${ext}');
  });

  it('keeps the data folder on uninstall unless the person asks, and never on an upgrade', () => {
    expect(config.nsis['deleteAppDataOnUninstall']).toBe(false);
    // The data lives in Electron's userData folder, %APPDATA%\<productName>: the folder the question offers to delete.
    expect(read('electron/main/index.ts')).toMatch(/dataDir: app\.getPath\('userData'\)/);
    expect(config.nsis['include']).toBe('electron/build/uninstall-data.nsh');
    const script = read('electron/build/uninstall-data.nsh');
    const body = /!macro customUnInstall([\s\S]*?)!macroend/.exec(script)?.[1] ?? '';
    const question = /MessageBox (\S+) "[^"]+" \/SD (\w+) (\w+) (\w+)/.exec(body);
    expect(question?.[1]).toContain('MB_DEFBUTTON2'); // "No" is the default button
    expect(question?.slice(2)).toEqual(['IDNO', 'IDNO', 'peerOfficeKeepData']); // silent: No; No skips the delete
    const deletions = body.match(/RMDir[^\n]*/g) ?? [];
    expect(deletions).toEqual(['RMDir /r "$APPDATA\\${PRODUCT_FILENAME}"']);
    // The question and the delete sit inside "not an upgrade", after the question and before its label.
    const notUpdated = body.indexOf('${ifNot} ${isUpdated}');
    expect(notUpdated).toBeGreaterThanOrEqual(0);
    expect(body.indexOf('MessageBox')).toBeGreaterThan(notUpdated);
    expect(body.indexOf('RMDir')).toBeGreaterThan(body.indexOf('MessageBox'));
    expect(body.indexOf('peerOfficeKeepData:')).toBeGreaterThan(body.indexOf('RMDir'));
    expect(body.indexOf('${endIf}')).toBeGreaterThan(body.indexOf('peerOfficeKeepData:'));
  });

  it('packs only the Windows x64 SQLite binary, and none of its C sources', () => {
    const prebuilds = readdirSync(join(repo, 'node_modules/better-sqlite3/prebuilds'));
    expect(prebuilds.length).toBeGreaterThan(1);
    const packed = prebuilds.filter((file) => packsDependencyFile(`node_modules/better-sqlite3/prebuilds/${file}`));
    expect(packed).toEqual(['win32-x64.node']);
    // The same under the package's own name, should npm ever install it without the alias.
    expect(packsDependencyFile('node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node')).toBe(false);
    expect(packsDependencyFile('node_modules/better-sqlite3-multiple-ciphers/prebuilds/win32-x64.node')).toBe(true);
    for (const file of ['deps/sqlite3/sqlite3.c', 'src/better_sqlite3.cpp', 'binding.gyp']) {
      expect(packsDependencyFile(`node_modules/better-sqlite3/${file}`)).toBe(false);
    }
    for (const file of ['lib/index.js', 'lib/binding.js', 'lib/database.js', 'package.json']) {
      expect(packsDependencyFile(`node_modules/better-sqlite3/${file}`)).toBe(true);
    }
    expect(config['npmRebuild']).toBe(false);
    expect(config['buildDependenciesFromSource']).toBe(false);
  });

  it('unpacks the SQLite binary from the asar (Windows cannot load a native module from inside it)', () => {
    expect(config['asar']).toBe(true);
    expect(packs(config.asarUnpack, 'node_modules/better-sqlite3/prebuilds/win32-x64.node')).toBe(true);
    expect(packs(config.asarUnpack, 'out/main/index.js')).toBe(false);
  });

  it('packs the built app with its migrations, where the main process looks for them', () => {
    const migrations = readdirSync(join(repo, 'electron/backend/db/migrations'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(join(repo, 'electron/backend/db/migrations').length + 1).replaceAll('\\', '/'));
    expect(migrations.length).toBeGreaterThan(1);
    // electron-vite copies them beside the main bundle, and main reads them from beside itself.
    expect(read('electron.vite.config.ts')).toContain("resolve(__dirname, 'out/main/migrations')");
    expect(read('electron/main/index.ts')).toContain("migrationsDir: join(__dirname, 'migrations')");
    for (const file of migrations) expect(packs(files, `out/main/migrations/${file}`), file).toBe(true);
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']) {
      expect(packs(files, file), file).toBe(true);
    }
    for (const file of ['electron/main/index.ts', 'tests/unit/installer-config.test.ts', 'out/installer/Peer Office Setup 0.1.0.exe', 'out/main/index.js.map']) {
      expect(packs(files, file), file).toBe(false);
    }
  });

  it("sets every Electron fuse: no Node mode, no NODE_OPTIONS or inspector, asar only and checked, file:// without extra powers", () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

// What the main process imports at run time must be in the package, with everything those packages
// need in turn: the exclusions above (renderer-only libraries, SQLite extras) must never reach them.
const mainBundle = join(repo, 'out/main/index.js');
describe.skipIf(!existsSync(mainBundle))('the packed dependencies (from the built out/main, "npx electron-vite build")', () => {
  it('include every package the main process needs, and what they need', () => {
    const imports = [...readFileSync(mainBundle, 'utf8').matchAll(/\bfrom\s+"([^".][^"]*)"/g)].map((m) => m[1]!);
    const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const needed = new Set(imports.filter((s) => !s.startsWith('node:') && s !== 'electron').map(packageOf));
    expect(needed).toContain('better-sqlite3');
    for (const name of needed) {
      const manifest = join(repo, 'node_modules', name, 'package.json');
      if (!existsSync(manifest)) continue; // an optional dependency not installed here
      const { dependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
      for (const dependency of Object.keys(dependencies)) needed.add(dependency);
    }
    const missing = [...needed].filter((name) => !packsDependencyFile(`node_modules/${name}/package.json`));
    expect(missing).toEqual([]);
  });
});
