// Network drives and cloud-synced folders are recognised from the path (plus the network drive letters
// Windows reports); the PC's own folders, USB sticks and look-alike names are not.
import { describe, expect, it } from 'vitest';
import { storageKind, storageWarning } from '../../shared/domain/network-drive';

const facts = { networkDriveLetters: ['Z:', 'y'] };

describe('storageKind', () => {
  it.each([
    ['\\\\fileserver\\office\\Peer Office\\office.db'],
    ['//fileserver/office/office.db'],
    ['\\\\?\\UNC\\fileserver\\office\\office.db'],
    ['Z:\\Peer Office\\office.db'],
    ['z:/office.db'],
    ['Y:\\'],
  ])('finds %s on a network drive', (path) => {
    expect(storageKind(path, facts)).toEqual({ kind: 'network' });
  });

  it.each([
    ['C:\\Users\\sam\\AppData\\Roaming\\Peer Office\\office.db'],
    ['\\\\?\\C:\\Users\\sam\\AppData\\office.db'],
    ['\\\\.\\PhysicalDrive0'],
    ['E:\\Backups'],
    ['/home/sam/.config/Peer Office/office.db'],
    ['/media/sam/USB STICK/backups'],
    ['C:\\Users\\sam\\Documents\\Boxing club\\backups'],
    ['C:\\Users\\sam\\Documents\\Box\\backups'],
    ['D:\\Megan\\backups'],
    ['C:\\Users\\sam\\Documents\\Dropbox notes.txt'],
    ['C:\\Users\\sam\\Documents\\Drivers\\office.db'],
  ])('leaves %s alone', (path) => {
    expect(storageKind(path, facts)).toBeNull();
  });

  it('knows no network drive letters unless told', () => {
    expect(storageKind('Z:\\Peer Office\\office.db')).toBeNull();
  });

  it.each([
    ['C:\\Users\\sam\\OneDrive\\Documents\\office.db', 'OneDrive'],
    ['C:\\Users\\sam\\OneDrive - Quaintance Trust\\Backups', 'OneDrive'],
    ['/Users/sam/Library/CloudStorage/OneDrive-Personal/office.db', 'OneDrive'],
    ['C:\\Users\\sam\\Dropbox\\office.db', 'Dropbox'],
    ['C:\\Users\\sam\\Dropbox (Quaintance Trust)\\office.db', 'Dropbox'],
    ['/home/sam/Dropbox/backups', 'Dropbox'],
    ['G:\\My Drive\\Peer Office', 'Google Drive'],
    ['G:\\Shared drives\\Office\\backups', 'Google Drive'],
    ['/Users/sam/Library/CloudStorage/GoogleDrive-sam@example.org/My Drive/office.db', 'Google Drive'],
    ['C:\\Users\\sam\\Google Drive\\office.db', 'Google Drive'],
    ['C:\\Users\\sam\\iCloudDrive\\office.db', 'iCloud Drive'],
    ['/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/office.db', 'iCloud Drive'],
    ['C:\\Users\\sam\\Box\\office.db', 'Box'],
    ['/Users/sam/Library/CloudStorage/Box-Box/office.db', 'Box'],
    ['C:\\Users\\sam\\Box Sync\\office.db', 'Box'],
    ['P:\\pCloud Drive\\office.db', 'pCloud'],
    ['/home/sam/pCloudDrive/office.db', 'pCloud'],
    ['C:\\Users\\sam\\MEGA\\office.db', 'MEGA'],
    ['/home/sam/MEGAsync/office.db', 'MEGA'],
    ['C:\\Users\\sam\\Documents\\MEGAsync Downloads\\x', null],
  ])('finds %s inside %s', (path, service) => {
    expect(storageKind(path)).toEqual(service === null ? null : { kind: 'cloud', service });
  });

  it('calls a network path inside a cloud folder a network path', () => {
    expect(storageKind('\\\\server\\share\\OneDrive\\office.db')).toEqual({ kind: 'network' });
  });
});

describe('storageWarning', () => {
  it('says what the risk is and what to do, differently for the database and for backups', () => {
    const db = storageWarning('C:\\Users\\sam\\OneDrive\\office.db', 'database');
    expect(db).toMatchObject({ kind: 'cloud', service: 'OneDrive', message: expect.stringMatching(/inside OneDrive.*damage it.*Move it/) });
    const backups = storageWarning('\\\\server\\share\\backups', 'backups');
    expect(backups).toMatchObject({ kind: 'network', message: expect.stringMatching(/network drive.*encrypted/) });
    expect(storageWarning('E:\\Backups', 'backups')).toBeNull();
  });
});
