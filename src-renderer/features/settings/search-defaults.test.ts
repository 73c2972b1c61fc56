import { describe, expect, it } from 'vitest';
// A test is never bundled into the window: comparing against the contract's values at run time is
// the point here, so the renderer's type-only rule is lifted for this one import.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import * as contract from '../../../src-preload/contract/profiles';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import * as discovery from '../../../src-preload/contract/discovery';
import { cookieBrowsers, defaultExcludeWords, defaultSearchTemplate, searchTokens } from './search-defaults';

describe("the renderer's copies of the contract's lists", () => {
  it('match the contract, so "Reset to defaults" restores what a new profile gets', () => {
    expect(defaultExcludeWords).toEqual(contract.defaultExcludeWords);
    expect(defaultSearchTemplate).toBe(contract.defaultSearchTemplate);
    expect(searchTokens).toEqual(contract.searchTokens);
    expect(cookieBrowsers).toEqual(discovery.cookieBrowsers);
  });
});
