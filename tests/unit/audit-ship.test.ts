// `npm run audit:ship` judges what the installer ships: production dependencies, however deep, and Electron,
// which npm counts as a devDependency. Advisories in tools that never ship do not block.
import { describe, expect, it } from 'vitest';
import { blockingAdvisories, namesInTree } from '../../electron/build/audit-ship.mjs';

const productionTree = { dependencies: { exceljs: { dependencies: { uuid: {}, archiver: { dependencies: { 'zip-stream': {} } } } }, react: {} } };

const advisory = (name: string, severity: string) => ({ name, severity, range: '<1.0.0', via: [{ title: `${name} advisory` }] });

describe('audit:ship', () => {
  it('finds every package in the production tree, however deep', () => {
    expect([...namesInTree(productionTree)].sort()).toEqual(['archiver', 'exceljs', 'react', 'uuid', 'zip-stream']);
  });

  it('blocks on high or critical advisories in shipped packages and Electron only', () => {
    const shipped = namesInTree(productionTree).add('electron');
    const audit = {
      vulnerabilities: {
        electron: advisory('electron', 'high'),
        'zip-stream': advisory('zip-stream', 'critical'),
        uuid: advisory('uuid', 'moderate'),
        vitest: advisory('vitest', 'critical'), // a test tool: never in the installer
      },
    };
    expect(blockingAdvisories(audit, shipped).map((f) => `${f.severity} ${f.name}`)).toEqual(['high electron', 'critical zip-stream']);
    expect(blockingAdvisories({ vulnerabilities: { uuid: advisory('uuid', 'moderate') } }, shipped)).toEqual([]);
  });
});
