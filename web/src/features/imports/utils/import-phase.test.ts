import { describe, expect, it } from 'vitest';
import { importPhase } from './import-phase';

describe('the phase of an import', () => {
  it('follows the worker: queued, reading, checking, writing', () => {
    expect(importPhase({ status: 'queued', totalRows: null, processedRows: 0 })).toBe('queued');
    expect(importPhase({ status: 'running', totalRows: null, processedRows: 0 })).toBe('reading');
    expect(importPhase({ status: 'running', totalRows: 500, processedRows: 0 })).toBe('checking');
    expect(importPhase({ status: 'running', totalRows: 500, processedRows: 499 })).toBe('checking');
    expect(importPhase({ status: 'running', totalRows: 500, processedRows: 500 })).toBe('writing');
  });

  it('is finished once the import succeeded or failed', () => {
    expect(importPhase({ status: 'succeeded', totalRows: 500, processedRows: 500 })).toBe('finished');
    expect(importPhase({ status: 'failed', totalRows: 500, processedRows: 120 })).toBe('finished');
  });
});
