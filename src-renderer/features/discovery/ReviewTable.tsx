import { useTable } from '@tanstack/react-table';
import type { NeedsChoice } from '../../../src-preload/contract';
import { VirtualTable, type WindowedRows } from '../../app/VirtualTable';
import { reviewColumns, reviewFeatures, type ReviewTableMeta } from './review-columns';

const getRowId = (row: NeedsChoice) => `${row.mediaId}-${row.profileId}`;

interface Props {
  /** The stretch of the list main sent; `windowed` says where it sits in the whole. */
  rows: NeedsChoice[];
  windowed: WindowedRows;
  meta: ReviewTableMeta;
}

/** The titles waiting for a person's pick; a whole library's worth stays smooth. */
export function ReviewTable({ rows: data, windowed, meta }: Props) {
  const table = useTable({
    features: reviewFeatures,
    columns: reviewColumns,
    // The store hands over the same array until the list changes: no memo needed here.
    data,
    getRowId,
    meta,
  });

  return (
    <VirtualTable
      table={table}
      label="Titles that need a choice"
      scrollClassName="review-scroll"
      tableClassName="review-table"
      columnCount={reviewColumns.length}
      windowed={windowed}
    />
  );
}
