import { Field } from '../../app/Field';
import { SearchIcon } from '../../app/icons';
import type { LibraryQuery, LibrarySort, TrailerFilter, TypeFilter } from './library-query';

interface Props {
  query: LibraryQuery;
  onChange(patch: Partial<LibraryQuery>): void;
}

export function LibraryToolbar({ query, onChange }: Props) {
  return (
    <div className="toolbar" role="search">
      <div className="search-field">
        <span className="search-icon">
          <SearchIcon />
        </span>
        <input
          type="search"
          aria-label="Search library"
          placeholder="Search titles or years"
          value={query.text}
          onChange={(e) => onChange({ text: e.target.value })}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <Field label="Type">
        {(id) => (
          <select
            id={id}
            value={query.type}
            onChange={(e) => onChange({ type: e.target.value as TypeFilter })}
          >
            <option value="all">All</option>
            <option value="movie">Movies</option>
            <option value="series">Series</option>
          </select>
        )}
      </Field>
      <Field label="Trailer">
        {(id) => (
          <select
            id={id}
            value={query.trailer}
            onChange={(e) => onChange({ trailer: e.target.value as TrailerFilter })}
          >
            <option value="all">All</option>
            <option value="has">Has trailer</option>
            <option value="missing">Missing</option>
            <option value="missingSeasons">Missing season trailers</option>
            <option value="hasExtras">Has extras</option>
          </select>
        )}
      </Field>
      <Field label="Sort by">
        {(id) => (
          <select
            id={id}
            value={query.sort}
            onChange={(e) => onChange({ sort: e.target.value as LibrarySort })}
          >
            <option value="title">Title</option>
            <option value="year">Year</option>
            <option value="added">Recently added</option>
          </select>
        )}
      </Field>
    </div>
  );
}
