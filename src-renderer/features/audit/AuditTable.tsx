import { useTable } from '@tanstack/react-table';
import type { AuditRow } from '../../../src-preload/contract';
import { VirtualTable, type WindowedRows } from '../../app/VirtualTable';
import { auditColumns, auditFeatures } from './audit-columns';

const getRowId = (row: AuditRow) => String(row.downloadId);

interface Props {
  /** The stretch of the list main sent; `windowed` says where it sits in the whole. */
  rows: AuditRow[];
  windowed: WindowedRows;
}

/** The files with a problem; a whole library's worth stays smooth (rows come in stretches). */
export function AuditTable({ rows: data, windowed }: Props) {
  const table = useTable({ features: auditFeatures, columns: auditColumns, data, getRowId });
  return (
    <VirtualTable
      table={table}
      label="Files with problems"
      scrollClassName="audit-scroll"
      tableClassName="audit-table"
      columnCount={auditColumns.length}
      windowed={windowed}
    />
  );
}
