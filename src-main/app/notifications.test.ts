import { describe, expect, it, vi } from 'vitest';
import type { ScanSummary } from '../../src-preload/contract/models';
import { EventBus } from '../core/event-bus';
import { folderName, scanNotification, watchScans } from './notifications';

function summary(overrides: Partial<ScanSummary> = {}): ScanSummary {
  return {
    rootId: 1,
    rootPath: '/media/Movies',
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: '2025-01-01T00:00:05.000Z',
    rootUnreachable: false,
    foldersTotal: 10,
    foldersScanned: 10,
    foldersSkippedUnchanged: 0,
    titlesAdded: 0,
    titlesUpdated: 0,
    titlesMissing: 0,
    trailersFound: 0,
    extrasFound: 0,
    trailersMissing: 0,
    issues: [],
    ...overrides,
  };
}

describe('scanNotification', () => {
  it('announces new titles with the folder name', () => {
    expect(scanNotification(summary({ titlesAdded: 12 }))).toEqual({
      title: 'Library scan finished',
      body: '12 new titles in Movies',
    });
    expect(scanNotification(summary({ titlesAdded: 1, rootPath: 'D:\\Films\\' }))?.body).toBe(
      '1 new title in Films',
    );
  });

  it('stays quiet when nothing new was found', () => {
    expect(scanNotification(summary({ titlesAdded: 0, titlesUpdated: 40, trailersFound: 3 }))).toBeNull();
  });

  it('says when the folder could not be read instead of reporting titles', () => {
    expect(scanNotification(summary({ rootUnreachable: true, rootPath: '/mnt/nas/Séries TV' }))).toEqual({
      title: 'Library folder unreachable',
      body: 'Trailerdeck could not read Séries TV. Is the drive or network share connected?',
    });
  });

  it('names folders on every platform', () => {
    expect(folderName('/media/Movies/')).toBe('Movies');
    expect(folderName('\\\\nas\\share\\4K 🎬')).toBe('4K 🎬');
    expect(folderName('/')).toBe('/');
  });
});

describe('watchScans', () => {
  function watch(focused = false) {
    const events = new EventBus();
    const show = vi.fn();
    const stop = watchScans(events, { show, shouldNotify: () => !focused });
    return { events, show, stop };
  }

  it('notifies for finished scans with new titles and ignores other events', () => {
    const { events, show } = watch();
    events.emit('library:changed', { rootIds: [1] });
    events.emit('scan:finished', summary({ titlesAdded: 0 }));
    events.emit('scan:finished', summary({ titlesAdded: 3 }));
    expect(show.mock.calls).toEqual([[{ title: 'Library scan finished', body: '3 new titles in Movies' }]]);
  });

  it('does not notify while a window has focus', () => {
    const { events, show } = watch(true);
    events.emit('scan:finished', summary({ titlesAdded: 3 }));
    expect(show).not.toHaveBeenCalled();
  });

  it('reports an unreachable folder once until it is reachable again', () => {
    const { events, show } = watch();
    events.emit('scan:finished', summary({ rootUnreachable: true }));
    events.emit('scan:finished', summary({ rootUnreachable: true }));
    events.emit('scan:finished', summary({ rootId: 2, rootPath: '/mnt/tv', rootUnreachable: true }));
    events.emit('scan:finished', summary());
    events.emit('scan:finished', summary({ rootUnreachable: true }));
    expect(show.mock.calls.map(([content]) => content.body)).toEqual([
      'Trailerdeck could not read Movies. Is the drive or network share connected?',
      'Trailerdeck could not read tv. Is the drive or network share connected?',
      'Trailerdeck could not read Movies. Is the drive or network share connected?',
    ]);
  });

  it('stops after unsubscribing', () => {
    const { events, show, stop } = watch();
    stop();
    events.emit('scan:finished', summary({ titlesAdded: 3 }));
    expect(show).not.toHaveBeenCalled();
  });
});
