import { create } from 'zustand';

interface CalculatorState {
  readonly open: boolean;
  show(): void;
  hide(): void;
}

/**
 * Whether the OR-count calculator is open; the project menu opens it. Kept apart from the dialog
 * so that the dialog and the engine's OR-count methods load only when first opened.
 */
export const useOrCountCalculatorStore = create<CalculatorState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));
