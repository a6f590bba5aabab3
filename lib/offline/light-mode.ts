// Light mode leaves out the maps (Leaflet, tiles and district outlines) until the reader asks for
// one. It is on when the reader chose it on this device, or when the browser says the reader wants
// to save data (navigator.connection.saveData) and they have not switched it off here.
export const LIGHT_MODE_KEY = "wegweiser.lightMode";

export type LightModeChoice = "on" | "off" | null;

export function parseChoice(raw: string | null): LightModeChoice {
  return raw === "on" || raw === "off" ? raw : null;
}

export function isLightMode(choice: LightModeChoice, saveData: boolean): boolean {
  return choice === "on" || (choice === null && saveData);
}
