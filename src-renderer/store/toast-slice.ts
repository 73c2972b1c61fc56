import type { SliceCreator } from './types';

export type ToastKind = 'success' | 'info' | 'error';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

export interface ToastSlice {
  toasts: Toast[];
  pushToast(kind: ToastKind, message: string): void;
  dismissToast(id: number): void;
}

// Errors stay longer: they usually need reading.
const lifetimeMs: Record<ToastKind, number> = { success: 8_000, info: 8_000, error: 15_000 };
const maxVisible = 4;

export const createToastSlice: SliceCreator<ToastSlice> = () => (set, get) => {
  let nextId = 1;
  return {
    toasts: [],
    pushToast(kind, message) {
      const id = nextId++;
      set((state) => ({ toasts: [...state.toasts, { id, kind, message }].slice(-maxVisible) }));
      setTimeout(() => get().dismissToast(id), lifetimeMs[kind]);
    },
    dismissToast(id) {
      set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) }));
    },
  };
};
