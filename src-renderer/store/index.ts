import { useStore } from 'zustand';
import { api } from '../api';
import { createAppStore } from './create-app-store';
import type { AppState } from './types';

export type { AppState } from './types';

/** The window's one store. */
export const appStore = createAppStore(api);

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
