export function vaultFiles(root: string): Record<string, string>;
