import { create } from 'zustand';

/**
 * Air-side overlays the plan shows. Door arrows and room pressure and offset labels are drawn
 * whenever the check has an air-side result. The toolbar toggles terminals with return grilles,
 * and sampling locations. This is view state, so it stays out of the undo history.
 */
export interface AirflowOverlayState {
  readonly showTerminals: boolean;
  readonly showSampling: boolean;
  toggleTerminals(): void;
  toggleSampling(): void;
}

export const useAirflowOverlayStore = create<AirflowOverlayState>()((set) => ({
  showTerminals: true,
  showSampling: false,
  toggleTerminals: () => set((state) => ({ showTerminals: !state.showTerminals })),
  toggleSampling: () => set((state) => ({ showSampling: !state.showSampling })),
}));
