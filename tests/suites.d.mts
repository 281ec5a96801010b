export const ZONES: readonly string[];
export const ZONE_FILES: string[];
export const SOAK_FILES: string[];
